package vanishingpoint.train;

/**
 * The engine's hot loops, the only code that has two implementations: {@link #PLAIN} loops that
 * C2 auto-vectorises, and the Vector API's ({@link VectorRowKernels}), which compute every element
 * with the same operations in the same order (same bits, SimdParityTest) and only faster.
 * {@link Simd#kernels} says which one to call; nothing else in the engine knows there are two.
 */
interface RowKernels {

  /** {@link Products#combine}: dst[r][j] = start + sum over t of coef[r][t] * src[t][j], terms in order of t. */
  void combine(double[][] coef, double[][] src, int t0, int t1, double[][] dst, int r0, int r1, double[] bias,
      boolean accumulate, int j0, int j1);

  /** For j in [j0, j1): y = scale z[j] + shift; a[j] = tanh(y); d[j] = 1 - a[j]^2 unless d is null. */
  void tanh(double[] z, double[] a, double[] d, int j0, int j1, double scale, double shift, ScalarTanh scratch);

  /** For j in [j0, j1): y = scale z[j] + shift; a[j] = y < 0 ? 0 : y (NaN passes); d[j] = y > 0 ? 1 : 0. */
  void relu(double[] z, double[] a, double[] d, int j0, int j1, double scale, double shift);

  /** For j in [j0, j1): dz[j] = g[j] * (a[j] > 0 ? 1 : 0), a product so that signs of zero match. */
  void reluBackprop(double[] a, double[] g, double[] dz, int j0, int j1);

  /** Plain Java loops, for every JVM. */
  RowKernels PLAIN = new RowKernels() {
    @Override
    public void combine(double[][] coef, double[][] src, int t0, int t1, double[][] dst, int r0, int r1,
        double[] bias, boolean accumulate, int j0, int j1) {
      ScalarCombine.combine(coef, src, t0, t1, dst, r0, r1, bias, accumulate, j0, j1);
    }

    @Override
    public void tanh(double[] z, double[] a, double[] d, int j0, int j1, double scale, double shift,
        ScalarTanh scratch) {
      scratch.apply(z, a, d, j0, j1, scale, shift);
    }

    @Override
    public void relu(double[] z, double[] a, double[] d, int j0, int j1, double scale, double shift) {
      for (int j = j0; j < j1; j++) {
        double y = scale * z[j] + shift;
        // y < 0 rather than y <= 0 so that NaN passes through, as in PyTorch
        a[j] = y < 0 ? 0.0 : y;
        if (d != null) {
          d[j] = y > 0 ? 1.0 : 0.0;
        }
      }
    }

    @Override
    public void reluBackprop(double[] a, double[] g, double[] dz, int j0, int j1) {
      for (int j = j0; j < j1; j++) {
        // a > 0 exactly when y > 0, NaN included
        dz[j] = g[j] * (a[j] > 0 ? 1.0 : 0.0);
      }
    }
  };
}
