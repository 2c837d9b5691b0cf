package vanishingpoint.train;

/**
 * Preallocated buffers for forward and backward passes over batches of a fixed size.
 * Activations are stored units x batch, one array per unit, so every product and every
 * element-wise pass runs its inner loop along the batch (long and contiguous).
 *
 * <p>The batch is cut in two halves of samples, and each half goes through the whole network on
 * its own: nothing in a layer mixes samples except the weight gradient, which each half sums over
 * its own samples and {@link Products#addHalves} adds at the end, and BatchNorm, whose statistics
 * span the batch: there the halves meet. The cut was made for a two-thread team, removed since:
 * on the two cores this game is served from, two threads measured slower than one. The cut stays
 * because it fixes the order of the weight gradient's sums: results are the same bits as they
 * were, and every figure the lessons and tests quote from a run still holds.
 */
final class Pass {
  /** Batches below this are not cut (a half would be too short to be worth a thread). */
  private static final int MIN_CUT_BATCH = 16;
  /** Unused columns between the halves and after the second (a cache line, 64 bytes). */
  private static final int GAP = 8;

  final Net net;
  final int batch;
  /** Length of every per-sample row: the batch, plus the gaps when it is cut. */
  final int columns;
  final double[][] x;
  final int[] labels;
  final double[][][] z;
  final double[][][] a;
  final double[][][] d;
  final double[][] invStd;
  final double[][] logits;
  final double[][] dzOut;
  final double[][] dz;
  final double[][][] g;
  final double[] colMax;
  final double[] colSum;
  /** Column bounds of the halves: half h is [span[2h], span[2h + 1]). */
  final int[] span;
  private final int halves;
  /** tanh's scratch rows, one per half. */
  private final ScalarTanh[] tanh;
  /** Per half: the summed loss and number right of the last forward pass. */
  final double[] lossSum;
  final int[] correctCount;
  /** Per layer (hidden, then output), the weights' rows and columns: the products' coefficients. */
  private final double[][][] wRows;
  private final double[][][] wCols;
  /** Per layer, its input rows followed by a row of ones (the weight gradient built along units). */
  private final double[][][] inputsAndOnes;
  /** Per half and layer, that half's weight and bias gradient. */
  private final double[][][][] parts;
  /** A sample row per sample, for the transposes of the weight gradient. */
  private final double[][] transposed;
  /** Per layer, half and unit, from a measured forward pass: saturated outputs, and dead or not. */
  private final int[][][] saturated;
  private final boolean[][][] dead;
  /** Filled by a measured forward pass. */
  final double[] saturation;
  final double[] deadFraction;
  int correct;

  Pass(Net net, int batch) {
    this.net = net;
    this.batch = batch;
    int depth = net.hidden.length;
    int width = net.hidden[0].out;
    halves = batch >= MIN_CUT_BATCH ? 2 : 1;
    // the cut on a multiple of 8 samples keeps both halves on whole vectors
    int split = batch / 2 / 8 * 8;
    span = halves == 2 ? new int[] {0, split, split + GAP, batch + GAP} : new int[] {0, batch};
    columns = halves == 2 ? batch + 2 * GAP : batch;
    x = new double[2][columns];
    labels = new int[columns];
    z = new double[depth][][];
    a = new double[depth][][];
    d = new double[depth][][];
    invStd = new double[depth][width];
    // the derivative is kept between the passes only where it cannot be recomputed from the
    // output (a residual layer's output includes its input; BatchNorm's backward reads it)
    for (int l = 0; l < depth; l++) {
      Layer layer = net.hidden[l];
      a[l] = new double[width][columns];
      d[l] = keepsDerivative(layer) ? new double[width][columns] : null;
      // without BatchNorm the activation can overwrite its own pre-activation in place
      z[l] = net.hidden[l].batchNorm ? new double[width][columns] : a[l];
    }
    logits = new double[net.classes][columns];
    dzOut = new double[net.classes][columns];
    dz = new double[width][columns];
    g = new double[2][width][columns];
    colMax = new double[columns];
    colSum = new double[columns];
    tanh = new ScalarTanh[halves];
    for (int i = 0; i < tanh.length; i++) {
      tanh[i] = new ScalarTanh(columns);
    }
    lossSum = new double[halves];
    correctCount = new int[halves];
    int layers = depth + 1;
    wRows = new double[layers][][];
    wCols = new double[layers][][];
    inputsAndOnes = new double[layers][][];
    parts = new double[halves][layers][][];
    double[] ones = new double[columns];
    java.util.Arrays.fill(ones, 1.0);
    int maxUnits = 2;
    for (int l = 0; l < layers; l++) {
      Layer layer = net.layer(l);
      wRows[l] = new double[layer.out][layer.in];
      wCols[l] = new double[layer.in][layer.out];
      inputsAndOnes[l] = new double[layer.in + 1][];
      System.arraycopy(input(l), 0, inputsAndOnes[l], 0, layer.in);
      inputsAndOnes[l][layer.in] = ones;
      maxUnits = Math.max(maxUnits, Math.max(layer.in, layer.out));
    }
    // each half's buffers together, so the halves meet in memory once, not at every layer
    for (int h = 0; h < halves; h++) {
      for (int l = 0; l < layers; l++) {
        parts[h][l] = Products.partBuffer(net.layer(l).in, net.layer(l).out);
      }
    }
    transposed = new double[columns][maxUnits + 1];
    saturated = new int[depth][halves][width];
    dead = new boolean[depth][halves][width];
    saturation = new double[depth];
    deadFraction = new double[depth];
  }

