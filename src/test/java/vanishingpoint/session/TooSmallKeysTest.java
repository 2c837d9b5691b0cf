package vanishingpoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanishingpoint.core.Input;
import vanishingpoint.core.Screen;

/** While the terminal is too small the player sees only "please enlarge": keys do nothing but quit. */
class TooSmallKeysTest {

  @TempDir
  Path saves;

  @Test
  void keysAreIgnoredWhileTheTerminalIsTooSmall() throws Exception {
    try (SessionHarness h = new SessionHarness(saves, "erin", 80, 24)) {
      h.terminal.setTerminalSize(new TerminalSize(60, 20));
      for (Input in : new Input[] {Input.ch('5'), Input.of(Input.Kind.DOWN), Input.of(Input.Kind.ENTER), Input.ch('?'),
          Input.ch('2'), Input.of(Input.Kind.BACK)}) {
        assertThat(h.press(in)).isTrue();
        assertThat(h.text()).contains("enlarge your terminal");
      }
      assertThat(h.session.state().screen()).isEqualTo(Screen.HOME);
      assertThat(h.session.state().top().cursor()).isZero();
      assertThat(h.session.state().helpOpen()).isFalse();
      h.terminal.setTerminalSize(new TerminalSize(80, 24));
      assertThat(h.press(Input.ch('5'))).isTrue();
      assertThat(h.session.state().screen()).isEqualTo(Screen.PROGRESS);
    }
  }

  @Test
  void qAndCtrlCQuitWhileTheTerminalIsTooSmall() throws Exception {
    try (SessionHarness h = new SessionHarness(saves, "finn", 79, 30)) {
      assertThat(h.press(Input.ch('q'))).isFalse();
    }
    try (SessionHarness h = new SessionHarness(saves, "gail", 20, 5)) {
      assertThat(h.press(Input.of(Input.Kind.INTERRUPT))).isFalse();
    }
  }
}
