package vanishingpoint.train;

/**
 * What the verdict reads of every step, in bounded memory: per step while a run has at most
 * {@link #CAPACITY} steps, then in blocks of 2, 4, 8, ... steps (adjacent blocks are merged each
 * time the arrays fill), so a ten-million-step lab run needs no more than a short one (about
 * 150 kB; a class server trains a hundred runs at once). Sums stay exact; past the capacity the
 * median update ratio is the median of the blocks' geometric means.
 */
final class StepSeries {
  static final int CAPACITY = 1 << 12;

  private double[] first = new double[256];
  private double[] output = new double[256];
  private double[] saturation = new double[256];
  /** Sum of log(update ratio) over the block's steps with a positive finite ratio, and their count. */
  private double[] logUpdate = new double[256];
  private int[] updates = new int[256];
  private int block = 1;
  private int blocks;
  private int steps;

  void add(double g1, double gOut, double sat, double update) {
    if (steps % block == 0) {
      if (blocks == CAPACITY) {
        merge();
      } else if (blocks == first.length) {
        grow();
      }
      blocks++;
    }
    int b = blocks - 1;
    first[b] += g1;
    output[b] += gOut;
    saturation[b] += sat;
    if (update > 0 && Double.isFinite(update)) {
      logUpdate[b] += Math.log(update);
      updates[b]++;
    }
    steps++;
  }

  int steps() {
    return steps;
  }

  /** Layer 1's gradient over the output's, each summed over the last {@code window} steps (block-rounded). */
  double ratio(int window) {
    int from = firstBlock(window);
    double a = 0;
    double b = 0;
    for (int i = from; i < blocks; i++) {
      a += first[i];
      b += output[i];
    }
    return a == 0 && b == 0 ? 1 : a / b;
  }

  /** The output layer's mean gradient norm over the last {@code window} steps (block-rounded). */
  double meanOutput(int window) {
    return mean(output, window);
  }

  /** The mean of the most saturated layer's fraction over the last {@code window} steps (block-rounded). */
  double saturation(int window) {
    return mean(saturation, window);
  }

  /** The mean per step of one series of block sums over the last {@code window} steps (block-rounded). */
  private double mean(double[] sums, int window) {
    int from = firstBlock(window);
    double s = 0;
    for (int i = from; i < blocks; i++) {
      s += sums[i];
    }
    int n = steps - from * block;
    return n == 0 ? 0 : s / n;
  }

  /** The median update-to-weight ratio over all steps (exact up to {@link #CAPACITY} steps). */
  double medianUpdate() {
    double[] m = new double[blocks];
    int n = 0;
    for (int i = 0; i < blocks; i++) {
      int size = i < blocks - 1 ? block : steps - (blocks - 1) * block;
      // a block whose steps mostly moved nothing (dead units, zero gradients) counts as 0
      m[n++] = 2 * updates[i] >= size && updates[i] > 0 ? Math.exp(logUpdate[i] / updates[i]) : 0;
    }
    if (n == 0) {
      return Double.NaN;
    }
    java.util.Arrays.sort(m, 0, n);
    return m[n / 2];
  }

  private int firstBlock(int window) {
    return Math.max(0, blocks - (window + block - 1) / block);
  }

  private void grow() {
    int n = first.length * 2;
    first = java.util.Arrays.copyOf(first, n);
    output = java.util.Arrays.copyOf(output, n);
    saturation = java.util.Arrays.copyOf(saturation, n);
    logUpdate = java.util.Arrays.copyOf(logUpdate, n);
    updates = java.util.Arrays.copyOf(updates, n);
  }

  private void merge() {
    for (int i = 0; i < CAPACITY / 2; i++) {
      first[i] = first[2 * i] + first[2 * i + 1];
      output[i] = output[2 * i] + output[2 * i + 1];
      saturation[i] = saturation[2 * i] + saturation[2 * i + 1];
      logUpdate[i] = logUpdate[2 * i] + logUpdate[2 * i + 1];
      updates[i] = updates[2 * i] + updates[2 * i + 1];
    }
    java.util.Arrays.fill(first, CAPACITY / 2, CAPACITY, 0);
    java.util.Arrays.fill(output, CAPACITY / 2, CAPACITY, 0);
    java.util.Arrays.fill(saturation, CAPACITY / 2, CAPACITY, 0);
    java.util.Arrays.fill(logUpdate, CAPACITY / 2, CAPACITY, 0);
    java.util.Arrays.fill(updates, CAPACITY / 2, CAPACITY, 0);
    blocks = CAPACITY / 2;
    block *= 2;
  }
}
