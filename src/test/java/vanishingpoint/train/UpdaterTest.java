package vanishingpoint.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Update rules and clipping against values worked out by hand from PyTorch's formulas. */
class UpdaterTest {
  private static double[] stepTwice(Optimizer o, double lr) {
    double[] p = {1.0};
    double[] g = {0.5};
    Updater u = new Updater(o, lr, Clip.NONE, List.of(p), List.of(g));
    u.update();
    double first = p[0];
    u.update();
    return new double[] {first, p[0]};
  }

  @Test
  void sgd() {
    assertThat(stepTwice(Optimizer.SGD, 0.1)).containsExactly(new double[] {0.95, 0.9}, within(1e-15));
  }

  @Test
  void momentumStartsWithTheGradientThenAccumulates() {
    double[] p = stepTwice(Optimizer.MOMENTUM, 0.1);
    assertThat(p[0]).isCloseTo(0.95, within(1e-15));
    assertThat(p[1]).isCloseTo(0.95 - 0.1 * (0.9 * 0.5 + 0.5), within(1e-15));
  }

  @Test
  void rmsprop() {
    double v = 0.01 * 0.25;
    double expected = 1 - 0.1 * 0.5 / (Math.sqrt(v) + 1e-8);
    assertThat(stepTwice(Optimizer.RMSPROP, 0.1)[0]).isCloseTo(expected, within(1e-15));
  }

  @Test
  void adamWithBiasCorrection() {
    double[] p = stepTwice(Optimizer.ADAM, 0.1);
    // step 1: m = 0.05, v = 0.00025; m_hat = 0.5, sqrt(v_hat) = 0.5
    assertThat(p[0]).isCloseTo(1 - 0.1 / 0.1 * 0.05 / (Math.sqrt(0.00025) / Math.sqrt(0.001) + 1e-8), within(1e-15));
    // step 2: m = 0.095, v = 0.00049975; bias corrections 0.19 and 0.001999
    double m = 0.095;
    double v = 0.999 * 0.00025 + 0.001 * 0.25;
    double expected = p[0] - 0.1 / 0.19 * m / (Math.sqrt(v) / Math.sqrt(1 - 0.999 * 0.999) + 1e-8);
    assertThat(p[1]).isCloseTo(expected, within(1e-14));
  }

  @Test
  void clipValueClampsEachElement() {
    double[] g = {3, -0.2, -5};
    new Updater(Optimizer.SGD, 1, Clip.parse("value:1"), List.of(new double[3]), List.of(g)).clip();
    assertThat(g).containsExactly(1, -0.2, -1);
  }

  @Test
  void clipNormScalesTheGlobalNormDownWithTorchsEpsilon() {
    double[] g1 = {3};
    double[] g2 = {4};
    Updater u = new Updater(Optimizer.SGD, 1, Clip.parse("norm:1"), List.of(new double[1], new double[1]),
        List.of(g1, g2));
    assertThat(u.clip()).isEqualTo(5.0);
    assertThat(g1[0]).isEqualTo(3 * (1 / (5 + 1e-6)));
    assertThat(g2[0]).isEqualTo(4 * (1 / (5 + 1e-6)));
  }

  @Test
  void clipNormLeavesSmallGradientsAlone() {
    double[] g = {0.3, 0.4};
    new Updater(Optimizer.SGD, 1, Clip.parse("norm:1"), List.of(new double[2]), List.of(g)).clip();
    assertThat(g).containsExactly(0.3, 0.4);
  }
}
