package vanishingpoint.ui;

import vanishingpoint.core.GameState;

/** The parts every full-size screen shares: a header with title and profile, and the key footer. */
final class Frame {

  static final int MIN_COLS = 80;
  static final int MIN_ROWS = 24;
  /** First and last rows available to a screen's own content. */
  static final int TOP = 2;

  private Frame() {}

  static int bottom(Canvas c) {
    return c.height() - 3;
  }

  static void draw(Canvas c, GameState s, String title) {
    draw(c, s.profile().name(), title, KeyHelp.footer(s, c.glyphs()));
  }

  static void draw(Canvas c, String profile, String title, String footer) {
    int w = c.width();
    String who = "profile: " + profile;
    // a long title gives way to the profile's name: cut, with an ellipsis
    int room = w - who.length() - 4;
    String shown = title.length() <= room ? title
        : title.substring(0, Math.max(0, room - c.glyphs().ellipsis().length())).stripTrailing() + c.glyphs().ellipsis();
    c.text(1, 0, shown, Palette.TITLE);
    c.text(w - who.length() - 1, 0, who, Palette.DIM);
    c.hline(0, 1, w, Palette.DIM);
    c.hline(0, c.height() - 2, w, Palette.DIM);
    c.text(1, c.height() - 1, footer, Palette.KEY);
  }
}
