package vanishingpoint.train;

/**
 * Preallocated buffers for forward and backward passes over batches of a fixed size.
 * Activations are stored units x batch, one array per unit, so every product and every
 * element-wise pass runs its inner loop along the batch (long and contiguous).
 */
final class Pass {
  final Net net;
  final int batch;
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
  final VecTanh tanh;
  /** Per layer (hidden, then output), the weights' rows and columns: the products' coefficients. */
  final double[][][] wRows;
  final double[][][] wCols;
  final Products.Scratch scratch;
  /** Filled by a measured forward pass. */
  final double[] saturation;
  final double[] deadFraction;
  int correct;

  Pass(Net net, int batch) {
    this.net = net;
    this.batch = batch;
    int depth = net.hidden.length;
    int width = net.hidden[0].out;
    x = new double[2][batch];
    labels = new int[batch];
    z = new double[depth][][];
    a = new double[depth][][];
    d = new double[depth][][];
    invStd = new double[depth][width];
    for (int l = 0; l < depth; l++) {
      a[l] = new double[width][batch];
      d[l] = new double[width][batch];
      // without BatchNorm the activation can overwrite its own pre-activation in place
      z[l] = net.hidden[l].batchNorm ? new double[width][batch] : a[l];
    }
    logits = new double[net.classes][batch];
    dzOut = new double[net.classes][batch];
    dz = new double[width][batch];
    g = new double[2][width][batch];
    colMax = new double[batch];
    colSum = new double[batch];
    tanh = new VecTanh(batch);
    wRows = new double[depth + 1][][];
    wCols = new double[depth + 1][][];
    for (int l = 0; l <= depth; l++) {
      Layer layer = net.layer(l);
      wRows[l] = new double[layer.out][layer.in];
      wCols[l] = new double[layer.in][layer.out];
    }
    scratch = new Products.Scratch(Math.max(Math.max(width, net.classes), 2), batch);
    saturation = new double[depth];
    deadFraction = new double[depth];
  }

  /**
   * Forward pass over {@link #x}. In training mode BatchNorm uses batch statistics (and
   * updates its running ones when asked); otherwise the running ones, as {@code model.eval()}.
   * Returns the mean cross-entropy against {@link #labels} and counts {@link #correct}.
   */
  double forward(boolean training, boolean updateRunning, boolean measure) {
    double[][] in = x;
    for (int l = 0; l < net.hidden.length; l++) {
      Layer layer = net.hidden[l];
      linear(l, layer, in, z[l]);
      if (layer.batchNorm) {
        if (training) {
          BatchNorm.normalize(z[l], batch, layer, invStd[l], updateRunning);
        } else {
          BatchNorm.normalizeRunning(z[l], batch, layer);
        }
      }
      activate(l, layer, in, measure);
      in = a[l];
    }
    linear(net.hidden.length, net.output, in, logits);
    return Softmax.loss(this);
  }

  /** z = W in + b, after taking this step's copy of W as rows and columns. */
  private void linear(int l, Layer layer, double[][] in, double[][] zl) {
    Products.splitWeights(layer.w.data, layer.out, layer.in, wRows[l], wCols[l]);
    Products.combine(wRows[l], in, layer.in, zl, layer.out, layer.b, false, batch);
  }

  private void activate(int l, Layer layer, double[][] in, boolean measure) {
    int saturated = 0;
    int dead = 0;
    for (int r = 0; r < layer.out; r++) {
      // the linear bias is already in z; BatchNorm's affine is applied here, fused
      double scale = layer.batchNorm ? layer.gamma[r] : 1.0;
      double shift = layer.batchNorm ? layer.beta[r] : 0.0;
      saturated += Kernels.activate(net.activation, z[l][r], a[l][r], d[l][r],
          layer.residual ? in[r] : null, batch, scale, shift, measure, tanh);
      if (measure && Kernels.dead(net.activation, d[l][r], batch)) {
        dead++;
      }
    }
    if (measure) {
      saturation[l] = (double) saturated / ((double) layer.out * batch);
      deadFraction[l] = (double) dead / layer.out;
    }
  }

  /** Backward pass after a training forward pass: fills every layer's gradients. */
  void backward() {
    Softmax.backward(this);
    int last = net.hidden.length - 1;
    Layer out = net.output;
    gradients(out, dzOut, a[last]);
    int cur = 0;
    Products.combine(wCols[last + 1], dzOut, out.out, g[cur], out.in, null, false, batch);
    for (int l = last; l >= 0; l--) {
      Layer layer = net.hidden[l];
      double[][] gl = g[cur];
      if (layer.batchNorm) {
        BatchNorm.backward(gl, d[l], z[l], dz, batch, layer, invStd[l]);
      } else {
        for (int r = 0; r < layer.out; r++) {
          double[] gr = gl[r];
          double[] dr = d[l][r];
          double[] out2 = dz[r];
          for (int j = 0; j < batch; j++) {
            out2[j] = gr[j] * dr[j];
          }
        }
      }
      gradients(layer, dz, l == 0 ? x : a[l - 1]);
      if (l > 0) {
        double[][] next = g[1 - cur];
        if (layer.residual) {
          // the skip path passes dL/da_out straight through to a_in
          for (int r = 0; r < layer.in; r++) {
            System.arraycopy(gl[r], 0, next[r], 0, batch);
          }
        }
        Products.combine(wCols[l], dz, layer.out, next, layer.in, null, layer.residual, batch);
        cur = 1 - cur;
      }
    }
  }

  private void gradients(Layer layer, double[][] dzl, double[][] in) {
    Products.weightGrad(dzl, in, layer.in, layer.out, batch, layer.dw.data, layer.db, scratch);
  }
}
