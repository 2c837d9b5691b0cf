package vanishingpoint.ui;

import vanishingpoint.core.Training;

/**
 * The network's decision regions over the 2-D data, with the data points on top. Each cell
 * shows two grid pixels with a half block (upper in the foreground colour, lower in the
 * background); points are drawn as dots in their class's bright colour. Without colour, the
 * regions are '.', ':' and '-' and the points 'o', 'x' and '+'.
 */
final class BoundaryMap {

  private static final Canvas.Shade[] REGION = {
      new Canvas.Shade(24, com.googlecode.lanterna.TextColor.ANSI.BLUE),
      new Canvas.Shade(94, com.googlecode.lanterna.TextColor.ANSI.YELLOW),
      new Canvas.Shade(22, com.googlecode.lanterna.TextColor.ANSI.GREEN)};
  private static final Canvas.Shade[] POINT = {
      new Canvas.Shade(117, com.googlecode.lanterna.TextColor.ANSI.CYAN_BRIGHT),
      new Canvas.Shade(221, com.googlecode.lanterna.TextColor.ANSI.YELLOW_BRIGHT),
      new Canvas.Shade(120, com.googlecode.lanterna.TextColor.ANSI.GREEN_BRIGHT)};
  private static final String PLAIN_REGION = ".:-";
  private static final String PLAIN_POINT = "ox+";

  private BoundaryMap() {}

  static void draw(Canvas c, int col, int row, int w, int h, Training t) {
    if (t.gridCols() == 0 || t.grid().length == 0 || w < 4 || h < 2) {
      return;
    }
    int gw = t.gridCols();
    int gh = t.grid().length / gw;
    boolean colour = c.style().colors() != Style.Colors.NONE;
    char[][] marks = new char[h][w];
    int[][] markClass = new int[h][w];
    for (int i = 0; i + 2 < t.points().length; i += 3) {
      int x = (int) Math.floor((t.points()[i] + 1) / 2 * w);
      int y = (int) Math.floor((1 - t.points()[i + 1]) / 2 * h);
      if (x >= 0 && x < w && y >= 0 && y < h) {
        marks[y][x] = 1;
        markClass[y][x] = (int) t.points()[i + 2];
      }
    }
    for (int r = 0; r < h; r++) {
      for (int x = 0; x < w; x++) {
        int gx = Math.min(gw - 1, x * gw / w);
        int upper = t.grid()[Math.min(gh - 1, (2 * r) * gh / (2 * h)) * gw + gx] % REGION.length;
        int lower = t.grid()[Math.min(gh - 1, (2 * r + 1) * gh / (2 * h)) * gw + gx] % REGION.length;
        if (marks[r][x] != 0) {
          int k = markClass[r][x] % POINT.length;
          char dot = colour ? (c.style().unicode() ? '●' : 'o') : PLAIN_POINT.charAt(k);
          c.cell(col + x, row + r, dot, POINT[k], REGION[upper]);
        } else if (colour && c.style().unicode()) {
          c.cell(col + x, row + r, '▀', REGION[upper], REGION[lower]);
        } else {
          c.cell(col + x, row + r, colour ? ' ' : PLAIN_REGION.charAt(upper), REGION[upper], REGION[upper]);
        }
      }
    }
  }
}
