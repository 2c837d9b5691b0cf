package vanishingpoint.train;

import java.util.List;

/** Gradient clipping and the optimisers' update rules, written as PyTorch's single-tensor code paths. */
final class Updater {
  static final double MOMENTUM = 0.9;
  static final double RMS_ALPHA = 0.99;
  static final double ADAM_BETA1 = 0.9;
  static final double ADAM_BETA2 = 0.999;
  static final double EPS = 1e-8;
  /** Added to the total norm by {@code clip_grad_norm_}, so a zero gradient never divides by zero. */
  static final double CLIP_NORM_EPS = 1e-6;

  private final Optimizer kind;
  private final double lr;
  private final Clip clip;
  private final List<double[]> params;
  private final List<double[]> grads;
  private final double[][] m;
  private final double[][] v;
  /** Sum of squared applied updates per tensor, from the latest {@link #update()}. */
  final double[] deltaSq;
  private int t;

  Updater(Optimizer kind, double lr, Clip clip, List<double[]> params, List<double[]> grads) {
    this.kind = kind;
    this.lr = lr;
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
      double s = 0;
      switch (kind) {
        case SGD:
          for (int i = 0; i < p.length; i++) {
            double delta = -lr * g[i];
            p[i] += delta;
            s += delta * delta;
          }
          break;
        case MOMENTUM: {
          double[] buf = m[k];
          for (int i = 0; i < p.length; i++) {
            // first step: buf = g exactly, since 0.9 * 0 + g == g
            buf[i] = MOMENTUM * buf[i] + g[i];
            double delta = -lr * buf[i];
            p[i] += delta;
            s += delta * delta;
          }
          break;
        }
        case RMSPROP: {
          double[] sqAvg = v[k];
          for (int i = 0; i < p.length; i++) {
            sqAvg[i] = RMS_ALPHA * sqAvg[i] + (1 - RMS_ALPHA) * g[i] * g[i];
            double delta = -lr * (g[i] / (Math.sqrt(sqAvg[i]) + EPS));
            p[i] += delta;
            s += delta * delta;
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
            s += delta * delta;
          }
        }
      }
      deltaSq[k] = s;
    }
  }

  static double sumSquares(double[] a) {
    double s = 0;
    for (double x : a) {
      s += x * x;
    }
    return s;
  }
}
