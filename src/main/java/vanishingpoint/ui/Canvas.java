package vanishingpoint.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;

/**
 * A thin layer over Lanterna's {@link TextGraphics} that draws by role and clips to the area,
 * so that no screen can write outside the terminal whatever its size.
 */
public final class Canvas {

  private final TextGraphics g;
  private final Style style;

  public Canvas(TextGraphics g, Style style) {
    this.g = g;
    this.style = style;
  }

  public int width() {
    return g.getSize().getColumns();
  }

  public int height() {
    return g.getSize().getRows();
  }

  public TerminalSize size() {
    return g.getSize();
  }

  public Style style() {
    return style;
  }

  public Glyphs glyphs() {
    return style.glyphs();
  }

  /** Draws text from (col,row), cut at the right edge; returns the column after the text. */
  public int text(int col, int row, String s, Palette role) {
    if (row < 0 || row >= height() || col >= width()) {
      return col + s.length();
    }
    String shown = s;
    int start = col;
    if (start < 0) {
      shown = shown.substring(Math.min(shown.length(), -start));
      start = 0;
    }
    if (start + shown.length() > width()) {
      shown = shown.substring(0, width() - start);
    }
    role.apply(g, style);
    g.putString(start, row, shown);
    return col + s.length();
  }

  /**
   * One cell in explicit colours (the decision-boundary map), degraded to the terminal: 256
   * colours, the nearest of the 16, or none at all (then only the character shows).
   */
  public void cell(int col, int row, char ch, Shade fg, Shade bg) {
    if (row < 0 || row >= height() || col < 0 || col >= width()) {
      return;
    }
    g.clearModifiers();
    switch (style.colors()) {
      case NONE:
        g.setForegroundColor(com.googlecode.lanterna.TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(com.googlecode.lanterna.TextColor.ANSI.DEFAULT);
        break;
      case ANSI16:
        g.setForegroundColor(fg.c16());
        g.setBackgroundColor(bg.c16());
        break;
      default:
        g.setForegroundColor(new com.googlecode.lanterna.TextColor.Indexed(fg.c256()));
        g.setBackgroundColor(new com.googlecode.lanterna.TextColor.Indexed(bg.c256()));
    }
    g.setCharacter(col, row, ch);
  }

  /** A colour in both palettes. */
  public record Shade(int c256, com.googlecode.lanterna.TextColor.ANSI c16) {}

  public void hline(int col, int row, int len, Palette role) {
    if (len > 0) {
      text(col, row, String.valueOf(glyphs().horizontal()).repeat(len), role);
    }
  }

  /** Fills a rectangle with blanks in the normal colours (to draw overlays on top of a screen). */
  public void clear(int col, int row, int w, int h) {
    String blank = " ".repeat(Math.max(0, w));
    for (int r = row; r < row + h; r++) {
      text(col, r, blank, Palette.NORMAL);
    }
  }

  /** A box outline; the inside is cleared. */
  public void box(int col, int row, int w, int h, Palette role) {
    if (w < 2 || h < 2) {
      return;
    }
    Glyphs gl = glyphs();
    clear(col, row, w, h);
    text(col, row, gl.topLeft() + String.valueOf(gl.horizontal()).repeat(w - 2) + gl.topRight(), role);
    for (int r = row + 1; r < row + h - 1; r++) {
      text(col, r, String.valueOf(gl.vertical()), role);
      text(col + w - 1, r, String.valueOf(gl.vertical()), role);
    }
    text(col, row + h - 1, gl.bottomLeft() + String.valueOf(gl.horizontal()).repeat(w - 2) + gl.bottomRight(), role);
  }
}
