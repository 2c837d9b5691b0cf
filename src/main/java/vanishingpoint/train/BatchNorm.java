package vanishingpoint.train;

/** BatchNorm1d over one layer's pre-activations (one array per unit), in place, with PyTorch's semantics. */
final class BatchNorm {
  private BatchNorm() {}

  /** Training mode: normalises each unit with its batch mean and biased variance. */
  static void normalize(double[][] z, int batch, Layer layer, double[] invStd, boolean updateRunning) {
    for (int r = 0; r < layer.out; r++) {
      double[] zr = z[r];
      double mu = Products.rowSum(zr, batch) / batch;
      // two passes rather than E[z^2] - mu^2, which cancels badly when |mu| >> std
      double sq = 0;
      for (int j = 0; j < batch; j++) {
        double c = zr[j] - mu;
        sq += c * c;
      }
      double var = sq / batch;
      double inv = 1.0 / Math.sqrt(var + Layer.BN_EPS);
      for (int j = 0; j < batch; j++) {
        zr[j] = (zr[j] - mu) * inv;
      }
      invStd[r] = inv;
      if (updateRunning) {
        // PyTorch keeps the unbiased variance in its running estimate
        double unbiased = batch > 1 ? sq / (batch - 1) : var;
        layer.runMean[r] = (1 - Layer.BN_MOMENTUM) * layer.runMean[r] + Layer.BN_MOMENTUM * mu;
        layer.runVar[r] = (1 - Layer.BN_MOMENTUM) * layer.runVar[r] + Layer.BN_MOMENTUM * unbiased;
      }
    }
  }

  /** Evaluation mode: normalises with the running statistics. */
  static void normalizeRunning(double[][] z, int batch, Layer layer) {
    for (int r = 0; r < layer.out; r++) {
      double[] zr = z[r];
      double mu = layer.runMean[r];
      double inv = 1.0 / Math.sqrt(layer.runVar[r] + Layer.BN_EPS);
      for (int j = 0; j < batch; j++) {
        zr[j] = (zr[j] - mu) * inv;
      }
    }
  }

  /**
   * Given dL/da (g), the activation derivative (d) and the normalised values (xhat),
   * writes dL/dz into dz and fills the layer's gamma and beta gradients.
   */
  static void backward(double[][] g, double[][] d, double[][] xhat, double[][] dz, int batch,
      Layer layer, double[] invStd) {
    for (int r = 0; r < layer.out; r++) {
      double[] gr = g[r];
      double[] dr = d[r];
      double[] xr = xhat[r];
      double[] out = dz[r];
      double sumDy = 0;
      double sumDyX = 0;
      for (int j = 0; j < batch; j++) {
        double dy = gr[j] * dr[j];
        out[j] = dy;
        sumDy += dy;
        sumDyX += dy * xr[j];
      }
      layer.dbeta[r] = sumDy;
      layer.dgamma[r] = sumDyX;
      double k = layer.gamma[r] * invStd[r] / batch;
      for (int j = 0; j < batch; j++) {
        out[j] = k * (batch * out[j] - sumDy - xr[j] * sumDyX);
      }
    }
  }
}
