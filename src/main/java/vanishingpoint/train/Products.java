package vanishingpoint.train;

/**
 * The three matrix products of a dense layer over activations held units x batch, one array per
 * unit. All three are one operation, {@link #combine}: each destination row is a start value plus
 * a weighted sum of source rows, computed along the row (long and contiguous) by the kernels
 * {@link Simd#kernels} picks (the same bits either way).
 *
 * <ul>
 *   <li>forward, z = W a + b: destination rows are units, source rows the layer's input;</li>
 *   <li>input gradient, da = W^T dz: the same with W's columns as coefficients;</li>
 *   <li>weight gradient, dW = dz a^T: as dot products along the batch this would be a reduction,
 *       which neither C2 nor a fixed order of additions lets run in vectors; so the narrower of
 *       a and dz is transposed into sample rows, and dW is built as a weighted sum of those rows,
 *       samples in order. A column of ones appended to them yields the bias gradient (the sum of
 *       dz over the samples) in the same pass. It is built for each half of the batch
 *       ({@link #weightGradPart}), then the halves are added ({@link #addHalves}).</li>
 * </ul>
 */
final class Products {
  /** Rows per block of the kernels: stages that split rows split at multiples of it. */
  static final int ROW_BLOCK = 4;

  private Products() {}

  /**
   * For r in [r0, r1), j in [j0, j1): dst[r][j] = start + sum over t in [t0, t1) of
   * coef[r][t] * src[t][j], the terms added one fused multiply-add at a time in order of t; start
   * is dst[r][j] when accumulating, else bias[r], or 0 without a bias.
   */
  static void combine(double[][] coef, double[][] src, int t0, int t1, double[][] dst, int r0,
      int r1, double[] bias, boolean accumulate, int j0, int j1) {
    Simd.kernels().combine(coef, src, t0, t1, dst, r0, r1, bias, accumulate, j0, j1);
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

  /** Whether a layer's weight gradient is built along its inputs (rows of a^T) rather than its units. */
  static boolean alongInputs(int in, int out) {
    return in >= out;
  }

  /** A buffer for one half's weight and bias gradient of a layer with these sizes. */
  static double[][] partBuffer(int in, int out) {
    return alongInputs(in, out) ? new double[out][in + 1] : new double[in + 1][out];
  }

  /**
   * The weight and bias gradient over samples [j0, j1) into {@code part} (from
   * {@link #partBuffer}): sum over those samples, in order, of dz[i][j] a[k][j] and of dz[i][j].
   * {@code transposed} has a row per sample, {@code coef} is a[0..in) followed by a row of ones
   * (used when building along units); halves of the batch use disjoint rows of both.
   */
  static void weightGradPart(double[][] dz, double[][] a, double[][] coef, int in, int out,
      int j0, int j1, double[][] transposed, double[][] part) {
    if (alongInputs(in, out)) {
      transpose(a, in, j0, j1, transposed);
      for (int j = j0; j < j1; j++) {
        transposed[j][in] = 1.0;
      }
      combine(dz, transposed, j0, j1, part, 0, out, null, false, 0, in + 1);
    } else {
      // few inputs (the first layer's two): rows of dW^T along the units, from sample rows of dz^T
      transpose(dz, out, j0, j1, transposed);
      combine(coef, transposed, j0, j1, part, 0, in + 1, null, false, 0, out);
    }
  }

  /** dw and db from the halves' parts, first half plus second (or the first alone). */
  static void addHalves(double[][] first, double[][] second, int in, int out, double[] dw,
      double[] db) {
    boolean along = alongInputs(in, out);
    for (int i = 0; i < out; i++) {
      for (int k = 0; k <= in; k++) {
        double v = along ? first[i][k] : first[k][i];
        if (second != null) {
          v += along ? second[i][k] : second[k][i];
        }
        if (k < in) {
          dw[i * in + k] = v;
        } else {
          db[i] = v;
        }
      }
    }
  }

  /**
   * t[j][k] = m[k][j] for k below {@code units} and j in [j0, j1), eight source rows per pass: the
   * eight doubles written to each sample row then fill one cache line, which is fetched once.
   */
  private static void transpose(double[][] m, int units, int j0, int j1, double[][] t) {
    int k = 0;
    for (; k + 7 < units; k += 8) {
      double[] m0 = m[k];
      double[] m1 = m[k + 1];
      double[] m2 = m[k + 2];
      double[] m3 = m[k + 3];
      double[] m4 = m[k + 4];
      double[] m5 = m[k + 5];
      double[] m6 = m[k + 6];
      double[] m7 = m[k + 7];
      for (int j = j0; j < j1; j++) {
        double[] row = t[j];
        row[k] = m0[j];
        row[k + 1] = m1[j];
        row[k + 2] = m2[j];
        row[k + 3] = m3[j];
        row[k + 4] = m4[j];
        row[k + 5] = m5[j];
        row[k + 6] = m6[j];
        row[k + 7] = m7[j];
      }
    }
    for (; k < units; k++) {
      double[] mk = m[k];
      for (int j = j0; j < j1; j++) {
        t[j][k] = mk[j];
      }
    }
  }
}
