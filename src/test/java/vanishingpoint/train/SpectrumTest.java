package vanishingpoint.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Singular values of the weights (EJML's SVD) and the orthogonal initialisation (EJML's QR). */
class SpectrumTest {

  @ParameterizedTest(name = "{0} x {1}, {2}")
  @CsvSource({"32, 32, relu", "32, 2, tanh", "2, 32, linear", "3, 24, leaky-relu", "17, 5, sigmoid", "1, 9, relu",
      "64, 64, tanh"})
  void orthogonalInitHasEverySingularValueAtTheGain(int rows, int cols, String act) {
    Activation a = Activation.parse(act);
    DMatrixRMaj w = new DMatrixRMaj(rows, cols);
    Spectrum.orthogonal(rows, cols, Init.gain(a), new SplittableRandom(rows * 31L + cols), w);
    double[] s = Spectrum.singularValues(w);
    assertThat(s).hasSize(Math.min(rows, cols));
    for (double v : s) {
      assertThat(v).isCloseTo(Init.gain(a), within(1e-12));
    }
    // semi-orthogonal as PyTorch: W W^T = gain^2 I when wide, W^T W = gain^2 I when tall
    DMatrixRMaj g = rows < cols ? new DMatrixRMaj(rows, rows) : new DMatrixRMaj(cols, cols);
    if (rows < cols) {
      CommonOps_DDRM.multTransB(w, w, g);
    } else {
      CommonOps_DDRM.multTransA(w, w, g);
    }
    DMatrixRMaj eye = CommonOps_DDRM.identity(g.numRows);
    CommonOps_DDRM.scale(Init.gain(a) * Init.gain(a), eye);
    CommonOps_DDRM.subtractEquals(g, eye);
    assertThat(CommonOps_DDRM.elementMaxAbs(g)).isLessThan(1e-12);
  }

  @Test
  void gainsAreTorchCalculateGain() {
    assertThat(Init.gain(Activation.LINEAR)).isEqualTo(1.0);
    assertThat(Init.gain(Activation.SIGMOID)).isEqualTo(1.0);
    assertThat(Init.gain(Activation.TANH)).isEqualTo(5.0 / 3);
    assertThat(Init.gain(Activation.RELU)).isEqualTo(Math.sqrt(2));
    assertThat(Init.gain(Activation.LEAKY_RELU)).isCloseTo(1.41414, within(1e-5));
  }

  @Test
  void orthogonalIsAKnobValue() {
    assertThat(Init.parse("orthogonal")).isEqualTo(Init.ORTHOGONAL);
    assertThat(Init.ORTHOGONAL.toString()).isEqualTo("orthogonal");
    assertThat(ConfigSpec.parse("init=orthogonal", TrainConfig.defaults()).init()).isEqualTo(Init.ORTHOGONAL);
  }

  /** The fact the lesson states: at orthogonal init every layer's gain, and the product's, is exactly the gain's power. */
  @Test
  void orthogonalNetworkKeepsTheBackwardProductAtTheGainsPower() {
    TrainConfig c = TrainConfig.defaults().withDepth(20).withWidth(32).withActivation(Activation.LINEAR)
        .withInit(Init.ORTHOGONAL);
    Spectrum.Gains g = new Trainer(c).spectrum();
    assertThat(g.layers()).hasSize(21);
    for (double[] s : g.layers()) {
      assertThat(s[0]).isCloseTo(1.0, within(1e-12));
      assertThat(s[s.length - 1]).isCloseTo(1.0, within(1e-12));
    }
    // W_out W_20 ... W_2 is 2 x 32: both its singular values are 1, the bound too
    assertThat(g.backward()).hasSize(2);
    assertThat(g.backwardLargest()).isCloseTo(1.0, within(1e-12));
    assertThat(g.backwardSmallest()).isCloseTo(1.0, within(1e-12));
    assertThat(g.bound()).isCloseTo(1.0, within(1e-12));

    Spectrum.Gains relu = new Trainer(c.withActivation(Activation.RELU)).spectrum();
    assertThat(relu.largest()[5]).isCloseTo(Math.sqrt(2), within(1e-12));
    assertThat(relu.bound()).isCloseTo(Math.pow(2, 10), within(1e-9));
  }

