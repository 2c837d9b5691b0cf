package vanishingpoint.train;

/**
 * BatchNorm1d over one layer's pre-activations (one array per unit), in place, with PyTorch's
 * semantics, for units [r0, r1). A batch's samples lie in the column spans [span[0], span[1]),
 * [span[2], span[3]), ... (see {@link Pass}); sums run over them in sample order.
 */
final class BatchNorm {
  private BatchNorm() {}

  /** Training mode: normalises each unit with its batch mean and biased variance. */
  static void normalize(double[][] z, int[] span, int batch, Layer layer, double[] invStd,
      boolean updateRunning, int r0, int r1) {
    for (int r = r0; r < r1; r++) {
      double[] zr = z[r];
      double sum = 0;
      for (int s = 0; s < span.length; s += 2) {
        for (int j = span[s]; j < span[s + 1]; j++) {
          sum += zr[j];
        }
      }
      double mu = sum / batch;
      // two passes rather than E[z^2] - mu^2, which cancels badly when |mu| >> std
      double sq = 0;
      for (int s = 0; s < span.length; s += 2) {
        for (int j = span[s]; j < span[s + 1]; j++) {
          double c = zr[j] - mu;
          sq += c * c;
        }
      }
      double var = sq / batch;
      double inv = 1.0 / Math.sqrt(var + Layer.BN_EPS);
      for (int s = 0; s < span.length; s += 2) {
        for (int j = span[s]; j < span[s + 1]; j++) {
          zr[j] = (zr[j] - mu) * inv;
        }
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
  static void normalizeRunning(double[][] z, int[] span, Layer layer, int r0, int r1) {
    for (int r = r0; r < r1; r++) {
      double[] zr = z[r];
      double mu = layer.runMean[r];
      double inv = 1.0 / Math.sqrt(layer.runVar[r] + Layer.BN_EPS);
      for (int s = 0; s < span.length; s += 2) {
        for (int j = span[s]; j < span[s + 1]; j++) {
          zr[j] = (zr[j] - mu) * inv;
        }
      }
    }
  }

  /**
   * Given dL/da (g), the activation derivative (d) and the normalised values (xhat),
   * writes dL/dz into dz and fills the layer's gamma and beta gradients.
   */
  static void backward(double[][] g, double[][] d, double[][] xhat, double[][] dz, int[] span,
      int batch, Layer layer, double[] invStd, int r0, int r1) {
    for (int r = r0; r < r1; r++) {
      double[] gr = g[r];
      double[] dr = d[r];
      double[] xr = xhat[r];
      double[] out = dz[r];
      double sumDy = 0;
      double sumDyX = 0;
      for (int s = 0; s < span.length; s += 2) {
        for (int j = span[s]; j < span[s + 1]; j++) {
          double dy = gr[j] * dr[j];
          out[j] = dy;
          sumDy += dy;
          sumDyX += dy * xr[j];
        }
      }
      layer.dbeta[r] = sumDy;
      layer.dgamma[r] = sumDyX;
      double k = layer.gamma[r] * invStd[r] / batch;
      for (int s = 0; s < span.length; s += 2) {
        for (int j = span[s]; j < span[s + 1]; j++) {
          out[j] = k * (batch * out[j] - sumDy - xr[j] * sumDyX);
        }
      }
    }
  }
}