  private static boolean keepsDerivative(Layer layer) {
    return layer.residual || layer.batchNorm;
  }

  /** The column that holds a sample (the second half starts after the gap). */
  int column(int sample) {
    return halves == 2 && sample >= span[1] ? sample + GAP : sample;
  }

  /** The rows a layer reads: the inputs for the first, else the previous layer's activations. */
  private double[][] input(int l) {
    return l == 0 ? x : a[l - 1];
  }

  /**
   * Forward pass over {@link #x}. In training mode BatchNorm uses batch statistics (and
   * updates its running ones when asked); otherwise the running ones, as {@code model.eval()}.
   * Returns the mean cross-entropy against {@link #labels} and counts {@link #correct}.
   */
  double forward(boolean training, boolean updateRunning, boolean measure) {
    int depth = net.hidden.length;
    for (int l = 0; l <= depth; l++) {
      Layer layer = net.layer(l);
      Products.splitWeights(layer.w.data, layer.out, layer.in, wRows[l], wCols[l]);
    }
    int from = 0;
    while (true) {
      int bn = from;
      while (bn < depth && !net.hidden[bn].batchNorm) {
        bn++;
      }
      int first = from;
      int stop = bn;
      // by halves: layers up to the next batch-normalised one, and that one's linear part
      for (int h = 0; h < halves; h++) {
        forwardHalf(first, stop, h, measure);
      }
      if (bn == depth) {
        break;
      }
      // the normalisation over the whole batch, and the activation
      Layer layer = net.hidden[bn];
      if (training) {
        BatchNorm.normalize(z[stop], span, batch, layer, invStd[stop], updateRunning, 0, layer.out);
      } else {
        BatchNorm.normalizeRunning(z[stop], span, layer, 0, layer.out);
      }
      for (int h = 0; h < halves; h++) {
        activate(stop, span[2 * h], span[2 * h + 1], 0, layer.out, h, measure, tanh[0]);
      }
      from = bn + 1;
    }
    if (measure) {
      measured();
    }
    double total = lossSum[0];
    correct = correctCount[0];
    for (int h = 1; h < halves; h++) {
      total += lossSum[h];
      correct += correctCount[h];
    }
    return total / batch;
  }

  /**
   * Layers [first, stop) on half h's samples, then the linear part of layer {@code stop}: of a
   * batch-normalised hidden layer, or of the output layer followed by the loss.
   */
  private void forwardHalf(int first, int stop, int h, boolean measure) {
    int j0 = span[2 * h];
    int j1 = span[2 * h + 1];
    for (int l = first; l < stop; l++) {
      linear(l, j0, j1);
      activate(l, j0, j1, 0, net.hidden[l].out, h, measure, tanh[h]);
    }
    linear(stop, j0, j1);
    if (stop == net.hidden.length) {
      Softmax.loss(this, j0, j1, h);
    }
  }

  private void linear(int l, int j0, int j1) {
    Layer layer = net.layer(l);
    double[][] out = l == net.hidden.length ? logits : z[l];
    Products.combine(wRows[l], input(l), 0, layer.in, out, 0, layer.out, layer.b, false, j0, j1);
  }

