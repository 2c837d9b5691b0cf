package vanishingpoint.ui;

import java.util.List;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.core.ChallengeFlow;
import vanishingpoint.core.ChallengeProgress;
import vanishingpoint.core.GameState;

/** The campaign: each challenge with its stars, or what unlocks it. */
public final class ChallengesView {

  private ChallengesView() {}

  static void draw(Canvas c, GameState s) {
    Frame.draw(c, s, "Challenges");
    List<Challenge> all = s.content().challenges();
    int row = Frame.TOP + 1;
    if (all.isEmpty()) {
      c.text(3, row, "No challenges were found in " + s.content().dir() + ".", Palette.WARN);
      return;
    }
    int cursor = Math.min(s.top().cursor(), all.size() - 1);
    int first = Math.max(0, Math.min(cursor - (Frame.bottom(c) - row - 6), all.size() - (Frame.bottom(c) - row - 4)));
    for (int i = Math.max(0, first); i < all.size() && row <= Frame.bottom(c) - 5; i++) {
      Challenge ch = all.get(i);
      boolean open = ChallengeFlow.unlocked(s, ch);
      boolean sel = i == cursor;
      ChallengeProgress p = s.profile().challenge(ch.id());
      c.text(3, row, sel ? String.valueOf(c.glyphs().pointer()) : " ", Palette.ACCENT);
      String name = (ch.sandbox() ? "  " : String.format("%2d", ch.number())) + "  " + ch.title();
      c.text(5, row, " " + HomeView.pad(name, 38) + " ", sel ? Palette.SELECTED : open ? Palette.NORMAL : Palette.DIM);
      if (ch.sandbox()) {
        c.text(46, row, "free play, every knob", Palette.DIM);
      } else if (!open) {
        c.text(46, row, "locked", Palette.DIM);
      } else {
        c.text(46, row, stars(p.stars(), c.style().unicode()), p.completed() ? Palette.TITLE : Palette.DIM);
        if (p.completed()) {
          c.text(51, row, "best: " + p.steps() + " of " + budget(ch) + " steps", Palette.DIM);
        }
      }
      row++;
    }
    row++;
    Challenge ch = all.get(cursor);
    if (!ChallengeFlow.unlocked(s, ch)) {
      c.text(3, row, "Win the challenge before it (one star) to unlock this one.", Palette.DIM);
      return;
    }
    for (String story : ch.story()) {
      for (String line : Wrap.lines(LessonView.text(story, c), c.width() - 8)) {
        if (row <= Frame.bottom(c)) {
          c.text(3, row++, line, Palette.NORMAL);
        }
      }
    }
    ChallengeProgress p = s.profile().challenge(ch.id());
    if (p.completed()) {
      for (String line : Wrap.hanging("Your best settings: ", String.join(", ", p.settings().entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).toList()), c.width() - 6)) {
        if (row <= Frame.bottom(c)) {
          c.text(3, row++, line, Palette.DIM);
        }
      }
    }
  }

  /** {@code n} of 3 stars, as the Challenges screen shows them: ★★☆ (or **. in ASCII). */
  public static String stars(int n, boolean unicode) {
    String full = unicode ? "★" : "*";
    String empty = unicode ? "☆" : ".";
    return full.repeat(n) + empty.repeat(3 - n);
  }

  static int budget(Challenge ch) {
    return ch.config(ch.start()).steps();
  }
}
