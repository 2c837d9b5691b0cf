package vanishingpoint.train;

/** Softmax cross-entropy averaged over the batch, over (classes x batch) logits. */
final class Softmax {
  private Softmax() {}

  /**
   * Adds the output bias, leaves the class probabilities in {@code pass.dzOut} and returns the
   * mean loss. Uses log-sum-exp with the column max, so large logits do not overflow; a
   * non-finite logit yields a non-finite loss, which the caller reports.
   */
  static double loss(Pass p) {
    int n = p.batch;
    int k = p.net.classes;
    double[] lg = p.logits.data;
    double[] pr = p.dzOut.data;
    double[] bias = p.net.output.b;
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < n; j++) {
        lg[c * n + j] += bias[c];
      }
    }
    System.arraycopy(lg, 0, p.colMax, 0, n);
    for (int c = 1; c < k; c++) {
      for (int j = 0; j < n; j++) {
        p.colMax[j] = Math.max(p.colMax[j], lg[c * n + j]);
      }
    }
    java.util.Arrays.fill(p.colSum, 0, n, 0.0);
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < n; j++) {
        double e = Math.exp(lg[c * n + j] - p.colMax[j]);
        pr[c * n + j] = e;
        p.colSum[j] += e;
      }
    }
    double total = 0;
    int correct = 0;
    for (int j = 0; j < n; j++) {
      int y = p.labels[j];
      total += Math.log(p.colSum[j]) - (lg[y * n + j] - p.colMax[j]);
      // the true class wins only if it is the first maximal logit, as argmax would say
      int best = 0;
      for (int c = 1; c < k; c++) {
        if (lg[c * n + j] > lg[best * n + j]) {
          best = c;
        }
      }
      correct += best == y ? 1 : 0;
      double inv = 1.0 / p.colSum[j];
      for (int c = 0; c < k; c++) {
        pr[c * n + j] *= inv;
      }
    }
    p.correct = correct;
    return total / n;
  }

  /** Turns the probabilities in {@code dzOut} into dL/dlogits = (p - onehot) / batch. */
  static void backward(Pass p) {
    int n = p.batch;
    double[] pr = p.dzOut.data;
    double inv = 1.0 / n;
    for (int i = 0; i < pr.length; i++) {
      pr[i] *= inv;
    }
    for (int j = 0; j < n; j++) {
      pr[p.labels[j] * n + j] -= inv;
    }
  }
}
