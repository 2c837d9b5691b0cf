package vanishingpoint.train;

/**
 * The three matrix products of a dense layer over (units x batch) activations held as one
 * array per unit. Separate row arrays matter: HotSpot's auto-vectoriser gives up on a flat
 * array indexed at two different offsets (it cannot rule out overlap), which is what EJML's
 * row-major loops do.
 *
 * <p>Every inner loop is an element-wise multiply-add over long rows, the only shape C2 (JDK 17)
 * turns into AVX-512 code. Such loops are bound by loads and stores, not arithmetic, so each
 * pass updates a 2x2 block: two destination rows from two source rows (four loads and two
 * stores per four fused multiply-adds, and each source load serves two rows). Bigger bodies
 * (one row by eight, two by three, two by four) exceed C2's unrolling limit and are then not
 * vectorised at all (measured: 2x to 3x slower); odd leftovers take the one-row-by-four loop.
 * Every element still gets its terms one fused multiply-add at a time in index order, so results
 * are bit-for-bit those of a plain loop. Math.fma keeps one
 * rounding per term and is what C2 vectorises as vfmadd; the order of additions is fixed, so
 * results are the same on every run.
 */
final class MatKernels {
  /** Narrower layers take the dot-product weight gradient. */
  static final int TRANSPOSE_MIN_IN = 32;

  private MatKernels() {}

  /** z[i][:] = sum_k w[i,k] a[k][:] + bias[i]; w is row-major out x in. */
  static void forward(double[] w, double[] bias, double[][] a, double[][] z, int in, int batch) {
    int out = z.length;
    int i = 0;
    for (; i + 1 < out; i += 2) {
      double[] z0 = z[i];
      double[] z1 = z[i + 1];
      java.util.Arrays.fill(z0, 0, batch, bias[i]);
      java.util.Arrays.fill(z1, 0, batch, bias[i + 1]);
      int w0 = i * in;
      int w1 = w0 + in;
      int k = 0;
      for (; k + 1 < in; k += 2) {
        axpy22(z0, z1, w[w0 + k], w[w0 + k + 1], w[w1 + k], w[w1 + k + 1], a[k], a[k + 1], batch);
      }
      if (k < in) {
        axpy1(z0, w[w0 + k], a[k], batch);
        axpy1(z1, w[w1 + k], a[k], batch);
      }
    }
    if (i < out) {
      double[] zr = z[i];
      java.util.Arrays.fill(zr, 0, batch, bias[i]);
      int wi = i * in;
      int k = 0;
      for (; k + 3 < in; k += 4) {
        axpy4(zr, w[wi + k], a[k], w[wi + k + 1], a[k + 1], w[wi + k + 2], a[k + 2],
            w[wi + k + 3], a[k + 3], batch);
      }
      for (; k < in; k++) {
        axpy1(zr, w[wi + k], a[k], batch);
      }
    }
  }

  /** da[k][:] (+)= sum_i w[i,k] dz[i][:]; adds to da when {@code accumulate} (residual paths). */
  static void inputGrad(double[] w, double[][] dz, double[][] da, int in, int batch, boolean accumulate) {
    int out = dz.length;
    int k = 0;
    for (; k + 1 < in; k += 2) {
      double[] d0 = da[k];
      double[] d1 = da[k + 1];
      if (!accumulate) {
        java.util.Arrays.fill(d0, 0, batch, 0.0);
        java.util.Arrays.fill(d1, 0, batch, 0.0);
      }
      int i = 0;
      for (; i + 1 < out; i += 2) {
        int w0 = i * in + k;
        int w1 = w0 + in;
        axpy22(d0, d1, w[w0], w[w1], w[w0 + 1], w[w1 + 1], dz[i], dz[i + 1], batch);
      }
      if (i < out) {
        axpy1(d0, w[i * in + k], dz[i], batch);
        axpy1(d1, w[i * in + k + 1], dz[i], batch);
      }
    }
    if (k < in) {
      double[] d = da[k];
      if (!accumulate) {
        java.util.Arrays.fill(d, 0, batch, 0.0);
      }
      int i = 0;
      for (; i + 3 < out; i += 4) {
        axpy4(d, w[i * in + k], dz[i], w[(i + 1) * in + k], dz[i + 1], w[(i + 2) * in + k], dz[i + 2],
            w[(i + 3) * in + k], dz[i + 3], batch);
      }
      for (; i < out; i++) {
        axpy1(d, w[i * in + k], dz[i], batch);
      }
    }
  }

