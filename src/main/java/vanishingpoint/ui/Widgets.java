package vanishingpoint.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vanishingpoint.core.Reader;
import vanishingpoint.train.Fmt;

/** The lessons' interactive widgets, drawn from the reader's state. */
final class Widgets {

  /** Below this gradient norm a layer barely learns; above the other, steps blow up. */
  static final double TINY = 1e-6;
  static final double HUGE = 1e2;
  /** The multiply widget calls a product healthy only within this factor of 1 (0.5 to 2). */
  static final double HEALTHY_BAND = 2;

  private Widgets() {}

  /**
   * "Multiply it out": the gradient reaching each layer when every layer on the way back
   * multiplies it by the same factor; the output's gradient is 1, so layer l of L gets f^(L-l+1).
   */
  static List<LessonView.Row> multiply(Reader r, boolean unicode) {
    List<LessonView.Row> rows = new ArrayList<>();
    double f = r.factor();
    int depth = r.depth();
    double product = Math.pow(f, depth);
    String pow = num(f) + "^" + depth + " = " + sci(product);
    rows.add((c, col, row) -> {
      int x = c.text(col, row, "factor per layer ", Palette.NORMAL);
      x = c.text(x, row, num(f), Palette.EMPH);
      x = c.text(x, row, " (f/F)   depth ", Palette.NORMAL);
      x = c.text(x, row, String.valueOf(depth), Palette.EMPH);
      c.text(x, row, " (+/-)", Palette.NORMAL);
    });
    rows.add((c, col, row) -> {
      int x = c.text(col, row, "gradient reaching layer 1: ", Palette.NORMAL);
      c.text(x, row, pow, healthySize(product) ? Palette.GOOD : Palette.WARN);
    });
    rows.add((c, col, row) -> c.text(col, row, verdict(product), healthySize(product) ? Palette.DIM : Palette.WARN));
    double[] per = new double[depth];
    for (int l = 1; l <= depth; l++) {
      per[l - 1] = Math.pow(f, depth - l + 1);
    }
    int colWidth = depth <= 30 ? 2 : 1;
    double[] range = range(per);
    rows.addAll(LogColumns.rows(per, 5, range[0], range[1], colWidth, Widgets::health, unicode));
    rows.add(axis(depth, colWidth, "layer 1", "layer " + depth + " (output side)"));
    return rows;
  }

  static List<LessonView.Row> probe(Reader.ProbeState p, boolean unicode, int width) {
    List<LessonView.Row> rows = knobs(p, width, "run");
    double[] n = p.norms();
    if (n == null) {
      rows.add((c, col, row) -> c.text(col, row, "Press r to measure each layer's gradient on a real network.", Palette.DIM));
      return rows;
    }
    if (n.length == 0) {
      rows.add((c, col, row) -> c.text(col, row, "The probe could not run; see the log.", Palette.WARN));
      return rows;
    }
    double first = n[0];
    double last = n[n.length - 1];
    String ratio = first > 0 && last > 0 ? "   ratio " + sci(first / last) : "";
    rows.add((c, col, row) -> c.text(col, row, "gradient norm  layer 1: " + sci(first) + "   output: " + sci(last)
        + ratio, first < TINY || first > HUGE ? Palette.WARN : Palette.GOOD));
    int colWidth = n.length <= 30 ? 2 : 1;
    // the run before, dim behind the new bars on one scale with them
    Reader.ProbeState before = p.previous();
    double[] old = before == null ? new double[0] : before.norms();
    if (before != null) {
      rows.add((c, col, row) -> c.text(col, row, "previous: activation " + before.activation() + ", init "
          + before.init() + (unicode ? "  (dim bars)" : "  (':' bars)"), Palette.DIM));
    }
    double[] range = range(vanishingpoint.core.ChallengeState.both(n, old));
    rows.addAll(LogColumns.rows(n, old, 5, range[0], range[1], colWidth, Widgets::health, unicode));
    rows.add(axis(n.length, colWidth, "layer 1", "output"));
    return rows;
  }

  /** A probe's network and knobs: on one line when it fits {@code width}, else the knobs on a line of their own. */
  private static List<LessonView.Row> knobs(Reader.ProbeState p, int width, String action) {
    List<LessonView.Row> rows = new ArrayList<>();
    String network = "network: " + p.depth() + " layers of " + p.width() + ", ";
    String tail = " (i)   r: " + action;
    boolean oneLine = (network + "activation " + p.activation() + " (a), init " + p.init() + tail).length() <= width;
    if (!oneLine) {
      rows.add((c, col, row) -> c.text(col, row, network.strip(), Palette.NORMAL));
    }
    rows.add((c, col, row) -> {
      int x = c.text(col, row, (oneLine ? network : "") + "activation ", Palette.NORMAL);
      x = c.text(x, row, p.activation(), Palette.EMPH);
      x = c.text(x, row, " (a), init ", Palette.NORMAL);
      x = c.text(x, row, p.init(), Palette.EMPH);
      c.text(x, row, tail, Palette.NORMAL);
    });
    return rows;
  }

