package vanishingpoint.train;

/** BatchNorm1d over one layer's (units x batch) pre-activations, in place, with PyTorch's semantics. */
final class BatchNorm {
  private BatchNorm() {}

  /** Training mode: adds the linear bias, normalises with the batch mean and biased variance. */
  static void normalize(double[] z, int batch, Layer layer, double[] mean, double[] invStd,
      boolean updateRunning) {
    for (int r = 0; r < layer.out; r++) {
      int off = r * batch;
      double bias = layer.b[r];
      double sum = 0;
      for (int j = off; j < off + batch; j++) {
        double v = z[j] + bias;
        z[j] = v;
        sum += v;
      }
      double mu = sum / batch;
      // two passes rather than E[z^2] - mu^2, which cancels badly when |mu| >> std
      double sq = 0;
      for (int j = off; j < off + batch; j++) {
        double c = z[j] - mu;
        sq += c * c;
      }
      double var = sq / batch;
      double inv = 1.0 / Math.sqrt(var + Layer.BN_EPS);
      for (int j = off; j < off + batch; j++) {
        z[j] = (z[j] - mu) * inv;
      }
      mean[r] = mu;
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
  static void normalizeRunning(double[] z, int batch, Layer layer) {
    for (int r = 0; r < layer.out; r++) {
      int off = r * batch;
      double shift = layer.b[r] - layer.runMean[r];
      double inv = 1.0 / Math.sqrt(layer.runVar[r] + Layer.BN_EPS);
      for (int j = off; j < off + batch; j++) {
        z[j] = (z[j] + shift) * inv;
      }
    }
  }

  /**
   * Given dL/da (g), the activation derivative (d) and the normalised values (xhat),
   * writes dL/dz into dz and fills the layer's gamma and beta gradients.
   */
  static void backward(double[] g, double[] d, double[] xhat, double[] dz, int batch, Layer layer,
      double[] invStd) {
    for (int r = 0; r < layer.out; r++) {
      int off = r * batch;
      double sumDy = 0;
      double sumDyX = 0;
      for (int j = off; j < off + batch; j++) {
        double dy = g[j] * d[j];
        dz[j] = dy;
        sumDy += dy;
        sumDyX += dy * xhat[j];
      }
      layer.dbeta[r] = sumDy;
      layer.dgamma[r] = sumDyX;
      double k = layer.gamma[r] * invStd[r] / batch;
      for (int j = off; j < off + batch; j++) {
        dz[j] = k * (batch * dz[j] - sumDy - xhat[j] * sumDyX);
      }
    }
  }
}
