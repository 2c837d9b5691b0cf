package vanishingpoint.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;

/**
 * The roles text plays on screen, each mapped to a colour per colour depth. Screens ask for a
 * role, never a colour, so that NO_COLOR and 16-colour terminals stay readable.
 */
public enum Palette {
  NORMAL(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT),
  TITLE(new TextColor.Indexed(214), TextColor.ANSI.YELLOW_BRIGHT),
  ACCENT(new TextColor.Indexed(75), TextColor.ANSI.CYAN_BRIGHT),
  DIM(new TextColor.Indexed(245), TextColor.ANSI.BLACK_BRIGHT),
  SELECTED(new TextColor.Indexed(231), TextColor.ANSI.WHITE_BRIGHT),
  GOOD(new TextColor.Indexed(114), TextColor.ANSI.GREEN_BRIGHT),
  WARN(new TextColor.Indexed(203), TextColor.ANSI.RED_BRIGHT),
  KEY(new TextColor.Indexed(222), TextColor.ANSI.YELLOW),
  EMPH(new TextColor.Indexed(231), TextColor.ANSI.WHITE_BRIGHT),
  TERM(new TextColor.Indexed(220), TextColor.ANSI.YELLOW_BRIGHT),
  CODE(new TextColor.Indexed(116), TextColor.ANSI.CYAN);

  private static final TextColor SELECTED_BG_256 = new TextColor.Indexed(24);

  private final TextColor c256;
  private final TextColor c16;

  Palette(TextColor c256, TextColor c16) {
    this.c256 = c256;
    this.c16 = c16;
  }

  /** Sets the graphics' colours and modifiers for this role. */
  public void apply(TextGraphics g, Style style) {
    g.clearModifiers();
    g.setBackgroundColor(TextColor.ANSI.DEFAULT);
    switch (style.colors()) {
      case NONE:
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        // Without colour, emphasis must survive as attributes.
        if (this == SELECTED) {
          g.enableModifiers(SGR.REVERSE);
        } else if (this == TITLE || this == KEY || this == WARN || this == EMPH || this == TERM) {
          g.enableModifiers(SGR.BOLD);
        }
        return;
      case ANSI16:
        g.setForegroundColor(c16);
        if (this == SELECTED) {
          g.setBackgroundColor(TextColor.ANSI.BLUE);
          g.enableModifiers(SGR.BOLD);
        } else if (this == EMPH || this == TERM) {
          g.enableModifiers(SGR.BOLD);
        }
        return;
      default:
        g.setForegroundColor(c256);
        if (this == SELECTED) {
          g.setBackgroundColor(SELECTED_BG_256);
          g.enableModifiers(SGR.BOLD);
        }
        if (this == TITLE || this == EMPH || this == TERM) {
          g.enableModifiers(SGR.BOLD);
        }
    }
  }
}