  /**
   * The spectrum probe: each layer's gain (largest singular value of its weights, EJML's SVD) on a
   * log scale around 1, and what the product of the layers does to a gradient.
   */
  static List<LessonView.Row> spectrum(Reader.ProbeState p, boolean unicode, int width) {
    List<LessonView.Row> rows = knobs(p, width, "measure");
    if (p.norms() == null) {
      rows.add((c, col, row) -> c.text(col, row, "Press r to measure every layer's singular values on a real network.",
          Palette.DIM));
      return rows;
    }
    if (p.gains() == null) {
      rows.add((c, col, row) -> c.text(col, row, "The measurement could not run; see the log.", Palette.WARN));
      return rows;
    }
    double[] big = p.gains().largest();
    double[] small = p.gains().smallest();
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    double least = Double.POSITIVE_INFINITY;
    for (int i = 0; i < big.length; i++) {
      lo = Math.min(lo, big[i]);
      hi = Math.max(hi, big[i]);
      least = Math.min(least, small[i]);
    }
    String gains = "gain per layer (largest singular value): " + Fmt.of("%.3g", lo) + " to " + Fmt.of("%.3g", hi);
    rows.add((c, col, row) -> c.text(col, row, gains, Palette.NORMAL));
    String smallest = "smallest singular value of any layer: " + Fmt.of("%.2g", least);
    rows.add((c, col, row) -> c.text(col, row, smallest, Palette.NORMAL));
    double top = p.gains().backwardLargest();
    String product = "their product stretches a gradient by " + sci(p.gains().backwardSmallest()) + " to " + sci(top);
    rows.add((c, col, row) -> c.text(col, row, product, top < TINY || top > HUGE ? Palette.WARN : Palette.GOOD));
    String bound = "the product of the gains, its upper bound: " + sci(p.gains().bound());
    rows.add((c, col, row) -> c.text(col, row, bound, Palette.DIM));
    int colWidth = big.length <= 30 ? 2 : 1;
    double[] range = aroundOne(big);
    rows.addAll(LogColumns.rows(big, 5, range[0], range[1], colWidth, g -> !Double.isFinite(g) || g < LiveView.GAIN_LOW
        || g > LiveView.GAIN_HIGH ? Palette.WARN : Palette.GOOD, unicode));
    rows.add(axis(big.length, colWidth, "layer 1", "output"));
    return rows;
  }

  /**
   * Whole decades as far below 1 as above it, at least one each way: on a log scale a bar of half
   * the height is 1, a gain that keeps a vector's size.
   */
  static double[] aroundOne(double[] values) {
    double d = 1;
    for (double v : values) {
      if (v > 0 && Double.isFinite(v)) {
        d = Math.max(d, Math.ceil(Math.abs(Math.log10(v))));
      }
    }
    return new double[] {-d, d};
  }

  /**
   * Whole decades from below the smallest to above the largest finite value, always including
   * 1 (so growth and shrinking read against the same line) and at least four decades.
   */
  static double[] range(double[] values) {
    double lo = 0;
    double hi = 0;
    for (double v : values) {
      if (v > 0 && Double.isFinite(v)) {
        lo = Math.min(lo, Math.floor(Math.log10(v)) - 1);
        hi = Math.max(hi, Math.ceil(Math.log10(v)));
      }
    }
    if (hi - lo < 4) {
      lo = hi - 4;
    }
    return new double[] {lo, hi};
  }

  private static LessonView.Row axis(int columns, int colWidth, String left, String right) {
    return (c, col, row) -> {
      c.text(col + 7, row, left, Palette.DIM);
      int end = col + 7 + columns * colWidth;
      c.text(Math.max(col + 7 + left.length() + 1, end - right.length()), row, right, Palette.DIM);
    };
  }

  static Palette health(double v) {
    return !Double.isFinite(v) || v > HUGE || v < TINY ? Palette.WARN : Palette.GOOD;
  }

  /** Within a factor of {@link #HEALTHY_BAND} of 1: layer 1 gets about what the output gets. */
  static boolean healthySize(double p) {
    return p >= 1 / HEALTHY_BAND && p <= HEALTHY_BAND;
  }

  /**
   * What the product means for layer 1: healthy only within a factor of 2 of 1; below that it is
   * shrinking (vanishing once under {@link #TINY}), above it growing (exploding once over {@link #HUGE}).
   */
  static String verdict(double p) {
    if (p < TINY) {
      return "vanishing: the first layers would barely learn";
    }
    if (p > HUGE) {
      return "exploding: the first layers' updates would blow up";
    }
    if (p < 1 / HEALTHY_BAND) {
      return "shrinking: layer 1 gets " + pct(p) + " of the output's gradient";
    }
    if (p > HEALTHY_BAND) {
      return "growing: layer 1 gets " + times(p) + " the output's gradient";
    }
    return "a healthy size: within a factor of 2 of the output's gradient";
  }

  private static String pct(double p) {
    double v = 100 * p;
    return v >= 10 ? String.format(Locale.ROOT, "%.0f%%", v) : String.format(Locale.ROOT, "%.2g%%", v);
  }

  private static String times(double p) {
    return String.format(Locale.ROOT, p < 10 ? "%.1fx" : "%.0fx", p);
  }

  static String num(double f) {
    return f == Math.rint(f) ? Fmt.of("%.1f", f) : String.valueOf(f);
  }

  static String sci(double v) {
    return Fmt.of("%.2e", v);
  }
}
