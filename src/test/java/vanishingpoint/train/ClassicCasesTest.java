package vanishingpoint.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
    assertThat(v.kind()).as(v.reason()).isEqualTo(Verdict.Kind.VANISHING);
    assertThat(v.reason()).contains("layer-1 gradient norm");
  }

  @Test
  void sigmoidWithXavierStillVanishes() {
    Verdict v = run(DEEP.withInit(Init.XAVIER).withPoints(256).withSteps(200));
    assertThat(v.kind()).as(v.reason()).isEqualTo(Verdict.Kind.VANISHING);
  }

  @Test
  void reluWithLargeInitExplodes() {
    Verdict v = run(DEEP.withActivation(Activation.RELU).withInit(Init.LARGE)
        .withOptimizer(Optimizer.SGD).withLr(0.1).withSteps(200));
    assertThat(v.kind()).as(v.reason()).isEqualTo(Verdict.Kind.EXPLODING);
  }

  @Test
  void reluWithHeConverges() {
    Verdict v = run(DEEP.withActivation(Activation.RELU).withInit(Init.HE)
        .withOptimizer(Optimizer.SGD).withLr(0.1).withSteps(500));
    assertThat(v.kind()).as(v.reason()).isEqualTo(Verdict.Kind.CONVERGED);
  }

  @Test
  void tooHighLearningRateExplodesAndNormClippingRescuesIt() {
    TrainConfig hot = DEEP.withActivation(Activation.RELU).withInit(Init.HE)
        .withOptimizer(Optimizer.SGD).withLr(1.5).withSteps(300);
    Verdict wild = run(hot);
    assertThat(wild.kind()).as(wild.reason()).isEqualTo(Verdict.Kind.EXPLODING);
    Trainer clipped = new Trainer(hot.withClip(Clip.parse("norm:1")));
    Verdict tamed = clipped.run(s -> assertThat(s.nonFinite()).isFalse());
    assertThat(tamed.kind()).as(tamed.reason()).isEqualTo(Verdict.Kind.CONVERGED);
  }

  @Test
  void batchNormRescuesDeepSigmoid() {
    Verdict v = run(DEEP.withInit(Init.XAVIER).withBatchNorm(true).withSteps(300));
    assertThat(v.kind()).as(v.reason()).isEqualTo(Verdict.Kind.CONVERGED);
  }

  @Test
  void residualConnectionsRescueDeepSigmoid() {
    Verdict v = run(DEEP.withInit(Init.SMALL).withResidual(true).withSteps(600));
    assertThat(v.kind()).as(v.reason()).isEqualTo(Verdict.Kind.CONVERGED);
  }
}
