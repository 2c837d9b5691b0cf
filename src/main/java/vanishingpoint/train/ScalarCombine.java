package vanishingpoint.train;

/**
 * {@link Products#combine} in plain loops over row arrays, for JVMs without the Vector API.
 * Separate row arrays matter: HotSpot's auto-vectoriser gives up on a flat array indexed at two
 * different offsets (it cannot rule out overlap), which is what EJML's row-major loops do.
 *
 * <p>Every inner loop is an element-wise multiply-add over a row, the only shape C2 (JDK 17)
 * turns into AVX code. Such loops are bound by loads and stores, so each pass updates a 2 x 2
 * block: two destination rows from two source rows. Bigger bodies (one row by eight, two by
 * three) exceed C2's unrolling limit and are then not vectorised at all (measured 2x to 3x
 * slower); an odd last row takes the one-row-by-four loop. Each element still gets its terms one
 * fused multiply-add at a time in term order, exactly as {@link VectorCombine} does.
 */
final class ScalarCombine {
  private ScalarCombine() {}

  static void combine(double[][] coef, double[][] src, int t0, int t1, double[][] dst, int r0,
      int r1, double[] bias, boolean accumulate, int j0, int j1) {
    int r = r0;
    for (; r + 1 < r1; r += 2) {
      double[] y0 = dst[r];
      double[] y1 = dst[r + 1];
      double[] c0 = coef[r];
      double[] c1 = coef[r + 1];
      start(y0, bias, r, accumulate, j0, j1);
      start(y1, bias, r + 1, accumulate, j0, j1);
      int t = t0;
      for (; t + 1 < t1; t += 2) {
        axpy22(y0, y1, c0[t], c0[t + 1], c1[t], c1[t + 1], src[t], src[t + 1], j0, j1);
      }
      if (t < t1) {
        axpy1(y0, c0[t], src[t], j0, j1);
        axpy1(y1, c1[t], src[t], j0, j1);
      }
    }
    if (r < r1) {
      double[] y = dst[r];
      double[] c = coef[r];
      start(y, bias, r, accumulate, j0, j1);
      int t = t0;
      for (; t + 3 < t1; t += 4) {
        axpy4(y, c[t], src[t], c[t + 1], src[t + 1], c[t + 2], src[t + 2], c[t + 3], src[t + 3], j0, j1);
      }
      for (; t < t1; t++) {
        axpy1(y, c[t], src[t], j0, j1);
      }
    }
  }

  private static void start(double[] y, double[] bias, int r, boolean accumulate, int j0, int j1) {
    if (!accumulate) {
      java.util.Arrays.fill(y, j0, j1, bias == null ? 0.0 : bias[r]);
    }
  }

  /** y[j0:j1] += c0 x0 + c1 x1 + c2 x2 + c3 x3, terms added in that order. */
  private static void axpy4(double[] y, double c0, double[] x0, double c1, double[] x1, double c2,
      double[] x2, double c3, double[] x3, int j0, int j1) {
    for (int j = j0; j < j1; j++) {
      y[j] = Math.fma(c3, x3[j], Math.fma(c2, x2[j], Math.fma(c1, x1[j], Math.fma(c0, x0[j], y[j]))));
    }
  }

  /** y0[j0:j1] += c0 x0 + c1 x1 and y1[j0:j1] += d0 x0 + d1 x1, terms in that order. */
  private static void axpy22(double[] y0, double[] y1, double c0, double c1, double d0, double d1,
      double[] x0, double[] x1, int j0, int j1) {
    for (int j = j0; j < j1; j++) {
      double v0 = x0[j];
      double v1 = x1[j];
      y0[j] = Math.fma(c1, v1, Math.fma(c0, v0, y0[j]));
      y1[j] = Math.fma(d1, v1, Math.fma(d0, v0, y1[j]));
    }
  }

  private static void axpy1(double[] y, double c, double[] x, int j0, int j1) {
    for (int j = j0; j < j1; j++) {
      y[j] = Math.fma(c, x[j], y[j]);
    }
  }
}
