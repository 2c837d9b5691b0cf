package vanishingpoint.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EngineTest {
  @Test
  void runsAreReproducibleBitForBitIncludingMiniBatchesAndBatchNorm() {
    TrainConfig c = TrainConfig.defaults().withBatch(64).withBatchNorm(true).withSteps(40);
    Trainer a = new Trainer(c);
    Trainer b = new Trainer(c);
    for (int i = 0; i < 40; i++) {
      StepStats sa = a.step();
      StepStats sb = b.step();
      assertThat(Double.doubleToRawLongBits(sa.loss())).isEqualTo(Double.doubleToRawLongBits(sb.loss()));
      assertThat(sa.gradNorms()).containsExactly(sb.gradNorms());
    }
    Trainer other = new Trainer(c.withSeed(2));
    assertThat(other.step().loss()).isNotEqualTo(new Trainer(c).step().loss());
  }

  @Test
  void stepsReportEveryLayerAndGridEvaluationGivesProbabilities() {
    Trainer t = new Trainer(TrainConfig.defaults().withDepth(4).withActivation(Activation.TANH));
    StepStats s = t.step();
    assertThat(s.gradNorms()).hasSize(5);
    assertThat(s.weightNorms()).hasSize(5);
    assertThat(s.saturation()).hasSize(4);
    assertThat(s.deadRelu()).hasSize(4);
    double[] p = t.probabilities(new double[] {0, 0.5, -0.5}, new double[] {0, 0.5, 0.2});
    assertThat(p).hasSize(6);
    assertThat(p[0] + p[1]).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(t.predict(new double[] {0}, new double[] {0})[0]).isBetween(0, 1);
  }

  @Test
  void deadReluAndSaturationAreMeasured() {
    // a too-high learning rate kills ReLUs: after it, some units are 0 for the whole batch
    Trainer killed = new Trainer(TrainConfig.defaults().withDepth(20).withOptimizer(Optimizer.SGD)
        .withLr(1.0).withSteps(100).withLogEvery(100));
    killed.run(null);
    StepStats dead = killed.lastStats();
    StepStats sat = new Trainer(TrainConfig.defaults().withActivation(Activation.SIGMOID)
        .withInit(Init.LARGE).withDepth(3)).step();
    assertThat(sat.saturation()[2]).isGreaterThan(0.1);
    assertThat(java.util.Arrays.stream(dead.deadRelu()).max().getAsDouble()).isGreaterThan(0.0);
    assertThat(new Trainer(TrainConfig.defaults()).step().deadRelu()[0]).isLessThan(0.5);
  }

  @Test
  void nonFiniteValuesAreAResultNotACrash() {
    Trainer t = new Trainer(TrainConfig.defaults().withDepth(20).withInit(Init.LARGE)
        .withOptimizer(Optimizer.SGD).withLr(1.0).withSteps(50));
    Verdict v = t.run(null);
    assertThat(v.outcome()).isEqualTo(Verdict.Outcome.DIVERGED);
    assertThat(v.headline()).isEqualTo(Diagnosis.Kind.EXPLODING);
  }

  @Test
  void fastTanhMatchesMathTanh() {
    int n = 68400; // the grid below, in one row
    double[] x = new double[n];
    double[] h = new double[n];
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = -25 + i * 0.000731;
    }
    new ScalarTanh(n).apply(x, h, d, 0, n, 1.0, 0.0);
    double worst = 0;
    for (int i = 0; i < n; i++) {
      double e = Math.tanh(x[i]);
      worst = Math.max(worst, Math.abs(h[i] - e) / Math.max(Math.abs(e), Double.MIN_NORMAL));
      assertThat(d[i]).isEqualTo(1.0 - h[i] * h[i]);
    }
    assertThat(worst).isLessThan(1e-15);
    double[] special = {1e-300, -1e-300, 0.0, Double.NaN, 1e300, Double.NEGATIVE_INFINITY, 19.5, -0.5};
    double[] out = new double[special.length];
    new ScalarTanh(special.length).apply(special, out, new double[special.length], 0, special.length, 1.0, 0.0);
    assertThat(out[0]).isEqualTo(1e-300);
    assertThat(out[1]).isEqualTo(-1e-300);
    assertThat(Double.doubleToRawLongBits(out[2])).isZero();
    assertThat(out[3]).isNaN();
    assertThat(out[4]).isEqualTo(1.0);
    assertThat(out[5]).isEqualTo(-1.0);
    assertThat(out[6]).isEqualTo(Math.tanh(19.5));
    assertThat(out[7]).isCloseTo(Math.tanh(-0.5), org.assertj.core.api.Assertions.within(2e-16));
  }

  @Test
  void parsersAcceptTheStringFormsAndNameTheOptionWhenWrong() {
    assertThat(Init.parse("normal:0.5")).isEqualTo(new Init(Init.Kind.NORMAL, 0.5));
    assertThat(Init.parse("small").scale()).isEqualTo(0.01);
    assertThat(Clip.parse("norm:1")).isEqualTo(new Clip(Clip.Kind.NORM, 1));
    assertThat(Clip.parse("value:0.5").limit()).isEqualTo(0.5);
    assertThat(DataSpec.parse("spiral:3").classes()).isEqualTo(3);
    assertThatThrownBy(() -> Clip.parse("norm:abc")).hasMessageStartingWith("clip:").hasMessageContaining("abc");
    assertThatThrownBy(() -> Activation.parse("softplus")).hasMessageStartingWith("activation:");
    assertThatThrownBy(() -> Init.parse("normal:-1")).hasMessageStartingWith("init:");
    // a setting out of its range: the message names the setting and the range
    assertThatThrownBy(() -> TrainConfig.defaults().withDepth(-1)).hasMessage("depth must be between 1 and 1000 (got -1)");
    assertThatThrownBy(() -> TrainConfig.defaults().withMomentum(1)).hasMessage("momentum must be at least 0 and less than 1 (got 1.0)");
    assertThatThrownBy(() -> TrainConfig.defaults().withBatchNorm(true).withBatch(1))
        .hasMessage("batchnorm needs a batch of at least 2 (got 1)");
  }
}
