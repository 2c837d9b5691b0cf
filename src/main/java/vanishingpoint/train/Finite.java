package vanishingpoint.train;

import java.util.Arrays;

/** Summaries of per-layer figures that skip what overflowed (a NaN layer says nothing about the others). */
public final class Finite {
  private Finite() {}

  /** The largest finite value, or 0 when there is none. */
  public static double max(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Double.isFinite(x) ? Math.max(m, x) : m;
    }
    return m;
  }

  /** The smallest finite value, or +infinity when there is none. */
  public static double min(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : v) {
      m = Double.isFinite(x) ? Math.min(m, x) : m;
    }
    return m;
  }

  /** The median of the finite values (the upper one of an even count), or NaN when there is none. */
  public static double median(double[] v) {
    double[] c = Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
    return c.length == 0 ? Double.NaN : c[c.length / 2];
  }
}
