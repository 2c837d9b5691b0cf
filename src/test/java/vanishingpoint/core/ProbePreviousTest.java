package vanishingpoint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static vanishingpoint.core.ExactResumeTest.CONTENT;
import static vanishingpoint.core.ExactResumeTest.ENTER;
import static vanishingpoint.core.ExactResumeTest.RIGHT;
import static vanishingpoint.core.ExactResumeTest.fresh;
import static vanishingpoint.core.ExactResumeTest.keys;

import org.junit.jupiter.api.Test;

/** The lesson probe keeps the run before the one it shows, to draw it dim behind. */
class ProbePreviousTest {

  /** The vanishing lesson's probe page, the probe run once with its starting settings. */
  static GameState probedOnce() {
    int page = CONTENT.lesson("vanishing").orElseThrow().pageIndex("probe").orElseThrow();
    GameState s = keys(fresh(), Input.ch('2'), Input.ch('j'), ENTER);
    for (int i = 0; i < page; i++) {
      s = keys(s, RIGHT);
    }
    s = keys(s, Input.ch('r'));
    return Update.probeDone(s, s.reader().probe(), new double[] {1e-12, 1e-6, 1});
  }

  @Test
  void changingTheSettingsKeepsTheShownRunAsThePrevious() {
    GameState s = probedOnce();
    Reader.ProbeState first = s.reader().probe();
    assertThat(first.previous()).isNull();
    s = keys(s, Input.ch('a'));
    Reader.ProbeState changed = s.reader().probe();
    assertThat(changed.norms()).isNull();
    assertThat(changed.previous().activation()).isEqualTo(first.activation()).isNotEqualTo(changed.activation());
    assertThat(changed.previous().init()).isEqualTo(first.init());
    assertThat(changed.previous().norms()).containsExactly(1e-12, 1e-6, 1);
    // turning a knob again before running keeps the run that was shown, not the unrun settings
    s = keys(s, Input.ch('i'));
    assertThat(s.reader().probe().previous().activation()).isEqualTo(first.activation());
    s = keys(s, Input.ch('r'));
    s = Update.probeDone(s, s.reader().probe(), new double[] {0.1, 0.5, 1});
    Reader.ProbeState second = s.reader().probe();
    assertThat(second.norms()).containsExactly(0.1, 0.5, 1);
    assertThat(second.previous().norms()).containsExactly(1e-12, 1e-6, 1);
    assertThat(second.previous().previous()).as("one run behind, no chain").isNull();
  }

  @Test
  void runningAgainWithTheSameSettingsMakesTheLastResultThePrevious() {
    GameState s = probedOnce();
    s = keys(s, Input.ch('r'));
    s = Update.probeDone(s, s.reader().probe(), new double[] {1e-11, 1e-5, 1});
    assertThat(s.reader().probe().previous().norms()).containsExactly(1e-12, 1e-6, 1);
    assertThat(s.reader().probe().norms()).containsExactly(1e-11, 1e-5, 1);
  }
}
