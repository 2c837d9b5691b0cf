package vanishingpoint.app;

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
      assertThat(h.text()).contains("back to Progress");
      h.press(Input.of(Input.Kind.ENTER));
      assertThat(h.session.state().screen()).isEqualTo(Screen.PROGRESS);
      assertThat(h.text()).contains("Sections seen");
    }
  }

  @Test
  void everyChangeIsOnDiskWithoutQuitting() throws Exception {
    try (SessionHarness h = new SessionHarness(saves, "dave", 80, 24)) {
      h.press(Input.ch('6'));
      h.session.close(); // waits for the writer, as a crash right after the key would not
      assertThat(h.store.load("dave").data().visited()).contains("help");
      assertThat(h.store.load("dave").data().place()).extracting(p -> p.screen()).containsExactly("home", "help");
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
}
