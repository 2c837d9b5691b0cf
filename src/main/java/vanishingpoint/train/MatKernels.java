package vanishingpoint.train;

/**
 * The three matrix products of a dense layer over (units x batch) activations held as one
 * array per unit. Separate row arrays matter: HotSpot's auto-vectoriser gives up on a flat
 * array indexed at two different offsets (it cannot rule out overlap), which is what EJML's
 * row-major loops do.
 *
 * <p>Every inner loop is an element-wise multiply-add over long rows, the only shape C2 (JDK 17)
 * turns into AVX-512 code. Such loops are bound by loads and stores, not arithmetic, so each
 * pass folds four source rows into the destination at once (one load and store of the
 * destination per four fused multiply-adds). Four, not eight: a bigger loop body exceeds C2's
 * unrolling limit and is then not vectorised at all (measured: 2.5x slower). Math.fma keeps one
 * rounding per term and is what C2 vectorises as vfmadd; the order of additions is fixed, so
 * results are the same on every run.
 */
final class MatKernels {
  /** Narrower layers take the dot-product weight gradient. */
  static final int TRANSPOSE_MIN_IN = 32;

  private MatKernels() {}

  /** z[i][:] = sum_k w[i,k] a[k][:] + bias[i]; w is row-major out x in. */
  static void forward(double[] w, double[] bias, double[][] a, double[][] z, int in, int batch) {
    for (int i = 0; i < z.length; i++) {
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
    for (int k = 0; k < in; k++) {
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
   * built as a sum of those rows scaled by dz[i][j], four at a time, vectorised along k.
   */
  static void weightGrad(double[][] dz, double[][] a, double[] dw, int in, int batch,
      double[][] aT, double[] row) {
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
    for (int i = 0; i < dz.length; i++) {
      double[] g = dz[i];
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
