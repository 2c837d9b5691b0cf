package vanishingpoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanishingpoint.core.Input;
import vanishingpoint.core.Screen;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;

/** The session carries out update's effects and feeds their results back, all within the key's frame. */
class SessionEffectsTest {

  static final Content CONTENT = ContentLoader.load(
      Path.of(System.getProperty("vp.projectDir", ".")).resolve("lessons"));

  @TempDir
  Path saves;

  /** The vanishing lesson's probe page. */
  static void toProbePage(SessionHarness h) throws Exception {
    int page = CONTENT.lesson("vanishing").orElseThrow().pageIndex("probe").orElseThrow();
    h.press(Input.ch('2'));
    h.press(Input.ch('j'));
    h.press(Input.of(Input.Kind.ENTER));
    for (int i = 0; i < page; i++) {
      h.press(Input.of(Input.Kind.RIGHT));
    }
  }

  @Test
  void theProbeRunsWithTheKeyAndItsChartIsScrolledIntoView() throws Exception {
    try (SessionHarness h = new SessionHarness(saves, "pat", 80, 24, CONTENT)) {
      toProbePage(h);
      h.press(Input.ch('r'));
      var probe = h.session.state().reader().probe();
      assertThat(probe.requested()).isFalse();
      assertThat(probe.norms()).isNotEmpty();
      assertThat(h.text()).contains("gradient norm  layer 1:");
      // the scroll asked for "the end": the page measured brought it back to a real line
      assertThat(h.session.state().reader().scroll()).isLessThan(24);
    }
  }

  @Test
  void scrollingPastAPagesEndStaysAtItsEnd() throws Exception {
    try (SessionHarness h = new SessionHarness(saves, "pat", 80, 24, CONTENT)) {
      toProbePage(h);
      h.press(Input.ch('r'));
      int end = h.session.state().reader().scroll();
      for (int i = 0; i < 30; i++) {
        h.press(Input.ch('j'));
      }
      assertThat(h.session.state().reader().scroll()).isEqualTo(end);
      h.press(Input.ch('k'));
      assertThat(h.session.state().reader().scroll()).isEqualTo(Math.max(0, end - 1));
    }
  }

  @Test
  void leavingAChallengeStopsItsRun() throws Exception {
    try (SessionHarness h = new SessionHarness(saves, "pat", 80, 24, CONTENT)) {
      h.press(Input.ch('4'));
      h.press(Input.of(Input.Kind.ENTER));
      h.press(Input.of(Input.Kind.ENTER));
      assertThat(h.session.state().screen()).isEqualTo(Screen.CHALLENGE);
      assertThat(h.session.training()).isTrue();
      h.press(Input.of(Input.Kind.BACK));
      assertThat(h.session.training()).isFalse();
    }
  }
}
