package vanishingpoint.ui;

import java.util.List;

/**
 * Rows taller than the area they are drawn in: which rows show (always the focus: the row under
 * the cursor, the feedback), and the marks on the rules above and below that say there is more.
 */
final class Scroll {

  private Scroll() {}

  /**
   * The first row to show of {@code total} in {@code visible} rows, scrolled no further than
   * needed to show rows {@code from} to {@code to}; when they do not all fit, from {@code from}.
   */
  static int first(int total, int visible, int from, int to) {
    int max = Math.max(0, total - visible);
    int first = Math.max(0, to - visible + 1);
    first = Math.min(first, Math.max(0, from));
    return Math.min(first, max);
  }

  /** Draws the rows from {@code first} in rows {@code top} to {@code bottom}, with the marks. */
  static void draw(Canvas c, List<LessonView.Row> rows, int col, int top, int bottom, int first) {
    int visible = bottom - top + 1;
    for (int i = 0; i < visible && first + i < rows.size(); i++) {
      rows.get(first + i).draw(c, col, top + i);
    }
    marks(c, first > 0, first + visible < rows.size(), "", "");
  }

  /**
   * "↑ more" on the top rule and "↓ more" on the bottom rule, at the right, when rows are hidden
   * above or below, with the key that scrolls there (e.g. "k", "j") where there is one.
   */
  static void marks(Canvas c, boolean above, boolean below, String upKey, String downKey) {
    boolean uni = c.style().unicode();
    if (above) {
      String m = " " + (uni ? "↑ more" : "more above") + (upKey.isEmpty() ? "" : " (" + upKey + ")") + " ";
      c.label(c.width() - m.length() - 2, Frame.TOP - 1, m, Palette.DIM);
    }
    if (below) {
      String m = " " + (uni ? "↓ more" : "more below") + (downKey.isEmpty() ? "" : " (" + downKey + ")") + " ";
      c.label(c.width() - m.length() - 2, c.height() - 2, m, Palette.DIM);
    }
  }
}
