package vanishingpoint.train;

import java.util.List;

/** Gradient clipping and the optimisers' update rules, written as PyTorch's single-tensor code paths. */
final class Updater {
  static final double RMS_ALPHA = 0.99;
  static final double ADAM_BETA1 = 0.9;
  static final double ADAM_BETA2 = 0.999;
  static final double EPS = 1e-8;
  /** Added to the total norm by {@code clip_grad_norm_}, so a zero gradient never divides by zero. */
  static final double CLIP_NORM_EPS = 1e-6;

  private final Optimizer kind;
  private final double lr;
  /** The momentum optimiser's coefficient (PyTorch SGD's {@code momentum}). */
  private final double momentum;
  private final Clip clip;
  private final List<double[]> params;
  private final List<double[]> grads;
  private final double[][] m;
  private final double[][] v;
  /** Sum of squared applied updates per tensor, from the latest {@link #update()}. */
  final double[] deltaSq;
  /** The latest update of one tensor, element by element (summed after the update loop). */
  private final double[] deltas;
  private int t;

  Updater(Optimizer kind, double lr, Clip clip, List<double[]> params, List<double[]> grads) {
    this(kind, lr, TrainConfig.DEFAULT_MOMENTUM, clip, params, grads);
  }

  Updater(Optimizer kind, double lr, double momentum, Clip clip, List<double[]> params, List<double[]> grads) {
    this.kind = kind;
    this.lr = lr;
    this.momentum = momentum;
    this.clip = clip;
    this.params = params;
    this.grads = grads;
    m = new double[params.size()][];
    v = new double[params.size()][];
    for (int i = 0; i < params.size(); i++) {
      int n = params.get(i).length;
      m[i] = kind == Optimizer.SGD || kind == Optimizer.RMSPROP ? null : new double[n];
      v[i] = kind == Optimizer.RMSPROP || kind == Optimizer.ADAM ? new double[n] : null;
    }
    deltaSq = new double[params.size()];
    int largest = 0;
    for (double[] p : params) {
      largest = Math.max(largest, p.length);
    }
    deltas = new double[largest];
  }

  /** Clips the gradients in place; returns the total L2 norm before clipping. */
  double clip() {
    if (clip.kind() == Clip.Kind.VALUE) {
      double c = clip.limit();
      for (double[] g : grads) {
        for (int i = 0; i < g.length; i++) {
          // Math.min/max propagate NaN, as torch.clamp does
          g[i] = Math.min(Math.max(g[i], -c), c);
        }
      }
      return Double.NaN;
    }
    if (clip.kind() == Clip.Kind.NONE) {
      return Double.NaN;
    }
    double sq = 0;
    for (double[] g : grads) {
      sq += sumSquares(g);
    }
    double total = Math.sqrt(sq);
    double coef = clip.limit() / (total + CLIP_NORM_EPS);
    // torch clamps coef to 1 and multiplies; a NaN norm therefore poisons every gradient
    if (coef < 1.0 || Double.isNaN(coef)) {
      for (double[] g : grads) {
        for (int i = 0; i < g.length; i++) {
          g[i] *= coef;
        }
      }
    }
    return total;
  }

  /** Applies one optimiser step to every tensor and records the squared update sizes. */
  void update() {
    t++;
    double bc1 = 1 - Math.pow(ADAM_BETA1, t);
    double bc2Sqrt = Math.sqrt(1 - Math.pow(ADAM_BETA2, t));
    double stepSize = lr / bc1;
    for (int k = 0; k < params.size(); k++) {
      double[] p = params.get(k);
      double[] g = grads.get(k);
      // the updates go to a row and are summed after the loop: a sum inside it would keep C2
      // from vectorising the update (it vectorises no floating-point reduction)
      double[] dl = deltas;
      switch (kind) {
        case SGD:
          for (int i = 0; i < p.length; i++) {
            double delta = -lr * g[i];
            p[i] += delta;
            dl[i] = delta;
          }
          break;
        case MOMENTUM: {
          double[] buf = m[k];
          for (int i = 0; i < p.length; i++) {
            // first step: buf = g exactly, since momentum * 0 + g == g
            buf[i] = momentum * buf[i] + g[i];
            double delta = -lr * buf[i];
            p[i] += delta;
            dl[i] = delta;
          }
          break;
        }
        case RMSPROP: {
          double[] sqAvg = v[k];
          for (int i = 0; i < p.length; i++) {
            sqAvg[i] = RMS_ALPHA * sqAvg[i] + (1 - RMS_ALPHA) * g[i] * g[i];
            double delta = -lr * (g[i] / (Math.sqrt(sqAvg[i]) + EPS));
            p[i] += delta;
            dl[i] = delta;
          }
          break;
        }
        default: {
          double[] avg = m[k];
          double[] sqAvg = v[k];
          for (int i = 0; i < p.length; i++) {
            avg[i] += (1 - ADAM_BETA1) * (g[i] - avg[i]);
            sqAvg[i] = ADAM_BETA2 * sqAvg[i] + (1 - ADAM_BETA2) * g[i] * g[i];
            double denom = Math.sqrt(sqAvg[i]) / bc2Sqrt + EPS;
            double delta = -stepSize * (avg[i] / denom);
            p[i] += delta;
            dl[i] = delta;
          }
        }
      }
      deltaSq[k] = sumSquares(dl, p.length);
    }
  }

  static double sumSquares(double[] a) {
    return sumSquares(a, a.length);
  }

  /**
   * The sum of a[0..n)^2 as eight interleaved partial sums, added pairwise at the end: eight
   * chains of fused multiply-adds overlap where one would wait on each one's latency (measured on
   * the 124,000 weights of bench C: 21 us, against 74 with one chain; it runs three times a step).
   */
  static double sumSquares(double[] a, int n) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    double s5 = 0;
    double s6 = 0;
    double s7 = 0;
    int i = 0;
    for (; i + 7 < n; i += 8) {
      s0 = Math.fma(a[i], a[i], s0);
      s1 = Math.fma(a[i + 1], a[i + 1], s1);
      s2 = Math.fma(a[i + 2], a[i + 2], s2);
      s3 = Math.fma(a[i + 3], a[i + 3], s3);
      s4 = Math.fma(a[i + 4], a[i + 4], s4);
      s5 = Math.fma(a[i + 5], a[i + 5], s5);
      s6 = Math.fma(a[i + 6], a[i + 6], s6);
      s7 = Math.fma(a[i + 7], a[i + 7], s7);
    }
    for (; i < n; i++) {
      s0 = Math.fma(a[i], a[i], s0);
    }
    return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
  }
}
