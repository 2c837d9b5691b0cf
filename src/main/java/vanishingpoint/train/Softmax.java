package vanishingpoint.train;

/** Softmax cross-entropy over (classes x batch) logits, for the samples [j0, j1) of a pass. */
final class Softmax {
  private Softmax() {}

  /**
   * Leaves the class probabilities of samples [j0, j1) in {@code p.dzOut} and stores in
   * {@code half} of {@code p.lossSum} and {@code p.correctCount} the summed cross-entropy and the
   * number right. Uses log-sum-exp with the column max, so large logits do not overflow; a
   * non-finite logit yields a non-finite loss, which the caller reports.
   */
  static void loss(Pass p, int j0, int j1, int half) {
    int k = p.net.classes;
    double[][] lg = p.logits;
    double[][] pr = p.dzOut;
    double[] max = p.colMax;
    double[] sum = p.colSum;
    System.arraycopy(lg[0], j0, max, j0, j1 - j0);
    for (int c = 1; c < k; c++) {
      double[] l = lg[c];
      for (int j = j0; j < j1; j++) {
        max[j] = Math.max(max[j], l[j]);
      }
    }
    java.util.Arrays.fill(sum, j0, j1, 0.0);
    for (int c = 0; c < k; c++) {
      double[] l = lg[c];
      double[] e = pr[c];
      for (int j = j0; j < j1; j++) {
        e[j] = Math.exp(l[j] - max[j]);
        sum[j] += e[j];
      }
    }
    double total = 0;
    int correct = 0;
    for (int j = j0; j < j1; j++) {
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
      for (int j = j0; j < j1; j++) {
        e[j] /= sum[j];
      }
    }
    p.lossSum[half] = total;
    p.correctCount[half] = correct;
  }

  /** Turns the probabilities of samples [j0, j1) in {@code dzOut} into dL/dlogits = (p - onehot) / batch. */
  static void backward(Pass p, int j0, int j1) {
    double inv = 1.0 / p.batch;
    for (double[] e : p.dzOut) {
      for (int j = j0; j < j1; j++) {
        e[j] *= inv;
      }
    }
    for (int j = j0; j < j1; j++) {
      p.dzOut[p.labels[j]][j] -= inv;
    }
  }
}
