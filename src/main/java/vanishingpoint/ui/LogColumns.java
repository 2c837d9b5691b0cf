package vanishingpoint.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A column chart on a log scale, one column per layer, drawn with eighth-block characters
 * (whole '#' cells in ASCII). Values from 10^lo (empty) to 10^hi (full); zero is empty and a
 * non-finite value is a full column.
 */
final class LogColumns {

  private static final char[] EIGHTHS = {' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

  private LogColumns() {}

  /** Rows to draw, top first; each column {@code colWidth} cells wide, coloured by {@code role}. */
  static List<LessonView.Row> rows(double[] values, int height, double lo, double hi, int colWidth,
      DoubleFunction<Palette> role, boolean unicode) {
    return rows(values, NONE, height, lo, hi, colWidth, role, unicode);
  }

  private static final double[] NONE = new double[0];

  /**
   * The same, with a previous run's columns behind: where a previous column stands higher than the
   * new one, its part above is drawn dim (':' in ASCII). Layers the previous run lacks have none.
   */
  static List<LessonView.Row> rows(double[] values, double[] previous, int height, double lo, double hi,
      int colWidth, DoubleFunction<Palette> role, boolean unicode) {
    int units = height * 8;
    return draw(values, levels(values, units, lo, hi), levels(previous, units, lo, hi), height, label(hi), label(lo),
        colWidth, role, unicode);
  }

  private static int[] levels(double[] values, int units, double lo, double hi) {
    int[] level = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (!Double.isFinite(v)) {
        level[i] = units;
      } else if (v <= 0) {
        level[i] = 0;
      } else {
        level[i] = (int) Math.round((Math.log10(v) - lo) / (hi - lo) * units);
        level[i] = Math.max(v > 0 ? 1 : 0, Math.min(units, level[i]));
      }
    }
    return level;
  }

  /** The same chart on a linear scale from 0 (empty) to 1 (full), for fractions. */
  static List<LessonView.Row> fractions(double[] values, int height, int colWidth, DoubleFunction<Palette> role,
      boolean unicode) {
    return fractions(values, NONE, height, colWidth, role, unicode);
  }

  /** Fractions with a previous run's columns behind, as {@link #rows(double[], double[], int, double, double, int, DoubleFunction, boolean)}. */
  static List<LessonView.Row> fractions(double[] values, double[] previous, int height, int colWidth,
      DoubleFunction<Palette> role, boolean unicode) {
    int units = height * 8;
    return draw(values, fractionLevels(values, units), fractionLevels(previous, units), height, "100%", "0%",
        colWidth, role, unicode);
  }

  private static int[] fractionLevels(double[] values, int units) {
    int[] level = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      double v = Double.isFinite(values[i]) ? Math.max(0, Math.min(1, values[i])) : 0;
      level[i] = v > 0 ? Math.max(1, (int) Math.round(v * units)) : 0;
    }
    return level;
  }

  private static List<LessonView.Row> draw(double[] values, int[] level, int[] ghost, int height, String top,
      String bottom, int colWidth, DoubleFunction<Palette> role, boolean unicode) {
    List<LessonView.Row> out = new ArrayList<>();
    for (int r = 0; r < height; r++) {
      int floor = (height - 1 - r) * 8;
      String axis = r == 0 ? top : r == height - 1 ? bottom : "";
      out.add((c, col, row) -> {
        c.text(col, row, String.format("%6s ", axis), Palette.DIM);
        for (int i = 0; i < values.length; i++) {
          int fill = Math.max(0, Math.min(8, level[i] - floor));
          int old = i < ghost.length ? Math.max(0, Math.min(8, ghost[i] - floor)) : 0;
          boolean shown = unicode ? fill > 0 : fill >= 4;
          boolean behind = !shown && (unicode ? old > 0 : old >= 4);
          // without colours a dim bar would read as the new run's: a shade instead
          char ghostCh = !unicode ? ':' : c.style().colors() == Style.Colors.NONE ? '░' : EIGHTHS[old];
          char ch = behind ? ghostCh : unicode ? EIGHTHS[fill] : (fill >= 4 ? '#' : ' ');
          c.text(col + 7 + i * colWidth, row, String.valueOf(ch).repeat(Math.max(1, colWidth - 1)),
              behind ? Palette.DIM : role.apply(values[i]));
        }
      });
    }
    return out;
  }

  static String label(double exp) {
    return "1e" + (exp >= 0 ? "+" : "") + (int) exp;
  }
}