  /** Gaussian init: each layer's gain is about twice the std times sqrt(width), and the product's spread blows up. */
  @Test
  void gaussianLayersSpreadAndTheirProductStaysUnderTheBound() {
    TrainConfig c = TrainConfig.defaults().withDepth(20).withWidth(32).withActivation(Activation.RELU)
        .withInit(Init.LARGE);
    Spectrum.Gains g = new Trainer(c).spectrum();
    double[] largest = g.largest();
    // a 32 x 32 Gaussian matrix of std 1: largest singular value near 2 sqrt(32) = 11.3, smallest near 0
    for (int l = 1; l < 20; l++) {
      assertThat(largest[l]).isBetween(8.0, 14.0);
      assertThat(g.smallest()[l]).isLessThan(2.0);
    }
    assertThat(g.backwardLargest()).isLessThanOrEqualTo(g.bound() * (1 + 1e-12));
    // the product is far below the bound: the layers' largest directions do not line up
    assertThat(g.backwardLargest()).isLessThan(g.bound() / 100);
    assertThat(g.backwardLargest()).isGreaterThan(1e13);

    // small init: gains of about 0.11, so the product vanishes
    Spectrum.Gains small = new Trainer(c.withInit(Init.SMALL)).spectrum();
    assertThat(small.largest()[10]).isBetween(0.08, 0.14);
    assertThat(small.backwardLargest()).isLessThan(1e-15);
  }

  /** The numbers lessons/03-exploding.lesson, page "spectrum", states (20 x 32 ReLU, the probe's seed 7). */
  @Test
  void theSpectrumPageNumbers() {
    TrainConfig c = TrainConfig.defaults().withDepth(20).withWidth(32).withActivation(Activation.RELU).withSeed(7);
    Spectrum.Gains large = new Trainer(c.withInit(Init.LARGE)).spectrum();
    assertHidden(large.largest(), 9.5, 12);
    assertThat(large.backwardLargest()).isBetween(1e15, 1e16);
    Spectrum.Gains small = new Trainer(c.withInit(Init.SMALL)).spectrum();
    assertHidden(small.largest(), 0.095, 0.12);
    assertThat(small.backwardLargest()).isBetween(1e-25, 1e-24);
    Spectrum.Gains he = new Trainer(c.withInit(Init.HE)).spectrum();
    assertHidden(he.largest(), 2.35, 2.85);
    double least = Double.POSITIVE_INFINITY;
    for (int l = 1; l < 20; l++) {
      least = Math.min(least, he.smallest()[l]);
      double[] s = he.layers().get(l);
      double sq = 0;
      for (double v : s) {
        sq += v * v;
      }
      // the root mean square of a layer's singular values: std x sqrt(width) = sqrt(2 / 32) x sqrt(32)
      assertThat(Math.sqrt(sq / s.length)).isCloseTo(Math.sqrt(2), within(0.15));
    }
    assertThat(least).isBetween(5e-4, 1.5e-3);
    Spectrum.Gains orth = new Trainer(c.withInit(Init.ORTHOGONAL)).spectrum();
    for (double[] s : orth.layers()) {
      for (double v : s) {
        assertThat(v).isCloseTo(Math.sqrt(2), within(1e-12));
      }
    }
  }

  private static void assertHidden(double[] largest, double lo, double hi) {
    for (int l = 1; l < largest.length - 1; l++) {
      assertThat(largest[l]).as("hidden layer %d", l + 1).isBetween(lo, hi);
    }
  }

  @Test
  void singularValuesOfAKnownMatrix() {
    DMatrixRMaj m = new DMatrixRMaj(new double[][] {{3, 0}, {0, -4}, {0, 0}});
    assertThat(Spectrum.singularValues(m)).containsExactly(4.0, 3.0);
  }

  @Test
  void nonFiniteWeightsGiveNaNNotAnException() {
    TrainConfig c = TrainConfig.defaults().withDepth(3).withWidth(8);
    Trainer t = new Trainer(c);
    Net net = netOf(t);
    net.hidden[1].w.data[0] = Double.POSITIVE_INFINITY;
    Spectrum.Gains g = t.spectrum();
    assertThat(g.largest()[1]).isNaN();
    assertThat(g.largest()[0]).isFinite();
    assertThat(g.backwardLargest()).isNaN();
  }

  private static Net netOf(Trainer t) {
    try {
      java.lang.reflect.Field f = Trainer.class.getDeclaredField("net");
      f.setAccessible(true);
      return (Net) f.get(t);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