  /**
   * dw[i,k] = sum_j dz[i][j] a[k][j]. As dot products along the batch this is a reduction, which
   * C2 leaves scalar (Java fixes the order of additions); so for layers with enough inputs
   * {@code a} is first transposed into {@code aT} (batch rows of length in) and each row of dw is
   * built in its own scratch row of {@code rows} as a sum of those rows scaled by dz[i][j], two
   * rows of dw and two samples per pass, vectorised along k; the terms are added in sample order,
   * one fused multiply-add each.
   */
  static void weightGrad(double[][] dz, double[][] a, double[] dw, int in, int batch,
      double[][] aT, double[][] rows) {
    if (in < TRANSPOSE_MIN_IN) {
      weightGradDots(dz, a, dw, in, batch);
      return;
    }
    // four source rows per pass: one load of each aT[j] reference serves four stores
    for (int k = 0; k + 3 < in; k += 4) {
      double[] a0 = a[k];
      double[] a1 = a[k + 1];
      double[] a2 = a[k + 2];
      double[] a3 = a[k + 3];
      for (int j = 0; j < batch; j++) {
        double[] t = aT[j];
        t[k] = a0[j];
        t[k + 1] = a1[j];
        t[k + 2] = a2[j];
        t[k + 3] = a3[j];
      }
    }
    for (int k = in & ~3; k < in; k++) {
      double[] ak = a[k];
      for (int j = 0; j < batch; j++) {
        aT[j][k] = ak[j];
      }
    }
    int out = dz.length;
    int i = 0;
    for (; i + 1 < out; i += 2) {
      double[] g0 = dz[i];
      double[] g1 = dz[i + 1];
      double[] r0 = rows[i];
      double[] r1 = rows[i + 1];
      java.util.Arrays.fill(r0, 0, in, 0.0);
      java.util.Arrays.fill(r1, 0, in, 0.0);
      int j = 0;
      for (; j + 1 < batch; j += 2) {
        axpy22(r0, r1, g0[j], g0[j + 1], g1[j], g1[j + 1], aT[j], aT[j + 1], in);
      }
      if (j < batch) {
        axpy1(r0, g0[j], aT[j], in);
        axpy1(r1, g1[j], aT[j], in);
      }
      System.arraycopy(r0, 0, dw, i * in, in);
      System.arraycopy(r1, 0, dw, (i + 1) * in, in);
    }
    if (i < out) {
      double[] g = dz[i];
      double[] row = rows[i];
      java.util.Arrays.fill(row, 0, in, 0.0);
      int j = 0;
      for (; j + 3 < batch; j += 4) {
        axpy4(row, g[j], aT[j], g[j + 1], aT[j + 1], g[j + 2], aT[j + 2], g[j + 3], aT[j + 3], in);
      }
      for (; j < batch; j++) {
        axpy1(row, g[j], aT[j], in);
      }
      System.arraycopy(row, 0, dw, i * in, in);
    }
  }

  /**
   * The reduction form, for narrow layers where the transpose does not pay (measured: even at
   * 16 inputs): four dot products at once for independent add chains.
   */
  private static void weightGradDots(double[][] dz, double[][] a, double[] dw, int in, int batch) {
    for (int i = 0; i < dz.length; i++) {
      double[] g = dz[i];
      int o = i * in;
      int k = 0;
      for (; k + 3 < in; k += 4) {
        double[] a0 = a[k];
        double[] a1 = a[k + 1];
        double[] a2 = a[k + 2];
        double[] a3 = a[k + 3];
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int j = 0; j < batch; j++) {
          double v = g[j];
          s0 += v * a0[j];
          s1 += v * a1[j];
          s2 += v * a2[j];
          s3 += v * a3[j];
        }
        dw[o + k] = s0;
        dw[o + k + 1] = s1;
        dw[o + k + 2] = s2;
        dw[o + k + 3] = s3;
      }
      for (; k < in; k++) {
        double[] ak = a[k];
        double s = 0;
        for (int j = 0; j < batch; j++) {
          s += g[j] * ak[j];
        }
        dw[o + k] = s;
      }
    }
  }

  /** y[:n] += c0 x0 + c1 x1 + c2 x2 + c3 x3, terms added in that order. */
  static void axpy4(double[] y, double c0, double[] x0, double c1, double[] x1, double c2,
      double[] x2, double c3, double[] x3, int n) {
    for (int j = 0; j < n; j++) {
      y[j] = Math.fma(c3, x3[j], Math.fma(c2, x2[j], Math.fma(c1, x1[j], Math.fma(c0, x0[j], y[j]))));
    }
  }

  /**
   * y0[:n] += c0 x0 + c1 x1 and y1[:n] += d0 x0 + d1 x1, terms in that order: a 2x2 register
   * block, so each load of x serves two rows (measured fastest shape; 2x3, 2x4 are not
   * vectorised by C2 and run about 2x slower than one row by four).
   */
  static void axpy22(double[] y0, double[] y1, double c0, double c1, double d0, double d1,
      double[] x0, double[] x1, int n) {
    for (int j = 0; j < n; j++) {
      double v0 = x0[j];
      double v1 = x1[j];
      y0[j] = Math.fma(c1, v1, Math.fma(c0, v0, y0[j]));
      y1[j] = Math.fma(d1, v1, Math.fma(d0, v0, y1[j]));
    }
  }

  static void axpy1(double[] y, double c, double[] x, int n) {
    for (int j = 0; j < n; j++) {
      y[j] = Math.fma(c, x[j], y[j]);
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
