package vanishingpoint.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The linear algebra of the weights, done by EJML: singular values (SVD) and the orthogonal
 * initialisation (QR). A layer multiplies any vector's length by a factor between its smallest
 * and its largest singular value, on the way forward (W) and on the way back (W^T) alike; a stack
 * of layers by at most the product of their largest ones. That product is why depth makes
 * gradients vanish or explode.
 */
public final class Spectrum {
  private Spectrum() {}

  /**
   * The singular values of every layer's weights and of the backward product.
   *
   * @param layers   per layer (hidden layers, then the output layer), its singular values,
   *                 largest first
   * @param backward the singular values of (W_out W_depth ... W_2)^T, largest first: what the
   *                 weights alone do to the gradient between the logits and layer 1 (the
   *                 activations' slopes multiply it further)
   * @param bound    the product of the largest singular values of those layers: the most they
   *                 can stretch a gradient (the product's largest singular value never exceeds it)
   */
  public record Gains(List<double[]> layers, double[] backward, double bound) {

    /** Each layer's largest singular value: its gain. */
    public double[] largest() {
      return layers.stream().mapToDouble(s -> s[0]).toArray();
    }

    /** Each layer's smallest singular value (of the min(in, out) it has). */
    public double[] smallest() {
      return layers.stream().mapToDouble(s -> s[s.length - 1]).toArray();
    }

    /** The backward product's largest singular value. */
    public double backwardLargest() {
      return backward[0];
    }

    /** The backward product's smallest singular value (of the min(classes, width) it has). */
    public double backwardSmallest() {
      return backward[backward.length - 1];
    }
  }

  /** Singular values of a row-major (rows x cols) matrix, largest first (min(rows, cols) of them). */
  public static double[] singularValues(DMatrixRMaj m) {
    SingularValueDecomposition_F64<DMatrixRMaj> svd =
        DecompositionFactory_DDRM.svd(m.numRows, m.numCols, false, false, true);
    if (!svd.decompose(m.copy())) {
      double[] nan = new double[Math.min(m.numRows, m.numCols)];
      Arrays.fill(nan, Double.NaN);
      return nan;
    }
    double[] s = Arrays.copyOf(svd.getSingularValues(), svd.numberOfSingularValues());
    Arrays.sort(s);
    for (int i = 0; i < s.length / 2; i++) {
      double t = s[i];
      s[i] = s[s.length - 1 - i];
      s[s.length - 1 - i] = t;
    }
    return s;
  }

  /** The gains of a network's layers as they stand. */
  static Gains of(Net net) {
    List<double[]> layers = new ArrayList<>();
    boolean finite = true;
    for (int l = 0; l < net.layerCount(); l++) {
      DMatrixRMaj w = net.layer(l).w;
      boolean ok = allFinite(w.data);
      finite &= ok;
      layers.add(ok ? singularValues(w) : nan(Math.min(w.numRows, w.numCols)));
    }
    // the product W_out W_depth ... W_2, built from the top down
    DMatrixRMaj p = net.layer(net.layerCount() - 1).w.copy();
    double bound = layers.get(net.layerCount() - 1)[0];
    for (int l = net.layerCount() - 2; l >= 1; l--) {
      DMatrixRMaj next = new DMatrixRMaj(p.numRows, net.layer(l).in);
      CommonOps_DDRM.mult(p, net.layer(l).w, next);
      p = next;
      bound *= layers.get(l)[0];
    }
    double[] backward = finite && allFinite(p.data) ? singularValues(p) : nan(Math.min(p.numRows, p.numCols));
    return new Gains(layers, backward, bound);
  }

  /**
   * Fills {@code w} (rows x cols) as PyTorch's {@code orthogonal_(w, gain)}: a Gaussian matrix
   * (transposed when it is wide), its QR decomposition's Q with each column's sign made that of
   * R's diagonal (so Q is uniformly distributed), transposed back, times the gain. Its rows (if
   * it is wide) or columns (if tall) are orthonormal, so all min(rows, cols) singular values
   * equal the gain.
   */
  static void orthogonal(int rows, int cols, double gain, SplittableRandom rnd, DMatrixRMaj w) {
    DMatrixRMaj a = new DMatrixRMaj(rows, cols);
    for (int i = 0; i < a.data.length; i++) {
      a.data[i] = Datasets.gauss(rnd);
    }
    boolean wide = rows < cols;
    DMatrixRMaj tall = wide ? CommonOps_DDRM.transpose(a, null) : a;
    QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(tall.numRows, tall.numCols);
    if (!qr.decompose(tall.copy())) {
      throw new IllegalStateException("QR decomposition failed");
    }
    DMatrixRMaj q = qr.getQ(null, true);
    DMatrixRMaj r = qr.getR(null, true);
    for (int c = 0; c < q.numCols; c++) {
      double sign = Math.signum(r.get(c, c));
      for (int i = 0; i < q.numRows; i++) {
        q.set(i, c, q.get(i, c) * sign * gain);
      }
    }
    w.setTo(wide ? CommonOps_DDRM.transpose(q, null) : q);
  }

  private static boolean allFinite(double[] d) {
    for (double v : d) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }

  private static double[] nan(int n) {
    double[] x = new double[n];
    Arrays.fill(x, Double.NaN);
    return x;
  }
}
