package vanishingpoint.train;

/**
 * Runs every Vector API kernel on scratch rows the size of a small layer, alongside its plain
 * counterpart, until the vector one is compiled and faster three times running (see {@link Simd}).
 * Only loaded when {@link Simd#VECTOR} is true.
 */
final class VectorWarmUp {
  private static final int UNITS = 32;
  private static final int COLUMNS = 128;
  private static final int ROUND_CALLS = 50;

  private VectorWarmUp() {}

  /** True once the vector kernels beat the plain ones; false if that did not happen by the deadline. */
  static boolean run(long deadline) {
    double[][] coef = rows(UNITS, UNITS + 1, 0.01);
    double[][] src = rows(UNITS + 1, COLUMNS + 1, 0.02);
    double[][] dst = rows(UNITS, COLUMNS + 1, 0.0);
    double[] bias = rows(1, UNITS, 0.03)[0];
    double[] a = new double[COLUMNS + 1];
    double[] d = new double[COLUMNS + 1];
    ScalarTanh tail = new ScalarTanh(COLUMNS + 1);
    int faster = 0;
    while (System.nanoTime() < deadline) {
      long t0 = System.nanoTime();
      for (int i = 0; i < ROUND_CALLS; i++) {
        // odd sizes, so the leftover paths compile too
        VectorCombine.combine(coef, src, 0, UNITS + 1, dst, 0, UNITS - 1, bias, (i & 1) == 0, 0, COLUMNS + 1);
        VectorTanh.apply(src[i % UNITS], a, d, 0, COLUMNS + 1, 1.0, 0.0, tail);
        VectorRelu.apply(src[i % UNITS], a, d, 0, COLUMNS + 1, 1.0, 0.0);
        VectorRelu.backprop(src[i % UNITS], a, d, 0, COLUMNS + 1);
      }
      long t1 = System.nanoTime();
      for (int i = 0; i < ROUND_CALLS; i++) {
        RowKernels.PLAIN.combine(coef, src, 0, UNITS + 1, dst, 0, UNITS - 1, bias, (i & 1) == 0, 0, COLUMNS + 1);
        RowKernels.PLAIN.tanh(src[i % UNITS], a, d, 0, COLUMNS + 1, 1.0, 0.0, tail);
        RowKernels.PLAIN.relu(src[i % UNITS], a, d, 0, COLUMNS + 1, 1.0, 0.0);
        RowKernels.PLAIN.reluBackprop(src[i % UNITS], a, d, 0, COLUMNS + 1);
      }
      long t2 = System.nanoTime();
      faster = t1 - t0 < t2 - t1 ? faster + 1 : 0;
      if (faster == 3) {
        return true;
      }
    }
    return false;
  }

  private static double[][] rows(int n, int m, double step) {
    double[][] r = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        r[i][j] = Math.sin(step * (i * m + j));
      }
    }
    return r;
  }
}
