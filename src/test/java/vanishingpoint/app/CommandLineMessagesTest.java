package vanishingpoint.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code play} and its commands print about themselves and about bad options. */
class CommandLineMessagesTest {
  private static final String NL = System.lineSeparator();

  @Test
  void aTodayThatIsNotADateIsOneLineNamingTheOption() {
    CheckLessonsCommandTest.Run r = CheckLessonsCommandTest.run("--today", "2026-13-45");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("play: --today: 2026-13-45 is not a date (use YYYY-MM-DD)" + NL);
    assertThat(CheckLessonsCommandTest.run("--today", "tomorrow").err())
        .isEqualTo("play: --today: tomorrow is not a date (use YYYY-MM-DD)" + NL);
  }

  @Test
  void usageErrorsPointAtHelpOnlyWhenTheyCannotSayWhatIsAllowed() {
    CheckLessonsCommandTest.Run r = CheckLessonsCommandTest.run("lab", "--depth", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("play lab: --depth must be between 1 and 1000 (got 0)" + NL);
    r = CheckLessonsCommandTest.run("lab", "--lr", "inf");
    assertThat(r.err()).isEqualTo("play lab: --lr must be a finite number greater than 0 (got 'inf')" + NL);
    r = CheckLessonsCommandTest.run("lab", "--frobnicate");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("play lab: Unknown option: '--frobnicate' (see play lab --help)" + NL);
  }

  @Test
  void theCommandListGivesEachCommandAWholeSentence() {
    CheckLessonsCommandTest.Run r = CheckLessonsCommandTest.run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("  lab            Train a small MLP and watch its gradients, layer by layer." + NL
        + "  check-lessons").contains("  serve          Run the game's own SSH server, so a class plays with")
        .doesNotContain("key:" + NL).doesNotContain("Defaults are");
  }

  @Test
  void everyCommandsVersionOptionPrintsTheVersion() {
    String version = CheckLessonsCommandTest.run("--version").out();
    assertThat(version).startsWith("Vanishing Point ");
    for (String command : new String[] {"lab", "serve", "check-lessons"}) {
      CheckLessonsCommandTest.Run r = CheckLessonsCommandTest.run(command, "--version");
      assertThat(r.code()).as(command).isZero();
      assertThat(r.out()).as(command).isEqualTo(version);
    }
  }
}
