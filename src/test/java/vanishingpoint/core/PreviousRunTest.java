package vanishingpoint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static vanishingpoint.core.ChallengeFlowTest.ENTER;
import static vanishingpoint.core.ChallengeFlowTest.keys;
import static vanishingpoint.core.ChallengeFlowTest.menu;

import org.junit.jupiter.api.Test;

/** A rerun keeps the run before it (the ghost drawn behind) and one axis for both. */
class PreviousRunTest {

  static Training run(int steps, double[] losses, double[] norms) {
    double[] none = new double[0];
    return new Training(steps, 600, losses, 0.5, norms, norms, none, none, none, 300, new int[0], 0, none, 2, null,
        null);
  }

  @Test
  void aRerunKeepsTheRunBeforeItAsThePrevious() {
    GameState s = keys(menu(), ENTER, ENTER);
    assertThat(s.challenge().previous()).isSameAs(Training.NONE);
    Training first = run(2, new double[] {0.9, 0.8}, new double[] {1e-3, 1});
    s = Update.trainingTick(s, 1, first);
    s = keys(s, Input.ch('r'));
    assertThat(s.challenge().run()).isEqualTo(2);
    assertThat(s.challenge().training()).isSameAs(Training.NONE);
    assertThat(s.challenge().previous()).isSameAs(first);
    // kept through pausing, speed and chart changes while the new run goes
    s = keys(s, Input.ch(' '), Input.ch('+'), Input.ch('v'));
    assertThat(s.challenge().previous()).isSameAs(first);
    Training second = run(1, new double[] {0.7}, new double[] {1e-2, 1});
    s = Update.trainingTick(s, 2, second);
    assertThat(s.challenge().previous()).isSameAs(first);
    // back to the settings and run again: the second run is now the previous
    s = keys(s, Input.of(Input.Kind.BACK), ENTER);
    assertThat(s.challenge().run()).isEqualTo(3);
    assertThat(s.challenge().previous()).isSameAs(second);
  }

  @Test
  void aRunWithoutStepsDoesNotReplaceThePrevious() {
    GameState s = keys(menu(), ENTER, ENTER);
    Training first = run(2, new double[] {0.9, 0.8}, new double[] {1e-3, 1});
    s = Update.trainingTick(s, 1, first);
    s = keys(s, Input.ch('r'), Input.ch('r'));
    assertThat(s.challenge().run()).isEqualTo(3);
    assertThat(s.challenge().previous()).isSameAs(first);
  }

  @Test
  void leavingTheChallengeForgetsThePrevious() {
    GameState s = keys(menu(), ENTER, ENTER);
    s = Update.trainingTick(s, 1, run(2, new double[] {0.9, 0.8}, new double[] {1e-3, 1}));
    s = keys(s, Input.ch('r'), Input.of(Input.Kind.BACK), Input.of(Input.Kind.BACK), ENTER);
    assertThat(s.screen()).isEqualTo(Screen.CHALLENGE);
    assertThat(s.challenge().previous()).isSameAs(Training.NONE);
  }

  @Test
  void theLossAxisCoversBothRuns() {
    GameState s = keys(menu(), ENTER, ENTER);
    s = Update.trainingTick(s, 1, run(3, new double[] {2.0, Double.NaN, 0.5}, new double[] {1}));
    assertThat(s.challenge().lossSpan()).containsExactly(0.5, 2.0);
    s = keys(s, Input.ch('r'));
    s = Update.trainingTick(s, 2, run(2, new double[] {0.9, 0.1}, new double[] {1}));
    // the new run alone spans 0.1 .. 0.9; the previous run's 2.0 keeps the top where it was
    assertThat(s.challenge().lossSpan()).containsExactly(0.1, 2.0);
    assertThat(ChallengeState.NONE.lossSpan()).isNull();
  }

  @Test
  void thePerLayerValuesOfBothRunsAreOneRange() {
    assertThat(ChallengeState.both(new double[] {1e-3, 1}, new double[] {1e-9, 10}))
        .containsExactly(1e-3, 1, 1e-9, 10);
    assertThat(ChallengeState.both(new double[] {1}, new double[0])).containsExactly(1);
  }
}
