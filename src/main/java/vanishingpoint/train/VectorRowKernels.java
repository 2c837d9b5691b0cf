package vanishingpoint.train;

/** {@link RowKernels} on the Vector API. Only loaded when {@link Simd#VECTOR} is true. */
final class VectorRowKernels implements RowKernels {

  @Override
  public void combine(double[][] coef, double[][] src, int t0, int t1, double[][] dst, int r0, int r1,
      double[] bias, boolean accumulate, int j0, int j1) {
    VectorCombine.combine(coef, src, t0, t1, dst, r0, r1, bias, accumulate, j0, j1);
  }

  @Override
  public void tanh(double[] z, double[] a, double[] d, int j0, int j1, double scale, double shift,
      ScalarTanh scratch) {
    VectorTanh.apply(z, a, d, j0, j1, scale, shift, scratch);
  }

  @Override
  public void relu(double[] z, double[] a, double[] d, int j0, int j1, double scale, double shift) {
    VectorRelu.apply(z, a, d, j0, j1, scale, shift);
  }

  @Override
  public void reluBackprop(double[] a, double[] g, double[] dz, int j0, int j1) {
    VectorRelu.backprop(a, g, dz, j0, j1);
  }
}
