package vanishingpoint.ui;

import java.util.List;
import vanishingpoint.core.GameState;

/** Boxes drawn over a screen: the key help and the notices the player must acknowledge. */
final class Overlays {

  private Overlays() {}

  static void keyHelp(Canvas c, GameState s) {
    List<KeyHelp.Entry> keys = KeyHelp.forScreen(s.screen(), c.glyphs());
    int keyW = keys.stream().mapToInt(e -> e.key().length()).max().orElse(0);
    int w = Math.min(c.width() - 4, 4 + keyW + 3 + keys.stream().mapToInt(e -> e.action().length()).max().orElse(0));
    int h = keys.size() + 4;
    int col = (c.width() - w) / 2;
    int row = Math.max(0, (c.height() - h) / 2);
    c.box(col, row, w, h, Palette.ACCENT);
    c.label(col + 2, row, " Keys: " + s.screen().title() + " ", Palette.TITLE);
    int r = row + 2;
    for (KeyHelp.Entry e : keys) {
      c.text(col + 2, r, HomeView.pad(e.key(), keyW), Palette.KEY);
      c.text(col + 2 + keyW + 3, r, e.action(), Palette.NORMAL);
      r++;
    }
    c.label(col + 2, row + h - 1, " ? or Esc closes ", Palette.DIM);
  }

  static void notice(Canvas c, String text, int remaining) {
    int w = Math.min(c.width() - 4, 70);
    List<String> lines = Wrap.lines(text, w - 4);
    int h = Math.min(c.height(), lines.size() + 4);
    int col = (c.width() - w) / 2;
    int row = Math.max(0, (c.height() - h) / 2);
    c.box(col, row, w, h, Palette.WARN);
    c.label(col + 2, row, " Please note ", Palette.WARN);
    for (int i = 0; i < lines.size() && row + 2 + i < row + h - 1; i++) {
      c.text(col + 2, row + 2 + i, lines.get(i), Palette.NORMAL);
    }
    String more = remaining > 1 ? " any key: next (" + (remaining - 1) + " more) " : " any key to continue ";
    c.label(col + 2, row + h - 1, more, Palette.DIM);
  }
}
