package vanishingpoint.train;

/**
 * Fused element-wise loops over one row of a (units x batch) matrix. The activation is chosen
 * outside the loop so each inner loop is a straight pass the JIT can keep tight.
 */
final class ElementKernels {
  /** Sigmoid outputs below this or above 1 minus this count as saturated (derivative under 0.01). */
  static final double SIGMOID_SATURATED = 0.01;
  /** Tanh outputs with magnitude above this count as saturated (derivative under 0.02). */
  static final double TANH_SATURATED = 0.99;

  private ElementKernels() {}

  /**
   * For j in [j0, j1): y = scale * z[j] + shift; a[j] = act(y) (+ res[j]); d[j] = act'(y), unless
   * d is null (layers whose derivative {@link #backprop} recomputes from the output).
   * Returns the number of saturated outputs when counting, else 0.
   */
  static int activate(Activation act, double[] z, double[] a, double[] d, double[] res,
      int j0, int j1, double scale, double shift, boolean count, ScalarTanh tanh) {
    int end = j1;
    switch (act) {
      case SIGMOID:
        for (int j = j0; j < end; j++) {
          double h = 1.0 / (1.0 + Math.exp(-(scale * z[j] + shift)));
          a[j] = h;
          if (d != null) {
            d[j] = h * (1.0 - h);
          }
        }
        break;
      case TANH:
        Simd.kernels().tanh(z, a, d, j0, end, scale, shift, tanh);
        break;
      case RELU:
        Simd.kernels().relu(z, a, d, j0, end, scale, shift);
        break;
      case LEAKY_RELU:
        for (int j = j0; j < end; j++) {
          double y = scale * z[j] + shift;
          a[j] = y > 0 ? y : Activation.LEAK * y;
          if (d != null) {
            d[j] = y > 0 ? 1.0 : Activation.LEAK;
          }
        }
        break;
      default:
        for (int j = j0; j < end; j++) {
          a[j] = scale * z[j] + shift;
          if (d != null) {
            d[j] = 1.0;
          }
        }
    }
    int saturated = count ? countSaturated(act, a, j0, end) : 0;
    if (res != null) {
      for (int j = j0; j < end; j++) {
        a[j] += res[j];
      }
    }
    return saturated;
  }

  /**
   * For j in [j0, j1): dz[j] = g[j] * act'(y), the derivative recomputed from the output
   * a = act(y), as {@link #activate} computed it (so the same bits): layers whose output is just
   * the activation need not keep the derivative between the passes.
   */
  static void backprop(Activation act, double[] a, double[] g, double[] dz, int j0, int j1) {
    switch (act) {
      case SIGMOID:
        for (int j = j0; j < j1; j++) {
          double h = a[j];
          dz[j] = g[j] * (h * (1.0 - h));
        }
        break;
      case TANH:
        for (int j = j0; j < j1; j++) {
          dz[j] = g[j] * (1.0 - a[j] * a[j]);
        }
        break;
      case RELU:
        Simd.kernels().reluBackprop(a, g, dz, j0, j1);
        break;
      case LEAKY_RELU:
        for (int j = j0; j < j1; j++) {
          dz[j] = g[j] * (a[j] > 0 ? 1.0 : Activation.LEAK);
        }
        break;
      default:
        for (int j = j0; j < j1; j++) {
          dz[j] = g[j] * 1.0;
        }
    }
  }

  private static int countSaturated(Activation act, double[] a, int j0, int end) {
    int s = 0;
    if (act == Activation.SIGMOID) {
      for (int j = j0; j < end; j++) {
        s += a[j] < SIGMOID_SATURATED || a[j] > 1 - SIGMOID_SATURATED ? 1 : 0;
      }
    } else if (act == Activation.TANH) {
      for (int j = j0; j < end; j++) {
        s += Math.abs(a[j]) > TANH_SATURATED ? 1 : 0;
      }
    }
    return s;
  }

  /**
   * True when the unit passed no gradient for any sample in [j0, j1) (a dead ReLU, or a leaky unit
   * stuck on its leak): no derivative of 1 in d, or, without d, no positive output in a (the same
   * thing when the output is just the activation).
   */
  static boolean dead(Activation act, double[] d, double[] a, int j0, int j1) {
    if (act != Activation.RELU && act != Activation.LEAKY_RELU) {
      return false;
    }
    for (int j = j0; j < j1; j++) {
      if (d != null ? d[j] == 1.0 : a[j] > 0) {
        return false;
      }
    }
    return true;
  }
}
