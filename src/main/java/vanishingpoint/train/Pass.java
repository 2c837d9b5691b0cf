package vanishingpoint.train;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.mult.MatrixMatrixMult_DDRM;

/**
 * Preallocated buffers for forward and backward passes over batches of a fixed size.
 * Activations are stored units x batch, so every matrix product runs its inner loop along
 * the batch (long and contiguous) instead of along a 32-wide layer.
 */
final class Pass {
  final Net net;
  final int batch;
  final DMatrixRMaj x;
  final int[] labels;
  final DMatrixRMaj[] z;
  final DMatrixRMaj[] a;
  final DMatrixRMaj[] d;
  final double[][] mean;
  final double[][] invStd;
  final DMatrixRMaj logits;
  final DMatrixRMaj dz;
  final DMatrixRMaj dzOut;
  final DMatrixRMaj[] g;
  final double[] colMax;
  final double[] colSum;
  /** Filled by a measured training forward pass. */
  final double[] saturation;
  final double[] deadFraction;
  int correct;

  Pass(Net net, int batch) {
    this.net = net;
    this.batch = batch;
    int depth = net.hidden.length;
    int width = net.hidden[0].out;
    x = new DMatrixRMaj(2, batch);
    labels = new int[batch];
    z = new DMatrixRMaj[depth];
    a = new DMatrixRMaj[depth];
    d = new DMatrixRMaj[depth];
    mean = new double[depth][];
    invStd = new double[depth][];
    for (int l = 0; l < depth; l++) {
      a[l] = new DMatrixRMaj(width, batch);
      d[l] = new DMatrixRMaj(width, batch);
      z[l] = net.hidden[l].batchNorm ? new DMatrixRMaj(width, batch) : a[l];
      mean[l] = new double[width];
      invStd[l] = new double[width];
    }
    logits = new DMatrixRMaj(net.classes, batch);
    dzOut = new DMatrixRMaj(net.classes, batch);
    dz = new DMatrixRMaj(width, batch);
    g = new DMatrixRMaj[] {new DMatrixRMaj(width, batch), new DMatrixRMaj(width, batch)};
    colMax = new double[batch];
    colSum = new double[batch];
    saturation = new double[depth];
    deadFraction = new double[depth];
  }

  /**
   * Forward pass over {@link #x}. In training mode BatchNorm uses batch statistics (and
   * updates its running ones when asked); otherwise the running ones, as {@code model.eval()}.
   * Returns the mean cross-entropy against {@link #labels} and counts {@link #correct}.
   */
  double forward(boolean training, boolean updateRunning, boolean measure) {
    DMatrixRMaj in = x;
    for (int l = 0; l < net.hidden.length; l++) {
      Layer layer = net.hidden[l];
      CommonOps_DDRM.mult(layer.w, in, z[l]);
      if (layer.batchNorm) {
        if (training) {
          BatchNorm.normalize(z[l].data, batch, layer, mean[l], invStd[l], updateRunning);
        } else {
          BatchNorm.normalizeRunning(z[l].data, batch, layer);
        }
      }
      activate(l, layer, in, measure);
      in = a[l];
    }
    CommonOps_DDRM.mult(net.output.w, in, logits);
    return Softmax.loss(this);
  }

  private void activate(int l, Layer layer, DMatrixRMaj in, boolean measure) {
    int saturated = 0;
    int dead = 0;
    double[] res = layer.residual ? in.data : null;
    for (int r = 0; r < layer.out; r++) {
      double scale = layer.batchNorm ? layer.gamma[r] : 1.0;
      double shift = layer.batchNorm ? layer.beta[r] : layer.b[r];
      saturated += Kernels.activate(net.activation, z[l].data, a[l].data, d[l].data, res,
          r * batch, batch, scale, shift, measure);
      if (measure && Kernels.dead(net.activation, d[l].data, r * batch, batch)) {
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
    CommonOps_DDRM.multTransB(dzOut, a[last], out.dw);
    rowSums(dzOut, out.db);
    int cur = 0;
    MatrixMatrixMult_DDRM.multTransA_reorder(out.w, dzOut, g[cur]);
    for (int l = last; l >= 0; l--) {
      Layer layer = net.hidden[l];
      double[] gd = g[cur].data;
      double[] dd = d[l].data;
      double[] zd = dz.data;
      if (layer.batchNorm) {
        BatchNorm.backward(gd, dd, z[l].data, zd, batch, layer, invStd[l]);
      } else {
        for (int i = 0; i < zd.length; i++) {
          zd[i] = gd[i] * dd[i];
        }
      }
      DMatrixRMaj in = l == 0 ? x : a[l - 1];
      CommonOps_DDRM.multTransB(dz, in, layer.dw);
      rowSums(dz, layer.db);
      if (l > 0) {
        DMatrixRMaj next = g[1 - cur];
        if (layer.residual) {
          System.arraycopy(gd, 0, next.data, 0, gd.length);
          MatrixMatrixMult_DDRM.multAddTransA_reorder(layer.w, dz, next);
        } else {
          MatrixMatrixMult_DDRM.multTransA_reorder(layer.w, dz, next);
        }
        cur = 1 - cur;
      }
    }
  }

  private void rowSums(DMatrixRMaj m, double[] sums) {
    double[] data = m.data;
    for (int r = 0; r < m.numRows; r++) {
      double s = 0;
      int off = r * batch;
      for (int j = 0; j < batch; j++) {
        s += data[off + j];
      }
      sums[r] = s;
    }
  }
}
