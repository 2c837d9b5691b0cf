package vanishingpoint.train;

/**
 * An estimate, before anything is allocated, of the heap a {@link Trainer} needs: weights and
 * their gradients (and the passes' two copies of the weights), the optimiser's state,
 * activations, derivatives and gradients per layer for a batch, BatchNorm's buffers, the dataset,
 * and, when training on mini-batches, the evaluation pass. Eight bytes per double plus each row
 * array's header; it follows the allocations of {@link Net}, {@link Pass}, {@link Updater} and
 * {@link Trainer}, so a change there should be reflected here.
 */
public final class Footprint {
  /** Bytes of an array's header (mark word, class pointer, length), rounded to eight. */
  private static final double ARRAY_HEADER = 16;
  /** Mirrors {@code Pass.MIN_CUT_BATCH} and {@code Pass.GAP}. */
  private static final int MIN_CUT_BATCH = 16;
  private static final int GAP = 8;
  /** Mirrors {@code Trainer.EVAL_CHUNK}. */
  private static final int EVAL_CHUNK = 1024;

  private Footprint() {}

  /** Estimated bytes of heap for training {@code c}. */
  public static double bytes(TrainConfig c) {
    double w = c.width();
    double depth = c.depth();
    double k = c.data().classes();
    // weights and biases, layer by layer: 2 -> w, (depth - 1) x w -> w, w -> k
    double weights = 2 * w + (depth - 1) * w * w + w * k;
    double biases = depth * w + k;
    double bn = c.batchNorm() ? depth * w : 0;
    double params = weights + biases + 2 * bn;
    double rows = 0;
    // Net: parameters and gradients; BatchNorm also keeps running mean and variance
    double doubles = 2 * params + 2 * bn;
    rows += 4 * (depth + 1) + (c.batchNorm() ? 6 * depth : 0);
    // Updater: momentum buffers, squared averages, one row of deltas
    Optimizer o = c.optimizer();
    int states = o == Optimizer.ADAM ? 2 : o == Optimizer.SGD ? 0 : 1;
    doubles += states * params + Math.max(w * w, 2 * w);
    // the dataset (x and y doubles, int labels) and the batch order (ints)
    double points = c.points();
    doubles += 2 * points + points;
    double total = 8 * doubles + ARRAY_HEADER * rows;
    total += pass(c, c.effectiveBatch());
    if (c.effectiveBatch() < c.points()) {
      // a mini-batch that reaches the target is confirmed on the whole dataset, in chunks
      total += pass(c, EVAL_CHUNK);
    }
    return total;
  }

  /** Bytes of one {@link Pass} over batches of {@code batch}. */
  private static double pass(TrainConfig c, int batch) {
    double w = c.width();
    double depth = c.depth();
    double k = c.data().classes();
    int halves = batch >= MIN_CUT_BATCH ? 2 : 1;
    double cols = halves == 2 ? batch + 2.0 * GAP : batch;
    // units x columns rows per hidden layer: the activation, the kept derivative (BatchNorm or
    // residual layers), the pre-activation (BatchNorm)
    double perLayer = 1 + (c.batchNorm() || c.residual() ? 1 : 0) + (c.batchNorm() ? 1 : 0);
    double unitRows = depth * w * perLayer
        + 3 * w // dz and the two gradient rows
        + 2 * k // logits and their gradient
        + 2 + 3; // inputs, labels, column max and sum, the bias's ones
    unitRows += 4.0 * halves; // tanh's scratch
    double doubles = unitRows * cols;
    double rows = unitRows;
    // the weights' rows and columns (two copies), and each half's weight gradient
    double weights = 2 * w + (depth - 1) * w * w + w * k;
    doubles += 2 * weights + halves * (weights + depth * w + k);
    rows += 2 * (w * (depth + 1) + 2 + (depth - 1) * w + k) + halves * (depth + 1) * w;
    // a sample row per column for the transposes
    double maxUnits = Math.max(2, Math.max(w, k));
    doubles += cols * (maxUnits + 1);
    rows += cols;
    return 8 * doubles + ARRAY_HEADER * rows;
  }

  /** Bytes for people: "850 MB", "3.2 GB" (binary units, as the JVM's -Xmx). */
  public static String describe(double bytes) {
    double mb = bytes / (1024.0 * 1024);
    if (mb >= 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f GB", mb / 1024);
    }
    return String.format(java.util.Locale.ROOT, "%.0f MB", Math.max(1, mb));
  }
}
