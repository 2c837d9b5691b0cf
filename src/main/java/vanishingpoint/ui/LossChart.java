package vanishingpoint.ui;

import java.util.Locale;
import vanishingpoint.train.Fmt;

/**
 * The loss curve: braille dots (2x4 per cell) in a UTF-8 terminal, '*' otherwise; a log scale
 * when the values span more than a decade, so a vanishing run's flat line and an exploding
 * run's climb are both visible.
 */
final class LossChart {

  private LossChart() {}

  static void draw(Canvas c, int col, int row, int w, int h, double[] losses) {
    draw(c, col, row, w, h, losses, new double[0], null);
  }

  /**
   * The curve in front of a previous run's: the previous one's dots are drawn dim ('.' in ASCII)
   * in the cells the new curve leaves empty. Both share one axis: {@code span} (lowest and highest
   * finite loss of both; null if none) and the longer run's steps, so the new run grows across
   * the old one.
   */
  static void draw(Canvas c, int col, int row, int w, int h, double[] losses, double[] ghost, double[] span) {
    c.text(col, row, "loss", Palette.DIM);
    if (losses.length + ghost.length == 0 || w < 10 || h < 3) {
      return;
    }
    if (span == null) {
      span = span(losses);
    }
    if (span == null) {
      c.text(col + 5, row, "not a number", Palette.WARN);
      return;
    }
    double lo = span[0];
    double hi = span[1];
    boolean log = lo > 0 && hi / lo > 10;
    double[] ab = axis(lo, hi, log);
    // the range in as many words as the panel has room for (a blown-up loss has long numbers)
    String range = Fmt.of("%.3g .. %.3g", lo, hi);
    for (String head : new String[] {(log ? "(log scale)  " : "  ") + range, (log ? "log " : "") + range, range}) {
      if (5 + head.length() <= w) {
        c.text(col + 5, row, head, Palette.DIM);
        break;
      }
    }
    int plotH = h - 1;
    boolean unicode = c.style().unicode();
    int steps = Math.max(losses.length, ghost.length);
    int[][] old = cells(w, plotH, ghost, steps, lo, ab, log, unicode);
    int[][] now = cells(w, plotH, losses, steps, lo, ab, log, unicode);
    // one pass, each cell once: the new run's dots where it has any, else the previous run's, dim
    for (int r = 0; r < plotH; r++) {
      for (int x = 0; x < w; x++) {
        boolean behind = now[r][x] == 0 && old[r][x] != 0;
        int dots = behind ? old[r][x] : now[r][x];
        char ch = unicode ? (char) (0x2800 + dots) : dots == 0 ? ' ' : behind ? '.' : '*';
        c.text(col + x, row + 1 + r, String.valueOf(ch), behind ? Palette.DIM : Palette.ACCENT);
      }
    }
  }

  /** Lowest and highest finite value, or null. */
  static double[] span(double[] values) {
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (double v : values) {
      if (Double.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return lo > hi ? null : new double[] {lo, hi};
  }

  /** One curve's cells, step i of {@code steps} at its place across the width: braille dots, or 1 per '*'. */
  private static int[][] cells(int plotW, int plotH, double[] losses, int steps, double lo, double[] ab, boolean log,
      boolean unicode) {
    int dotsW = unicode ? plotW * 2 : plotW;
    int dotsH = unicode ? plotH * 4 : plotH;
    int[][] cells = new int[plotH][plotW];
    for (int x = 0; x < dotsW && losses.length > 0; x++) {
      int i = (int) ((long) x * (steps - 1) / Math.max(1, dotsW - 1));
      if (i >= losses.length) {
        break;
      }
      double v = losses[i];
      if (!Double.isFinite(v)) {
        continue;
      }
      double t = ((log ? Math.log10(Math.max(v, lo)) : v) - ab[0]) / (ab[1] - ab[0]);
      int y = dotsH - 1 - (int) Math.round(Math.max(0, Math.min(1, t)) * (dotsH - 1));
      if (unicode) {
        cells[y / 4][x / 2] |= bit(x % 2, y % 4);
      } else {
        cells[y][x] = 1;
      }
    }
    return cells;
  }

  /** Linear axes span at least this share of the values' middle (±10%): a flat loss looks flat. */
  static final double MIN_LINEAR_SPAN = 0.2;

  /**
   * The axis, bottom and top (log10 on a log scale): the values' range, widened on a linear scale
   * to {@link #MIN_LINEAR_SPAN} of its middle around it, so that 0.693 .. 0.693 is drawn as the flat
   * line it is and not as a fall from the top to the bottom. A log scale spans a decade or more.
   */
  static double[] axis(double lo, double hi, boolean log) {
    if (log) {
      return new double[] {Math.log10(lo), Math.log10(hi)};
    }
    double mid = (lo + hi) / 2;
    double min = Math.max(MIN_LINEAR_SPAN * Math.abs(mid), 1e-9);
    if (hi - lo >= min) {
      return new double[] {lo, hi};
    }
    return new double[] {mid - min / 2, mid + min / 2};
  }

  /** The braille dot for column dx (0-1) and row dy (0-3) of a cell. */
  private static int bit(int dx, int dy) {
    int[][] bits = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};
    return bits[dy][dx];
  }
}
