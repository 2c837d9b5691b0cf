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
  /** Scratch for the weight gradient: an input activation transposed, and the rows of dw. */
  final double[][] aT;
  final double[][] dwRows;
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
    aT = new double[batch][width];
    dwRows = new double[Math.max(width, net.classes)][width];
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
      MatKernels.forward(layer.w.data, layer.b, in, z[l], layer.in, batch);
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
    MatKernels.forward(net.output.w.data, net.output.b, in, logits, net.output.in, batch);
    return Softmax.loss(this);
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
    MatKernels.inputGrad(out.w.data, dzOut, g[cur], out.in, batch, false);
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
        MatKernels.inputGrad(layer.w.data, dz, next, layer.in, batch, layer.residual);
        cur = 1 - cur;
      }
    }
  }

  private void gradients(Layer layer, double[][] dzl, double[][] in) {
    MatKernels.weightGrad(dzl, in, layer.dw.data, layer.in, batch, aT, dwRows);
    for (int r = 0; r < layer.out; r++) {
      layer.db[r] = MatKernels.rowSum(dzl[r], batch);
    }
  }
}
