package vanishingpoint.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vanishingpoint.train.Diagnosis.Kind;
import vanishingpoint.train.Verdict.Outcome;

/** The textbook failures and their cures, depth 20, width 32, on the seeded spiral. */
class ClassicCasesTest {
  private static final TrainConfig DEEP = TrainConfig.defaults().withDepth(20).withWidth(32)
      .withActivation(Activation.SIGMOID).withOptimizer(Optimizer.ADAM).withLr(0.01).withSeed(1)
      .withLogEvery(50);

  private static Verdict run(TrainConfig c) {
    return new Trainer(c).run(null);
  }

  @Test
  void sigmoidWithSmallInitVanishes() {
    Verdict v = run(DEEP.withInit(Init.SMALL).withPoints(256).withSteps(200));
    assertThat(v.outcome()).as(v.reason()).isEqualTo(Outcome.NOT_CONVERGED);
    assertThat(v.headline()).as(v.diagnoses().toString()).isEqualTo(Kind.VANISHING);
  }

  @Test
  void sigmoidWithXavierStillVanishes() {
    Verdict v = run(DEEP.withInit(Init.XAVIER).withPoints(256).withSteps(200));
    assertThat(v.outcome()).as(v.reason()).isEqualTo(Outcome.NOT_CONVERGED);
    assertThat(v.has(Kind.VANISHING)).as(v.diagnoses().toString()).isTrue();
  }

  @Test
  void reluWithLargeInitExplodes() {
    Verdict v = run(DEEP.withActivation(Activation.RELU).withInit(Init.LARGE)
        .withOptimizer(Optimizer.SGD).withLr(0.1).withSteps(200));
    assertThat(v.outcome()).as(v.reason()).isEqualTo(Outcome.DIVERGED);
    assertThat(v.headline()).isEqualTo(Kind.EXPLODING);
  }

  @Test
  void reluWithHeConverges() {
    Verdict v = run(DEEP.withActivation(Activation.RELU).withInit(Init.HE)
        .withOptimizer(Optimizer.SGD).withLr(0.1).withSteps(500));
    assertThat(v.outcome()).as(v.reason()).isEqualTo(Outcome.CONVERGED);
    assertThat(v.headline()).as(v.diagnoses().toString()).isEqualTo(Kind.HEALTHY);
  }

  @Test
  void tooHighLearningRateExplodesAndNormClippingCarriesItToTheTarget() {
    TrainConfig hot = DEEP.withActivation(Activation.RELU).withInit(Init.HE)
        .withOptimizer(Optimizer.SGD).withLr(1).withSteps(300);
    Verdict wild = run(hot.withLr(1.5));
    assertThat(wild.outcome()).as(wild.reason()).isEqualTo(Outcome.DIVERGED);
    assertThat(wild.headline()).isEqualTo(Kind.EXPLODING);
    Trainer clipped = new Trainer(hot.withClip(Clip.parse("norm:1")));
    Verdict tamed = clipped.run(s -> assertThat(s.nonFinite()).isFalse());
    // clipping keeps every number finite, but the loss still spikes on the way: both are said
    assertThat(tamed.outcome()).as(tamed.reason()).isEqualTo(Outcome.CONVERGED);
    assertThat(tamed.label()).isEqualTo("converged after exploding");
  }

  @Test
  void batchNormRescuesDeepSigmoid() {
    Verdict v = run(DEEP.withInit(Init.XAVIER).withBatchNorm(true).withSteps(300));
    assertThat(v.outcome()).as(v.reason()).isEqualTo(Outcome.CONVERGED);
  }

  @Test
  void residualConnectionsRescueDeepSigmoid() {
    Verdict v = run(DEEP.withInit(Init.SMALL).withResidual(true).withSteps(600));
    assertThat(v.outcome()).as(v.reason()).isEqualTo(Outcome.CONVERGED);
  }
}
