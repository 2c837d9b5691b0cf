package vanishingpoint.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.core.ChallengeFlow;
import vanishingpoint.core.ChallengeState;
import vanishingpoint.core.GameState;
import vanishingpoint.train.Fmt;

/** A challenge: the settings panel, the live training view, naming the problem, the verdict. */
final class ChallengeScreen {

  private ChallengeScreen() {}

  static void draw(Canvas c, GameState s, Challenge ch) {
    ChallengeState v = s.challenge();
    String title = (ch.sandbox() ? "Sandbox" : "Challenge " + ch.number()) + ": " + ch.title();
    Frame.draw(c, s, title);
    if (v.restoring()) {
      c.text(3, Frame.TOP + 1, "Restoring your last run: recomputing it with the same settings...", Palette.DIM);
      return;
    }
    switch (v.phase()) {
      case SETTINGS:
        settings(c, s, ch, v);
        break;
      case TRAINING:
        LiveView.draw(c, v, ch);
        break;
      case DIAGNOSE:
        LiveView.draw(c, v, ch);
        diagnose(c, s, v);
        break;
      default:
        LiveView.draw(c, v, ch);
        if (v.verdictShown()) {
          VerdictBox.draw(c, s, ch, v);
        }
    }
  }

  /**
   * The story, the knobs, the chosen knob's help and the hints shown so far. Taller than the
   * screen (many knobs, long hints), it scrolls: the chosen knob and its help are always in view,
   * and as much as fits of what follows, so that a new hint shows.
   */
  private static void settings(Canvas c, GameState s, Challenge ch, ChallengeState v) {
    int width = c.width() - 6;
    List<LessonView.Row> rows = new ArrayList<>();
    for (String story : ch.story()) {
      for (String line : Wrap.lines(LessonView.text(story, c), width)) {
        rows.add((cv, col, row) -> cv.text(col, row, line, Palette.NORMAL));
      }
    }
    rows.add((cv, col, row) -> { });
    rows.add((cv, col, row) -> cv.text(col, row, "Settings", Palette.TITLE));
    List<String> unlocked = new ArrayList<>(ch.knobs().keySet());
    int cur = unlocked.isEmpty() ? -1 : Math.min(s.top().cursor(), unlocked.size() - 1);
    var fixed = ch.fixedValue();
    String left = c.style().unicode() ? "◀" : "<";
    String right = c.style().unicode() ? "▶" : ">";
    // the locked knobs are listed only when there is room for them
    boolean compact = Frame.bottom(c) - Frame.TOP - rows.size() - 3 < Challenge.KNOBS.size()
        && unlocked.size() < Challenge.KNOBS.size();
    int from = rows.size();
    int to = rows.size();
    for (String knob : Challenge.KNOBS) {
      int i = unlocked.indexOf(knob);
      if (i < 0 && compact) {
        continue;
      }
      boolean sel = i >= 0 && i == cur;
      String value = i >= 0 ? v.settings().getOrDefault(knob, ch.start().get(knob)) : fixed.get(knob);
      if (sel) {
        from = rows.size();
      }
      rows.add((cv, col, row) -> {
        cv.text(col, row, sel ? String.valueOf(cv.glyphs().pointer()) : " ", Palette.ACCENT);
        cv.text(col + 2, row, HomeView.pad(knob, 11), i >= 0 ? Palette.NORMAL : Palette.DIM);
        if (i >= 0) {
          cv.text(col + 14, row, " " + left + " " + HomeView.pad(value, 14) + " " + right + " ",
              sel ? Palette.SELECTED : Palette.ACCENT);
        } else {
          cv.text(col + 16, row, HomeView.pad(value, 16) + " locked", Palette.DIM);
        }
      });
    }
    if (compact) {
      rows.add((cv, col, row) -> cv.text(col + 2, row, "other settings are locked", Palette.DIM));
    }
    if (cur >= 0) {
      String knob = unlocked.get(cur);
      String help = s.content().knobHelp(knob, v.settings().getOrDefault(knob, ch.start().get(knob)));
      rows.add((cv, col, row) -> { });
      for (String line : Wrap.lines(LessonView.text(help, c), width)) {
        rows.add((cv, col, row) -> cv.text(col, row, line, Palette.DIM));
      }
      to = rows.size() - 1;
    }
    for (int h = 0; h < v.hints() && h < ch.hints().size(); h++) {
      rows.add((cv, col, row) -> { });
      for (String line : Wrap.hanging("Hint " + (h + 1) + ": ", LessonView.text(ch.hints().get(h), c), width)) {
        rows.add((cv, col, row) -> cv.text(col, row, line, Palette.KEY));
      }
    }
    if (v.hintAsked()) {
      rows.add((cv, col, row) -> { });
      for (String line : Wrap.lines(ChallengeFlow.hintPrice(v.hints() + 1), width)) {
        rows.add((cv, col, row) -> cv.text(col, row, line, Palette.KEY));
      }
    }
    if (v.hints() > 0 || v.hintAsked()) {
      // the newest hint (or the price of the next) too, as far as the chosen knob allows
      to = rows.size() - 1;
    }
    int top = Frame.TOP;
    int bottom = Frame.bottom(c);
    Scroll.draw(c, rows, 3, top, bottom, Scroll.first(rows.size(), bottom - top + 1, from, to));
  }

  private static void diagnose(Canvas c, GameState s, ChallengeState v) {
    int w = 52;
    int h = ChallengeFlow.DIAGNOSES.size() + 6;
    int col = (c.width() - w) / 2;
    int row = Math.max(2, (c.height() - h) / 2);
    c.box(col, row, w, h, Palette.ACCENT);
    c.label(col + 2, row, " Diagnose first ", Palette.TITLE);
    c.text(col + 2, row + 1, "What is going wrong with this network?", Palette.NORMAL);
    int cur = Math.min(s.top().cursor(), ChallengeFlow.DIAGNOSES.size() - 1);
    for (int i = 0; i < ChallengeFlow.DIAGNOSES.size(); i++) {
      String d = VerdictBox.title(ChallengeFlow.DIAGNOSES.get(i));
      c.text(col + 2, row + 3 + i, (i == cur ? c.glyphs().pointer() : ' ') + " " + HomeView.pad(d, 30),
          i == cur ? Palette.SELECTED : Palette.NORMAL);
    }
    if (v.guess() >= 0 && !v.diagnosed()) {
      c.text(col + 2, row + h - 2, "Not that. Look at the bars and the loss again.", Palette.WARN);
    }
    c.label(col + 2, row + h - 1, " Enter: answer  r: run again ", Palette.DIM);
  }

  static String num(double v) {
    return Fmt.of("%.3g", v);
  }

}
