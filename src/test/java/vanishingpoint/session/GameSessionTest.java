package vanishingpoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanishingpoint.core.Input;
import vanishingpoint.core.Screen;

class GameSessionTest {

  @TempDir
  Path saves;

  @Test
  void quittingAndStartingAgainContinuesOnTheSameScreen() throws Exception {
    try (SessionHarness h = new SessionHarness(saves, "carol", 80, 24)) {
      h.press(Input.ch('5'));
      assertThat(h.text()).contains("Sections seen");
      assertThat(h.press(Input.ch('q'))).isFalse();
    }
    try (SessionHarness h = new SessionHarness(saves, "carol", 80, 24)) {
      assertThat(h.text()).contains("Continue: Progress");
      h.press(Input.of(Input.Kind.ENTER));
      assertThat(h.session.state().screen()).isEqualTo(Screen.PROGRESS);
      assertThat(h.text()).contains("Sections seen");
    }
  }

  @Test
  void everyChangeIsOnDiskWithoutQuitting() throws Exception {
    try (SessionHarness h = new SessionHarness(saves, "dave", 80, 24)) {
      h.press(Input.ch('5'));
      h.session.close(); // waits for the writer, as a crash right after the key would not
      assertThat(h.store.load("dave").data().visited()).contains("progress");
      assertThat(h.store.load("dave").data().place()).extracting(p -> p.screen()).containsExactly("home", "progress");
    }
  }

  @Test
  void resizeIsFollowedAtOnce() throws Exception {
    try (SessionHarness h = new SessionHarness(saves, "erin", 80, 24)) {
      h.terminal.setTerminalSize(new com.googlecode.lanterna.TerminalSize(60, 20));
      h.session.render();
      assertThat(h.text()).contains("(now 60x20)");
      h.terminal.setTerminalSize(new com.googlecode.lanterna.TerminalSize(100, 30));
      h.session.render();
      assertThat(h.text()).contains("Quizzes and review").doesNotContain("enlarge");
    }
  }

  /**
   * Issue 12.5: a failed save was shown one key late and never on quit, and its message was a
   * temp file's name or a bare "Is a directory". A backup that is a folder makes the write fail
   * (rename(2): EISDIR) even for root.
   */
  @Test
  void aFailedSaveIsShownAtOnceAndReportedAfterTheGame() throws Exception {
    try (SessionHarness h = new SessionHarness(saves, "fay", 80, 24)) {
      h.press(Input.ch('5'));
    }
    java.nio.file.Files.deleteIfExists(saves.resolve("fay.json.bak"));
    java.nio.file.Files.createDirectories(saves.resolve("fay.json.bak").resolve("in-the-way"));
    try (SessionHarness h = new SessionHarness(saves, "fay", 80, 24)) {
      java.util.concurrent.CountDownLatch woken = new java.util.concurrent.CountDownLatch(1);
      h.session.onWake(woken::countDown);

      h.press(Input.ch('6'));

      // The writer wakes the loop when it fails; no further key is needed to see it.
      assertThat(woken.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      h.session.tick();
      String expected = "could not be saved to " + saves.resolve("fay.json") + ": Is a directory";
      assertThat(h.text()).contains("Your progress could not be saved to");
      assertThat(h.session.state().notices()).singleElement().asString().contains(expected);
      h.press(Input.ch('q'));
      h.session.close();
      assertThat(h.session.saveFailure()).isEqualTo("your progress " + expected);
    }
  }
}
