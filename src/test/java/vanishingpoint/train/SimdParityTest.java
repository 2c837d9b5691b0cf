package vanishingpoint.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Vector API kernels must give the plain loops' bits, element for element, so that a run is
 * the same whichever the JVM offers. Shapes cover every blocking path: full 4 x 4 blocks,
 * leftover rows, leftover vectors and leftover columns, with bias, zero and accumulate starts.
 * (Maven runs the tests with the module; without it there is nothing to compare.)
 */
class SimdParityTest {
  private final SplittableRandom rnd = new SplittableRandom(7);

  @Test
  void vectorCombineGivesThePlainLoopsBits() {
    assumeTrue(Simd.VECTOR, "the Vector API is not available to this JVM");
    int[] rowCounts = {1, 3, 4, 5, 9};
    int[] termCounts = {1, 2, 3, 33};
    int[] widths = {1, 7, 8, 31, 32, 33, 65, 70};
    int cases = 0;
    for (int rows : rowCounts) {
      for (int terms : termCounts) {
        for (int n : widths) {
          for (int start = 0; start < 3; start++) {
            double[][] coef = random(rows, terms);
            double[][] src = random(terms, n + 2);
            double[] bias = start == 1 ? random(1, rows)[0] : null;
            double[][] plain = random(rows, n + 2);
            double[][] vector = copy(plain);
            // and a sub-block: rows, terms and columns not starting at 0
            int r0 = rows > 2 ? 1 : 0;
            int t0 = terms > 1 ? 1 : 0;
            int j0 = n > 3 ? 3 : 0;
            ScalarCombine.combine(coef, src, 0, terms, plain, 0, rows, bias, start == 2, 0, n);
            VectorCombine.combine(coef, src, 0, terms, vector, 0, rows, bias, start == 2, 0, n);
            ScalarCombine.combine(coef, src, t0, terms, plain, r0, rows, bias, true, j0, n);
            VectorCombine.combine(coef, src, t0, terms, vector, r0, rows, bias, true, j0, n);
            for (int r = 0; r < rows; r++) {
              assertThat(bits(vector[r])).as("rows %d terms %d n %d start %d row %d", rows, terms, n, start, r)
                  .containsExactly(bits(plain[r]));
            }
            cases++;
          }
        }
      }
    }
    assertThat(cases).isEqualTo(5 * 4 * 8 * 3);
  }

  @Test
  void vectorTanhGivesThePlainPassesBitsIncludingSpecialValues() {
    assumeTrue(Simd.VECTOR, "the Vector API is not available to this JVM");
    double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE, -Double.MIN_VALUE, 1e-300, 0.3465, -0.3466, 19.06, -19.07, 20.0, 1e300};
    int n = 4099; // not a multiple of any vector length, so the tail runs too
    double[] z = new double[n];
    for (int j = 0; j < n; j++) {
      z[j] = j < special.length ? special[j] : (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-8, 3));
    }
    for (double[] affine : new double[][] {{1.0, 0.0}, {0.7, -0.2}}) {
      double[] a1 = new double[n];
      double[] d1 = new double[n];
      double[] a2 = new double[n];
      double[] d2 = new double[n];
      ScalarTanh plain = new ScalarTanh(n);
      plain.apply(z, a1, d1, 0, n, affine[0], affine[1]);
      VectorTanh.apply(z, a2, d2, 0, n, affine[0], affine[1], new ScalarTanh(n));
      assertThat(bits(a2)).containsExactly(bits(a1));
      assertThat(bits(d2)).containsExactly(bits(d1));
    }
  }

  @Test
  void vectorReluGivesThePlainLoopsBitsIncludingNanAndSignedZero() {
    assumeTrue(Simd.VECTOR, "the Vector API is not available to this JVM");
    double[] z = random(1, 37)[0];
    z[0] = Double.NaN;
    z[1] = -0.0;
    z[2] = 0.0;
    z[3] = Double.NEGATIVE_INFINITY;
    z[4] = Double.POSITIVE_INFINITY;
    z[36] = Double.NaN;
    double[] a = new double[37];
    double[] d = new double[37];
    VectorRelu.apply(z, a, d, 0, 37, 1.5, -0.25);
    for (int j = 0; j < 37; j++) {
      double y = 1.5 * z[j] + -0.25;
      assertThat(Double.doubleToRawLongBits(a[j])).as("a[%d]", j)
          .isEqualTo(Double.doubleToRawLongBits(y < 0 ? 0.0 : y));
      assertThat(d[j]).as("d[%d]", j).isEqualTo(y > 0 ? 1.0 : 0.0);
    }
    // -0.0 * 1 + -0.0 is -0.0, which ReLU passes through as the plain loop does
    double[] zeros = new double[16];
    java.util.Arrays.fill(zeros, -0.0);
    VectorRelu.apply(zeros, a, d, 0, 16, 1.0, -0.0);
    assertThat(Double.doubleToRawLongBits(a[0])).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(d[15]).isEqualTo(0.0);
  }

  @Test
  void wholeRunsGiveTheSameBitsOnEitherKernels() {
    assumeTrue(Simd.VECTOR, "the Vector API is not available to this JVM");
    TrainConfig base = TrainConfig.defaults().withSteps(8).withLogEvery(1);
    java.util.List<TrainConfig> configs = java.util.List.of(
        base.withDepth(4).withWidth(32).withActivation(Activation.TANH).withInit(Init.XAVIER),
        base.withDepth(3).withWidth(20).withActivation(Activation.RELU).withBatch(48),
        base.withDepth(3).withWidth(12).withActivation(Activation.RELU).withBatchNorm(true).withResidual(true));
    try {
      for (TrainConfig c : configs) {
        Simd.use(false);
        java.util.List<String> plain = trace(c);
        Simd.use(true);
        assertThat(trace(c)).as("%s", c).isEqualTo(plain);
      }
    } finally {
      Simd.use(false);
    }
  }

  /** Every step's loss, gradient and weight norms and saturation, and the final weights, as exact bits. */
  static java.util.List<String> trace(TrainConfig c) {
    StringBuilder sb = new StringBuilder();
    Trainer t = new Trainer(c);
    t.run(s -> sb.append(Double.doubleToRawLongBits(s.loss())).append(' ')
        .append(java.util.Arrays.toString(s.gradNorms())).append(java.util.Arrays.toString(s.weightNorms()))
        .append(java.util.Arrays.toString(s.saturation())).append(java.util.Arrays.toString(s.deadRelu()))
        .append('\n'));
    for (LayerArrays l : t.parameters()) {
      sb.append(java.util.Arrays.deepToString(l.weight())).append(java.util.Arrays.toString(l.bias()));
    }
    sb.append(java.util.Arrays.toString(t.predict(new double[] {0.1, -0.4}, new double[] {0.3, 0.2})));
    return java.util.List.of(sb.toString().split("\n"));
  }

  private double[][] random(int rows, int cols) {
    double[][] m = new double[rows][cols];
    for (double[] row : m) {
      for (int j = 0; j < cols; j++) {
        // wide exponents, so that rounding differences could not hide
        row[j] = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-3, 4));
      }
    }
    return m;
  }

  private static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  private static long[] bits(double[] row) {
    long[] b = new long[row.length];
    for (int j = 0; j < row.length; j++) {
      b[j] = Double.doubleToRawLongBits(row[j]);
    }
    return b;
  }
}
