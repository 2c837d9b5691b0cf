package vanishingpoint.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Central finite differences against backprop, in double precision. */
class GradientCheckTest {
  private static final double H = 1e-6;

  static java.util.stream.Stream<Arguments> cases() {
    java.util.stream.Stream.Builder<Arguments> b = java.util.stream.Stream.builder();
    for (Activation a : Activation.values()) {
      for (int variant = 0; variant < 4; variant++) {
        b.add(Arguments.of(a, variant % 2 == 1, variant >= 2));
      }
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0} batchnorm={1} residual={2}")
  @MethodSource("cases")
  void backpropMatchesFiniteDifferences(Activation act, boolean bn, boolean residual) {
    TrainConfig c = TrainConfig.defaults().withDepth(3).withWidth(5).withActivation(act)
        .withInit(Init.parse("normal:0.7")).withBatchNorm(bn).withResidual(residual)
        .withData(DataSpec.parse("spiral:3")).withPoints(12).withSeed(7);
    Net net = new Net(c, 3, new SplittableRandom(3));
    // move BatchNorm's affine and the biases off their trivial starting values
    SplittableRandom rnd = new SplittableRandom(11);
    for (int l = 0; l < net.layerCount(); l++) {
      Layer layer = net.layer(l);
      for (int i = 0; i < layer.b.length; i++) {
        layer.b[i] = 0.3 * Datasets.gauss(rnd);
      }
      for (int i = 0; i < layer.gamma.length; i++) {
        layer.gamma[i] = 1 + 0.3 * Datasets.gauss(rnd);
        layer.beta[i] = 0.3 * Datasets.gauss(rnd);
      }
    }
    Pass pass = new Pass(net, 12);
    Dataset d = Datasets.generate(c.data(), 12, 0.1, 5);
    System.arraycopy(d.xs(), 0, pass.x[0], 0, 12);
    System.arraycopy(d.ys(), 0, pass.x[1], 0, 12);
    System.arraycopy(d.labels(), 0, pass.labels, 0, 12);
    pass.forward(true, false, false);
    pass.backward();
    List<double[]> params = net.params();
    List<double[]> grads = net.grads();
    for (int t = 0; t < params.size(); t++) {
      double[] p = params.get(t);
      double[] analytic = grads.get(t).clone();
      double[] numeric = new double[p.length];
      for (int i = 0; i < p.length; i++) {
        double keep = p[i];
        p[i] = keep + H;
        double up = pass.forward(true, false, false);
        p[i] = keep - H;
        double down = pass.forward(true, false, false);
        p[i] = keep;
        numeric[i] = (up - down) / (2 * H);
      }
      if (maxAbs(numeric) < 1e-8) {
        // a shift that a following BatchNorm removes (the bias before it; beta of a linear layer
        // before the next BatchNorm) has gradient exactly 0: both sides are rounding noise
        assertThat(bn).as("only BatchNorm makes a gradient vanish exactly, tensor %d", t).isTrue();
        assertThat(maxAbs(analytic)).as("tensor %d", t).isLessThan(1e-10);
      } else {
        assertThat(relativeError(analytic, numeric)).as("tensor %d", t).isLessThan(1e-6);
      }
    }
  }

  private static double maxAbs(double[] a) {
    double m = 0;
    for (double v : a) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  /** ||a - n|| / max(||a|| + ||n||, 1e-10): per tensor, so tiny elements do not dominate. */
  static double relativeError(double[] a, double[] n) {
    double diff = 0;
    double sa = 0;
    double sn = 0;
    for (int i = 0; i < a.length; i++) {
      diff += (a[i] - n[i]) * (a[i] - n[i]);
      sa += a[i] * a[i];
      sn += n[i] * n[i];
    }
    return Math.sqrt(diff) / Math.max(Math.sqrt(sa) + Math.sqrt(sn), 1e-10);
  }
}
