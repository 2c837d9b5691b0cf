package vanishingpoint.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A run split over threads must give the same bits as on one: stages split rows, never sums. */
class ThreadsTest {
  @Test
  void everyKindOfRunGivesTheSameBitsOnOneTwoAndThreeThreads() {
    TrainConfig base = TrainConfig.defaults().withSteps(12).withLogEvery(1);
    List<TrainConfig> configs = List.of(
        base.withDepth(5).withWidth(32).withActivation(Activation.TANH).withInit(Init.XAVIER),
        base.withDepth(4).withWidth(18).withActivation(Activation.RELU).withBatchNorm(true).withBatch(50),
        base.withDepth(6).withWidth(13).withActivation(Activation.SIGMOID).withResidual(true)
            .withOptimizer(Optimizer.ADAM),
        base.withDepth(3).withWidth(7).withActivation(Activation.LEAKY_RELU).withBatch(33));
    for (TrainConfig c : configs) {
      List<String> one = trace(c, 1);
      assertThat(trace(c, 2)).as("%s on two threads", c).isEqualTo(one);
      assertThat(trace(c, 3)).as("%s on three threads", c).isEqualTo(one);
    }
  }

  @Test
  void aClosedTrainerGoesOnOnOneThread() {
    TrainConfig c = TrainConfig.defaults().withSteps(6);
    Trainer t = new Trainer(c, 2);
    t.step();
    t.close();
    StepStats after = t.step();
    Trainer ref = new Trainer(c);
    ref.step();
    assertThat(Double.doubleToRawLongBits(after.loss()))
        .isEqualTo(Double.doubleToRawLongBits(ref.step().loss()));
  }

  /** Every step's loss, gradient and weight norms and saturation, and the final weights, as exact bits. */
  static List<String> trace(TrainConfig c, int threads) {
    StringBuilder sb = new StringBuilder();
    try (Trainer t = new Trainer(c, threads)) {
      t.run(s -> sb.append(Double.doubleToRawLongBits(s.loss())).append(' ')
          .append(java.util.Arrays.toString(s.gradNorms())).append(java.util.Arrays.toString(s.weightNorms()))
          .append(java.util.Arrays.toString(s.saturation())).append(java.util.Arrays.toString(s.deadRelu()))
          .append('\n'));
      for (LayerArrays l : t.parameters()) {
        sb.append(java.util.Arrays.deepToString(l.weight())).append(java.util.Arrays.toString(l.bias()));
      }
      sb.append(java.util.Arrays.toString(t.predict(new double[] {0.1, -0.4}, new double[] {0.3, 0.2})));
    }
    return List.of(sb.toString().split("\n"));
  }
}
