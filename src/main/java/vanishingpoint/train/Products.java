package vanishingpoint.train;

/**
 * The three matrix products of a dense layer over activations held units x batch, one array per
 * unit. All three are one operation, {@link #combine}: each destination row is a start value plus
 * a weighted sum of source rows, computed along the row (long and contiguous) by
 * {@link VectorCombine} or {@link ScalarCombine}, which give the same bits.
 *
 * <ul>
 *   <li>forward, z = W a + b: destination rows are units, source rows the layer's input;</li>
 *   <li>input gradient, da = W^T dz: the same with W's columns as coefficients;</li>
 *   <li>weight gradient, dW = dz a^T: as dot products along the batch this would be a reduction,
 *       which neither C2 nor a fixed order of additions lets run in vectors; so the narrower of
 *       a and dz is transposed into batch rows, and dW is built as a weighted sum of those rows,
 *       samples in order. A column of ones appended to them yields the bias gradient (the sum of
 *       dz over the batch) in the same pass.</li>
 * </ul>
 */
final class Products {
  private Products() {}

  /**
   * For r in [0, rows), j in [0, n): dst[r][j] = start + sum over t in [0, terms) of
   * coef[r][t] * src[t][j], the terms added one fused multiply-add at a time in order of t; start
   * is dst[r][j] when accumulating, else bias[r], or 0 without a bias.
   */
  static void combine(double[][] coef, double[][] src, int terms, double[][] dst, int rows,
      double[] bias, boolean accumulate, int n) {
    if (Simd.VECTOR) {
      VectorCombine.combine(coef, src, terms, dst, rows, bias, accumulate, n);
    } else {
      ScalarCombine.combine(coef, src, terms, dst, rows, bias, accumulate, n);
    }
  }

  /** Copies row-major W (out x in) into its rows and its columns, the coefficients of the products. */
  static void splitWeights(double[] w, int out, int in, double[][] rows, double[][] cols) {
    for (int i = 0; i < out; i++) {
      System.arraycopy(w, i * in, rows[i], 0, in);
    }
    for (int k = 0; k < in; k++) {
      double[] c = cols[k];
      for (int i = 0; i < out; i++) {
        c[i] = w[i * in + k];
      }
    }
  }

  /** Scratch for {@link #weightGrad}, sized for layers up to {@code maxUnits} wide. */
  static final class Scratch {
    final double[][] transposed;
    final double[][] rows;
    final double[][] coef;
    final double[] ones;

    Scratch(int maxUnits, int batch) {
      transposed = new double[batch][maxUnits + 1];
      rows = new double[maxUnits + 1][maxUnits + 1];
      coef = new double[maxUnits + 1][];
      ones = new double[batch];
      java.util.Arrays.fill(ones, 1.0);
    }
  }

  /**
   * dw[i*in + k] = sum over samples j of dz[i][j] a[k][j], and db[i] = sum of dz[i][j], both
   * accumulated in sample order.
   */
  static void weightGrad(double[][] dz, double[][] a, int in, int out, int batch, double[] dw,
      double[] db, Scratch s) {
    double[][] rows = s.rows;
    if (in >= out) {
      // rows of dW along k: batch rows of a^T, plus a 1 for the bias
      transpose(a, in, batch, s.transposed);
      for (int j = 0; j < batch; j++) {
        s.transposed[j][in] = 1.0;
      }
      combine(dz, s.transposed, batch, rows, out, null, false, in + 1);
      for (int i = 0; i < out; i++) {
        System.arraycopy(rows[i], 0, dw, i * in, in);
        db[i] = rows[i][in];
      }
    } else {
      // few inputs (the first layer's two): rows of dW^T along i, from batch rows of dz^T
      transpose(dz, out, batch, s.transposed);
      System.arraycopy(a, 0, s.coef, 0, in);
      s.coef[in] = s.ones;
      combine(s.coef, s.transposed, batch, rows, in + 1, null, false, out);
      for (int i = 0; i < out; i++) {
        for (int k = 0; k < in; k++) {
          dw[i * in + k] = rows[k][i];
        }
        db[i] = rows[in][i];
      }
    }
  }

  /** t[j][k] = m[k][j] for k below {@code units}, four source rows per pass. */
  private static void transpose(double[][] m, int units, int batch, double[][] t) {
    int k = 0;
    for (; k + 3 < units; k += 4) {
      double[] m0 = m[k];
      double[] m1 = m[k + 1];
      double[] m2 = m[k + 2];
      double[] m3 = m[k + 3];
      for (int j = 0; j < batch; j++) {
        double[] row = t[j];
        row[k] = m0[j];
        row[k + 1] = m1[j];
        row[k + 2] = m2[j];
        row[k + 3] = m3[j];
      }
    }
    for (; k < units; k++) {
      double[] mk = m[k];
      for (int j = 0; j < batch; j++) {
        t[j][k] = mk[j];
      }
    }
  }

  static double rowSum(double[] r, int batch) {
    double s = 0;
    for (int j = 0; j < batch; j++) {
      s += r[j];
    }
    return s;
  }
}
