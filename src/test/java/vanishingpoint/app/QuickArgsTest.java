package vanishingpoint.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The game's own options, read without picocli at start-up, mean what picocli makes of them. */
class QuickArgsTest {

  @Test
  void readsTheGameOptionsAsPicocliDoes() {
    String[] args = {"--profile", "alice", "--saves=/tmp/s", "--today", "2026-01-02"};
    Main quick = Main.quick(args);
    Main picocli = new Main();
    new picocli.CommandLine(picocli).parseArgs(args);
    assertThat(quick).isNotNull();
    assertThat(quick.profile).isEqualTo(picocli.profile).isEqualTo("alice");
    assertThat(quick.saves).isEqualTo(picocli.saves).isEqualTo(Path.of("/tmp/s"));
    assertThat(quick.today).isEqualTo(picocli.today).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(Main.quick(new String[0])).isNotNull();
  }

  @Test
  void leavesEverythingElseToPicocliAndItsMessages() {
    for (String[] args : new String[][] {
        {"--today", "2026-13-45"}, {"--profile"}, {"--profile", "a", "--profile", "b"}, {"--saves", "--profile"},
        {"--help"}, {"-V"}, {"--profil", "a"}, {"lab"}, {"--profile", "a", "extra"}}) {
      assertThat(Main.quick(args)).as(String.join(" ", args)).isNull();
    }
  }
}
