package vanishingpoint.train;

/** Softmax cross-entropy averaged over the batch, over (classes x batch) logits. */
final class Softmax {
  private Softmax() {}

  /**
   * Leaves the class probabilities in {@code p.dzOut} and returns the mean loss. Uses
   * log-sum-exp with the column max, so large logits do not overflow; a non-finite logit
   * yields a non-finite loss, which the caller reports.
   */
  static double loss(Pass p) {
    int n = p.batch;
    int k = p.net.classes;
    double[][] lg = p.logits;
    double[][] pr = p.dzOut;
    double[] max = p.colMax;
    double[] sum = p.colSum;
    System.arraycopy(lg[0], 0, max, 0, n);
    for (int c = 1; c < k; c++) {
      double[] l = lg[c];
      for (int j = 0; j < n; j++) {
        max[j] = Math.max(max[j], l[j]);
      }
    }
    java.util.Arrays.fill(sum, 0, n, 0.0);
    for (int c = 0; c < k; c++) {
      double[] l = lg[c];
      double[] e = pr[c];
      for (int j = 0; j < n; j++) {
        e[j] = Math.exp(l[j] - max[j]);
        sum[j] += e[j];
      }
    }
    double total = 0;
    int correct = 0;
    for (int j = 0; j < n; j++) {
      int y = p.labels[j];
      total += Math.log(sum[j]) - (lg[y][j] - max[j]);
      // the true class counts only if it is the first maximal logit, as argmax would say
      int best = 0;
      for (int c = 1; c < k; c++) {
        if (lg[c][j] > lg[best][j]) {
          best = c;
        }
      }
      correct += best == y ? 1 : 0;
    }
    for (int c = 0; c < k; c++) {
      double[] e = pr[c];
      for (int j = 0; j < n; j++) {
        e[j] /= sum[j];
      }
    }
    p.correct = correct;
    return total / n;
  }

  /** Turns the probabilities in {@code dzOut} into dL/dlogits = (p - onehot) / batch. */
  static void backward(Pass p) {
    int n = p.batch;
    double inv = 1.0 / n;
    for (double[] e : p.dzOut) {
      for (int j = 0; j < n; j++) {
        e[j] *= inv;
      }
    }
    for (int j = 0; j < n; j++) {
      p.dzOut[p.labels[j]][j] -= inv;
    }
  }
}
