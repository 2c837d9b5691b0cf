package vanishingpoint.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.List;

/**
 * A thin layer over Lanterna's {@link TextGraphics} that draws by role and clips to the area,
 * so that no screen can write outside the terminal whatever its size.
 */
public final class Canvas {

  private final TextGraphics g;
  private final Style style;
  private final Audit audit;

  public Canvas(TextGraphics g, Style style) {
    this(g, style, null);
  }

  /** A canvas that also reports to {@code audit} every write that would not show as written. */
  public Canvas(TextGraphics g, Style style, Audit audit) {
    this.g = g;
    this.style = style;
    this.audit = audit;
    if (audit != null) {
      audit.start(width(), height());
    }
  }

  /**
   * What a frame drew that the player could not read: text cut at the right or bottom edge, and
   * text written over other text or over a rule or box line (a label meant to sit on a line is
   * drawn with {@link #label}). The screens are meant to leave it empty at every size they
   * draw at (80x24 and up); the tests check it.
   */
  public static final class Audit {
    private static final byte BLANK = 0;
    private static final byte INK = 1;
    private static final byte LINE = 2;
    private final List<String> problems = new ArrayList<>();
    private byte[][] cells = new byte[0][0];
    private String[] rows = new String[0];

    public List<String> problems() {
      return problems;
    }

    void start(int w, int h) {
      cells = new byte[h][w];
      rows = new String[h];
    }

    void write(int col, int row, String s, int width, int height, byte kind, boolean over) {
      if (row < 0 || row >= height && s.isBlank()) {
        return;
      }
      if (row >= height) {
        problems.add("row " + row + " is below the screen (" + height + " rows): \"" + s.strip() + "\"");
        return;
      }
      int end = col + s.length();
      if (end > width && !s.substring(Math.max(0, width - col)).isBlank()) {
        problems.add("row " + row + ": cut at column " + width + ": \"" + s.strip() + "\"");
      }
      if (col < 0 && !s.substring(0, Math.min(s.length(), -col)).isBlank()) {
        problems.add("row " + row + ": cut at the left edge: \"" + s.strip() + "\"");
      }
      for (int i = 0; i < s.length(); i++) {
        int x = col + i;
        if (x < 0 || x >= width || row >= cells.length || x >= cells[row].length) {
          continue;
        }
        byte before = cells[row][x];
        boolean ink = s.charAt(i) != ' ';
        if (ink && !over && before != BLANK) {
          problems.add("row " + row + ", column " + x + ": \"" + s.strip() + "\" is written over "
              + (before == LINE ? "a line" : "other text") + (rows[row] == null ? "" : " (\"" + rows[row] + "\")"));
          over = true; // one report per write
        }
        cells[row][x] = ink ? kind : BLANK;
      }
      if (kind == INK && !s.isBlank()) {
        rows[row] = s.strip();
      }
    }
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
    return put(col, row, s, role, Audit.INK, false);
  }

  /**
   * A short label drawn on a rule or a box's border (a box's title, its keys, "more" marks):
   * it replaces the line under it, where {@link #text} must not.
   */
  public int label(int col, int row, String s, Palette role) {
    return put(col, row, s, role, Audit.INK, true);
  }

  private int put(int col, int row, String s, Palette role, byte kind, boolean over) {
    if (audit != null) {
      audit.write(col, row, s, width(), height(), kind, over);
    }
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
    if (audit != null) {
      audit.write(col, row, String.valueOf(ch == ' ' ? '.' : ch), width(), height(), Audit.INK, false);
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
      put(col, row, String.valueOf(glyphs().horizontal()).repeat(len), role, Audit.LINE, true);
    }
  }

  /** Fills a rectangle with blanks in the normal colours (to draw overlays on top of a screen). */
  public void clear(int col, int row, int w, int h) {
    String blank = " ".repeat(Math.max(0, w));
    for (int r = row; r < row + h; r++) {
      put(col, r, blank, Palette.NORMAL, Audit.BLANK, true);
    }
  }

  /** A box outline; the inside is cleared. */
  public void box(int col, int row, int w, int h, Palette role) {
    if (w < 2 || h < 2) {
      return;
    }
    Glyphs gl = glyphs();
    clear(col, row, w, h);
    put(col, row, gl.topLeft() + String.valueOf(gl.horizontal()).repeat(w - 2) + gl.topRight(), role, Audit.LINE, true);
    for (int r = row + 1; r < row + h - 1; r++) {
      put(col, r, String.valueOf(gl.vertical()), role, Audit.LINE, true);
      put(col + w - 1, r, String.valueOf(gl.vertical()), role, Audit.LINE, true);
    }
    put(col, row + h - 1, gl.bottomLeft() + String.valueOf(gl.horizontal()).repeat(w - 2) + gl.bottomRight(), role,
        Audit.LINE, true);
  }
}
