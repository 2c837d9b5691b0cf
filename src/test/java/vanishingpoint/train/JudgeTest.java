package vanishingpoint.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vanishingpoint.train.Diagnosis.Kind;
import vanishingpoint.train.Verdict.Outcome;

/** Each verdict rule on steps made to show it, one evidence at a time. */
class JudgeTest {

  /** Two classes, target 90 %; three hidden layers and the output. */
  private final Judge judge = new Judge(2, 0.9);

  private static StepStats step(int n, double loss, double[] grads, double saturation, double dead, double update,
      boolean bad) {
    double[] sat = new double[3];
    Arrays.fill(sat, saturation);
    double[] dd = new double[3];
    Arrays.fill(dd, dead);
    double[] up = new double[4];
    Arrays.fill(up, update);
    return new StepStats(n, loss, 0.5, grads, new double[4], up, sat, dd, bad);
  }

  private static double[] grads(double first, double output) {
    return new double[] {first, Math.sqrt(first * output), output, output};
  }

  private Verdict run(int steps, double loss, double[] grads, double sat, double dead, double update) {
    for (int i = 1; i <= steps; i++) {
      judge.observe(step(i, loss, grads, sat, dead, update, false), 0.5, loss, 10);
    }
    return judge.verdict(0.5, loss, 0);
  }

  @Test
  void aHealthyRunThatHoldsTheTargetConvergesOnlyAfterTenSteps() {
    for (int i = 1; i <= 9; i++) {
      judge.observe(step(i, 0.1, grads(0.5, 1), 0, 0.3, 1e-3, false), 0.95, 0.1, 10);
      assertThat(judge.pending()).isFalse();
    }
    judge.observe(step(10, 0.1, grads(0.5, 1), 0, 0.3, 1e-3, false), 0.95, 0.1, 10);
    assertThat(judge.pending()).isTrue();
    judge.confirm(0.96, 0.09);
    Verdict v = judge.verdict(0.96, 0.09, 0);
    assertThat(v.outcome()).isEqualTo(Outcome.CONVERGED);
    assertThat(v.evidence().convergedAt()).isEqualTo(10);
    assertThat(v.diagnoses()).extracting(Diagnosis::kind).containsExactly(Kind.HEALTHY);
  }

  @Test
  void aLuckySpikeIsNotConvergence() {
    for (int i = 1; i <= 30; i++) {
      double acc = i % 5 == 0 ? 0.93 : 0.6;
      judge.observe(step(i, 0.2, grads(0.5, 1), 0, 0, 1e-3, false), acc, 0.2, 10);
    }
    assertThat(judge.verdict(0.6, 0.6, 0).outcome()).isEqualTo(Outcome.NOT_CONVERGED);
  }

