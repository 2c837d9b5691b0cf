package vanishingpoint.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.AbstractTextGraphics;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A player's screen that draws the same frames as Lanterna's for about half the processor time.
 * Lanterna asks Unicode questions of every cell of every frame: whether its character is double
 * width (a search of the Unicode blocks, then an emoji test) several times per cell as it is
 * drawn, compared and written, and whether it is one grapheme (a break iterator) for each
 * character drawn. Profiled at 100 players training, that was about half of each frame's time,
 * and frames (a key's, a training view's) were most of the server's work besides training.
 *
 * <p>Here each character is built once per style, its width measured once, and the same
 * immutable cell is shared by every frame and every player. Text with control characters (tabs,
 * line breaks) goes the ordinary way.
 */
public final class SharedCellScreen extends TerminalScreen {

  public SharedCellScreen(Terminal terminal) throws IOException {
    super(terminal);
  }

  @Override
  public TextGraphics newTextGraphics() {
    return new Graphics();
  }

  /**
   * A character in one style, its width asked once. Immutable, as every {@link TextCharacter}.
   * Equal to any character with the same text and style, Lanterna's own included (whose equals
   * wants the same class): a blank cell is then Lanterna's blank, which a full redraw skips.
   * The hash is Lanterna's, from the same fields.
   */
  static final class Cell extends TextCharacter {
    private final Style style;
    private final char c;
    private final boolean wide;

    Cell(Style style, char c) {
      super(c, style.fg, style.bg, style.modifiers);
      this.style = style;
      this.c = c;
      this.wide = super.isDoubleWidth();
    }

    @Override
    public boolean isDoubleWidth() {
      return wide;
    }

    @Override
    public boolean equals(Object o) {
      if (o == this) {
        return true;
      }
      if (o instanceof Cell other && other.style == style) {
        return other.c == c; // the usual case: cells of one shared style
      }
      return o instanceof TextCharacter t && getCharacterString().equals(t.getCharacterString())
          && getForegroundColor().equals(t.getForegroundColor()) && getBackgroundColor().equals(t.getBackgroundColor())
          && style.modifiers.equals(t.getModifiers());
    }

    @Override
    public int hashCode() {
      return super.hashCode();
    }
  }

  /** The cells of one style: ASCII in an array, the rest (box lines, braille) in a map. */
  static final class Style {
    /** Past this many characters of one style, new ones are built each time (a bound on memory). */
    private static final int MAX_OTHER = 4096;
    private final TextColor fg;
    private final TextColor bg;
    private final EnumSet<SGR> modifiers;
    private final Cell[] ascii = new Cell[128];
    private final Map<Character, Cell> other = new ConcurrentHashMap<>();

    Style(TextColor fg, TextColor bg, EnumSet<SGR> modifiers) {
      this.fg = fg;
      this.bg = bg;
      this.modifiers = EnumSet.copyOf(modifiers);
    }

    Cell of(char c) {
      if (c < 128) {
        Cell cell = ascii[c];
        if (cell == null) {
          // two threads may both build it: equal cells, either one kept
          cell = new Cell(this, c);
          ascii[c] = cell;
        }
        return cell;
      }
      Cell cell = other.get(c);
      if (cell == null) {
        cell = new Cell(this, c);
        if (other.size() < MAX_OTHER) {
          other.putIfAbsent(c, cell);
        }
      }
      return cell;
    }
  }

  private record Key(TextColor fg, TextColor bg, int modifiers) {}

  /** Every style drawn so far, shared by all players (a few hundred: the palette's roles and shades). */
  private static final Map<Key, Style> STYLES = new ConcurrentHashMap<>();
  private static final int MAX_STYLES = 4096;

  static Style style(TextColor fg, TextColor bg, EnumSet<SGR> modifiers) {
    int bits = 0;
    for (SGR m : modifiers) {
      bits |= 1 << m.ordinal();
    }
    Key k = new Key(fg, bg, bits);
    Style s = STYLES.get(k);
    if (s == null) {
      s = new Style(fg, bg, modifiers);
      if (STYLES.size() < MAX_STYLES) {
        Style was = STYLES.putIfAbsent(k, s);
        s = was != null ? was : s;
      }
    }
    return s;
  }

  /** Draws into this screen's back buffer, as Lanterna's own screen graphics do, with shared cells. */
  private final class Graphics extends AbstractTextGraphics {
    private Style style;
    private TextColor styleFg;
    private TextColor styleBg;
    private final EnumSet<SGR> styleModifiers = EnumSet.noneOf(SGR.class);

    private Style current() {
      // the decision-boundary map sets new colours for each cell, mostly equal to the last ones
      if (style == null || !Objects.equals(styleFg, foregroundColor) || !Objects.equals(styleBg, backgroundColor)
          || !styleModifiers.equals(activeModifiers)) {
        style = style(foregroundColor, backgroundColor, activeModifiers);
        styleFg = foregroundColor;
        styleBg = backgroundColor;
        styleModifiers.clear();
        styleModifiers.addAll(activeModifiers);
      }
      return style;
    }

    @Override
    public TextGraphics putString(int column, int row, String string) {
      for (int i = 0; i < string.length(); i++) {
        char c = string.charAt(i);
        if (c < ' ' || c == 0x7f) {
          return super.putString(column, row, string); // tabs, line breaks: Lanterna's rules
        }
      }
      Style s = current();
      int x = column;
      for (int i = 0; i < string.length(); i++) {
        Cell cell = s.of(string.charAt(i));
        setCharacter(x, row, cell);
        x += cell.isDoubleWidth() ? 2 : 1;
      }
      return this;
    }

    @Override
    public TextGraphics setCharacter(int column, int row, char c) {
      if (c < ' ' || c == 0x7f) {
        return super.setCharacter(column, row, c);
      }
      return setCharacter(column, row, current().of(c));
    }

    @Override
    public TextGraphics setCharacter(int column, int row, TextCharacter character) {
      SharedCellScreen.this.setCharacter(column, row, character);
      return this;
    }

    @Override
    public TextCharacter getCharacter(int column, int row) {
      return getBackCharacter(column, row);
    }

    @Override
    public TerminalSize getSize() {
      return getTerminalSize();
    }
  }
}
