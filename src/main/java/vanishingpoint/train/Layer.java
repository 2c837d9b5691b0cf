package vanishingpoint.train;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** Parameters, gradients and BatchNorm running statistics of one linear layer ({@code z = W a + b}). */
final class Layer {
  static final double BN_EPS = 1e-5;
  static final double BN_MOMENTUM = 0.1;

  final int in;
  final int out;
  final boolean batchNorm;
  final boolean residual;
  final DMatrixRMaj w;
  final DMatrixRMaj dw;
  final double[] b;
  final double[] db;
  final double[] gamma;
  final double[] beta;
  final double[] dgamma;
  final double[] dbeta;
  final double[] runMean;
  final double[] runVar;

  Layer(int in, int out, boolean batchNorm, boolean residual) {
    this.in = in;
    this.out = out;
    this.batchNorm = batchNorm;
    this.residual = residual;
    w = new DMatrixRMaj(out, in);
    dw = new DMatrixRMaj(out, in);
    b = new double[out];
    db = new double[out];
    int n = batchNorm ? out : 0;
    gamma = new double[n];
    beta = new double[n];
    dgamma = new double[n];
    dbeta = new double[n];
    runMean = new double[n];
    runVar = new double[n];
    java.util.Arrays.fill(gamma, 1.0);
    java.util.Arrays.fill(runVar, 1.0);
  }

  void initWeights(Init init, Activation act, SplittableRandom rnd) {
    if (init.kind() == Init.Kind.ORTHOGONAL) {
      Spectrum.orthogonal(out, in, Init.gain(act), rnd, w);
      return;
    }
    double s = init.spread(in, out);
    double[] d = w.data;
    for (int i = 0; i < d.length; i++) {
      switch (init.kind()) {
        case ZEROS: d[i] = 0; break;
        case XAVIER: d[i] = s * (2 * rnd.nextDouble() - 1); break;
        default: d[i] = s * Datasets.gauss(rnd);
      }
    }
  }

  /** Parameter tensors in a fixed order (weight, bias, gamma, beta), paired with their gradients. */
  double[][] params() {
    return batchNorm ? new double[][] {w.data, b, gamma, beta} : new double[][] {w.data, b};
  }

  double[][] grads() {
    return batchNorm ? new double[][] {dw.data, db, dgamma, dbeta} : new double[][] {dw.data, db};
  }
}