  @Test
  void accuracyAtTargetWithALossNearChanceIsNotConvergence() {
    for (int i = 1; i <= 30; i++) {
      judge.observe(step(i, 0.63, grads(0.5, 1), 0, 0, 1e-3, false), 0.93, 0.63, 10);
    }
    Verdict v = judge.verdict(0.93, 0.63, 0);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_CONVERGED);
    assertThat(v.reason()).contains("is not below");
  }

  @Test
  void theNetworkAfterTheLastUpdateMustHoldTheTargetToo() {
    for (int i = 1; i <= 10; i++) {
      judge.observe(step(i, 0.1, grads(0.5, 1), 0, 0, 1e-3, false), 0.95, 0.1, 10);
    }
    judge.confirm(0.85, 0.8);
    assertThat(judge.converged()).isFalse();
    assertThat(judge.pending()).isFalse();
  }

  @Test
  void aTinyFirstLayerGradientIsVanishing() {
    Verdict v = run(50, 0.693, grads(1e-9, 1), 0, 0, 1e-9);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_CONVERGED);
    assertThat(v.headline()).isEqualTo(Kind.VANISHING);
    assertThat(v.diagnoses().get(0).evidence()).contains("1.00e-09");
  }

  @Test
  void everyGradientTinyIsVanishingToo() {
    Verdict v = run(50, 0.693, grads(1e-6, 1e-6), 0, 0, 1e-9);
    assertThat(v.headline()).isEqualTo(Kind.VANISHING);
    assertThat(v.diagnoses().get(0).evidence()).contains("no layer's gradient norm ever exceeded");
  }

  @Test
  void aLateCollapseOfTheFirstLayerIsVanishing() {
    for (int i = 1; i <= 100; i++) {
      double first = i <= 80 ? 0.5 : 1e-12;
      judge.observe(step(i, 0.69, grads(first, 1), i <= 80 ? 0 : 0.99, 0, 1e-3, false), 0.5, 0.69, 10);
    }
    Verdict v = judge.verdict(0.5, 0.69, 0);
    assertThat(v.diagnoses()).extracting(Diagnosis::kind).contains(Kind.SATURATED, Kind.VANISHING);
    assertThat(v.headline()).isEqualTo(Kind.SATURATED);
  }

  @Test
  void overflowIsDivergedAndExploding() {
    judge.observe(step(1, 0.7, grads(0.5, 1), 0, 0, 1e-3, false), 0.5, 0.7, 10);
    judge.observe(step(2, Double.NaN, grads(Double.NaN, Double.NaN), 0, 1, Double.NaN, true), Double.NaN,
        Double.NaN, Double.NaN);
    assertThat(judge.brokenFinite()).isTrue();
    Verdict v = judge.verdict(0.5, Double.NaN, 0);
    assertThat(v.outcome()).isEqualTo(Outcome.DIVERGED);
    assertThat(v.diagnoses()).extracting(Diagnosis::kind).containsExactly(Kind.EXPLODING);
    assertThat(v.evidence().nonFiniteStep()).isEqualTo(2);
  }

  @Test
  void aFirstLossFarAboveChanceIsExplodingEvenIfTheRunThenConverges() {
    judge.observe(step(1, 5e7, grads(0.5, 1), 0, 0, 1e-3, false), 0.5, 5e7, 10);
    for (int i = 2; i <= 11; i++) {
      judge.observe(step(i, 0.1, grads(0.5, 1), 0, 0, 1e-3, false), 0.95, 0.1, 10);
    }
    judge.confirm(0.95, 0.1);
    Verdict v = judge.verdict(0.95, 0.1, 0);
    assertThat(v.outcome()).isEqualTo(Outcome.CONVERGED);
    assertThat(v.has(Kind.EXPLODING)).isTrue();
    assertThat(v.label()).isEqualTo("converged after exploding");
  }

  @Test
  void aLossSpikeIsExplodingAndALossStillHighAtTheEndIsDiverged() {
    judge.observe(step(1, 0.7, grads(0.5, 1), 0, 0, 1e-3, false), 0.5, 0.7, 10);
    judge.observe(step(2, 2e4, grads(0.5, 1), 0, 0, 1e-3, false), 0.5, 2e4, 10);
    assertThat(judge.verdict(0.5, 2e4, 0).outcome()).isEqualTo(Outcome.DIVERGED);
    judge.observe(step(3, 0.69, grads(0.5, 1), 0, 0, 1e-3, false), 0.5, 0.69, 10);
    Verdict v = judge.verdict(0.5, 0.69, 0);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_CONVERGED);
    assertThat(v.headline()).isEqualTo(Kind.EXPLODING);
    assertThat(v.diagnoses().get(0).evidence()).contains("at step 2");
  }

  @Test
  void aDeadLayerIsNamed() {
    Verdict v = run(20, 0.69, grads(0, 1), 0, 1.0, 1e-3);
    assertThat(v.diagnoses()).extracting(Diagnosis::kind).contains(Kind.DEAD_UNITS);
    Judge other = new Judge(2, 0.9);
    for (int i = 1; i <= 20; i++) {
      other.observe(step(i, 0.69, grads(i < 7 ? 0.5 : 0, 1), 0, 0.5, 1e-3, false), 0.5, 0.69, 10);
    }
    Verdict w = other.verdict(0.5, 0.69, 0);
    assertThat(w.evidence().deadSince()).isEqualTo(7);
    assertThat(w.has(Kind.DEAD_UNITS)).isTrue();
  }

  @Test
  void identicalUnitsAreSymmetricAndNotAlsoVanishingOrDead() {
    for (int i = 1; i <= 20; i++) {
      judge.observe(step(i, 0.693, grads(0, 0.3), 0, 1.0, 0, false), 0.5, 0.693, 10);
    }
    Verdict v = judge.verdict(0.5, 0.693, 3);
    assertThat(v.diagnoses()).extracting(Diagnosis::kind).containsExactly(Kind.SYMMETRIC);
    assertThat(v.reason()).doesNotContain("NaN");
  }

  @Test
  void updatesFarTooLargeOrTooSmallAreNamed() {
    assertThat(run(20, 0.6, grads(0.5, 1), 0, 0, 0.2).headline()).isEqualTo(Kind.STEP_TOO_LARGE);
    Judge small = new Judge(2, 0.9);
    for (int i = 1; i <= 20; i++) {
      small.observe(step(i, 0.69, grads(0.5, 1), 0, 0, 1e-5, false), 0.5, 0.69, 10);
    }
    assertThat(small.verdict(0.5, 0.69, 0).headline()).isEqualTo(Kind.STEP_TOO_SMALL);
  }

  @Test
  void noStepsYetIsNotAVerdictOfFailure() {
    Verdict v = judge.verdict(Double.NaN, Double.NaN, 0);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_CONVERGED);
    assertThat(v.headline()).isEqualTo(Kind.HEALTHY);
  }
}
