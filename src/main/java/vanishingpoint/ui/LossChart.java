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
    c.text(col, row, "loss", Palette.DIM);
    if (losses.length == 0 || w < 10 || h < 3) {
      return;
    }
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (double v : losses) {
      if (Double.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (lo > hi) {
      c.text(col + 5, row, "not a number", Palette.WARN);
      return;
    }
    boolean log = lo > 0 && hi / lo > 10;
    double[] ab = axis(lo, hi, log);
    double a = ab[0];
    double b = ab[1];
    // the range in as many words as the panel has room for (a blown-up loss has long numbers)
    String range = Fmt.of("%.3g .. %.3g", lo, hi);
    for (String head : new String[] {(log ? "(log scale)  " : "  ") + range, (log ? "log " : "") + range, range}) {
      if (5 + head.length() <= w) {
        c.text(col + 5, row, head, Palette.DIM);
        break;
      }
    }
    int plotW = w;
    int plotH = h - 1;
    boolean unicode = c.style().unicode();
    int dotsW = unicode ? plotW * 2 : plotW;
    int dotsH = unicode ? plotH * 4 : plotH;
    int[][] cells = new int[plotH][plotW];
    for (int x = 0; x < dotsW; x++) {
      int i = (int) ((long) x * (losses.length - 1) / Math.max(1, dotsW - 1));
      double v = losses[Math.min(i, losses.length - 1)];
      if (!Double.isFinite(v)) {
        continue;
      }
      double t = ((log ? Math.log10(Math.max(v, lo)) : v) - a) / (b - a);
      int y = dotsH - 1 - (int) Math.round(t * (dotsH - 1));
      if (unicode) {
        cells[y / 4][x / 2] |= bit(x % 2, y % 4);
      } else {
        cells[y][x] = 1;
      }
    }
    for (int r = 0; r < plotH; r++) {
      StringBuilder sb = new StringBuilder();
      for (int x = 0; x < plotW; x++) {
        sb.append(unicode ? (char) (0x2800 + cells[r][x]) : cells[r][x] != 0 ? '*' : ' ');
      }
      c.text(col, row + 1 + r, sb.toString(), Palette.ACCENT);
    }
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