  /** The activation of units [r0, r1) of layer l over samples [j0, j1), counted as half h. */
  private void activate(int l, int j0, int j1, int r0, int r1, int h, boolean measure,
      ScalarTanh scratch) {
    Layer layer = net.hidden[l];
    double[][] in = input(l);
    for (int r = r0; r < r1; r++) {
      // the linear bias is already in z; BatchNorm's affine is applied here, fused
      double scale = layer.batchNorm ? layer.gamma[r] : 1.0;
      double shift = layer.batchNorm ? layer.beta[r] : 0.0;
      double[] dr = d[l] == null ? null : d[l][r];
      int s = ElementKernels.activate(net.activation, z[l][r], a[l][r], dr,
          layer.residual ? in[r] : null, j0, j1, scale, shift, measure, scratch);
      if (measure) {
        saturated[l][h][r] = s;
        dead[l][h][r] = ElementKernels.dead(net.activation, dr, a[l][r], j0, j1);
      }
    }
  }

  private void measured() {
    for (int l = 0; l < net.hidden.length; l++) {
      int units = net.hidden[l].out;
      long sat = 0;
      int deadUnits = 0;
      for (int r = 0; r < units; r++) {
        boolean all = true;
        for (int h = 0; h < halves; h++) {
          sat += saturated[l][h][r];
          all &= dead[l][h][r];
        }
        deadUnits += all ? 1 : 0;
      }
      saturation[l] = (double) sat / ((double) units * batch);
      deadFraction[l] = (double) deadUnits / units;
    }
  }

  /** Backward pass after a training forward pass: fills every layer's gradients. */
  void backward() {
    int depth = net.hidden.length;
    int top = depth;
    boolean ready = false;
    while (true) {
      // by halves, from layer `top` down to the next batch-normalised layer below it
      int bn = ready ? top - 1 : top;
      while (bn >= 0 && (bn == depth || !net.hidden[bn].batchNorm)) {
        bn--;
      }
      for (int h = 0; h < halves; h++) {
        backwardHalf(top, bn, ready, h);
      }
      if (bn < 0) {
        break;
      }
      // BatchNorm's backward spans the batch
      Layer layer = net.hidden[bn];
      BatchNorm.backward(g[bn & 1], d[bn], z[bn], dz, span, batch, layer, invStd[bn], 0, layer.out);
      top = bn;
      ready = true;
    }
    for (int l = 0; l <= depth; l++) {
      Layer layer = net.layer(l);
      Products.addHalves(parts[0][l], halves > 1 ? parts[1][l] : null, layer.in, layer.out,
          layer.dw.data, layer.db);
    }
  }

  /**
   * Half h's samples from layer {@code top} down to layer {@code stop} (exclusive; -1 for all),
   * where dL/da of {@code stop} is left in g. Layer {@code top}'s dz is already there when
   * {@code dzReady} (BatchNorm's backward made it).
   */
  private void backwardHalf(int top, int stop, boolean dzReady, int h) {
    int j0 = span[2 * h];
    int j1 = span[2 * h + 1];
    int depth = net.hidden.length;
    for (int l = top; l > stop; l--) {
      Layer layer = net.layer(l);
      double[][] dzl = l == depth ? dzOut : dz;
      if (l == depth) {
        Softmax.backward(this, j0, j1);
      } else if (!(l == top && dzReady)) {
        double[][] gl = g[l & 1];
        for (int r = 0; r < layer.out; r++) {
          if (keepsDerivative(layer)) {
            double[] gr = gl[r];
            double[] dr = d[l][r];
            double[] out = dz[r];
            for (int j = j0; j < j1; j++) {
              out[j] = gr[j] * dr[j];
            }
          } else {
            ElementKernels.backprop(net.activation, a[l][r], gl[r], dz[r], j0, j1);
          }
        }
      }
      Products.weightGradPart(dzl, input(l), inputsAndOnes[l], layer.in, layer.out, j0, j1,
          transposed, parts[h][l]);
      if (l > 0) {
        double[][] next = g[(l - 1) & 1];
        if (layer.residual) {
          // the skip path passes dL/da_out straight through to a_in
          double[][] gl = g[l & 1];
          for (int r = 0; r < layer.in; r++) {
            System.arraycopy(gl[r], j0, next[r], j0, j1 - j0);
          }
        }
        Products.combine(wCols[l], dzl, 0, layer.out, next, 0, layer.in, null, layer.residual, j0, j1);
      }
    }
  }
}
