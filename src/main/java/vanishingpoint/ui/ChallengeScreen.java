package vanishingpoint.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.core.ChallengeFlow;
import vanishingpoint.core.ChallengeView;
import vanishingpoint.core.GameState;
import vanishingpoint.train.Fmt;

/** A challenge: the settings panel, the live training view, naming the problem, the verdict. */
final class ChallengeScreen {

  private ChallengeScreen() {}

  static void draw(Canvas c, GameState s, Challenge ch) {
    ChallengeView v = s.challenge();
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

  private static void settings(Canvas c, GameState s, Challenge ch, ChallengeView v) {
    int row = Frame.TOP;
    int width = c.width() - 6;
    for (String story : ch.story()) {
      for (String line : Wrap.lines(LessonView.text(story, c), width)) {
        c.text(3, row++, line, Palette.NORMAL);
      }
    }
    row++;
    c.text(3, row++, "Settings", Palette.TITLE);
    List<String> unlocked = new ArrayList<>(ch.knobs().keySet());
    int cur = unlocked.isEmpty() ? -1 : Math.min(s.top().cursor(), unlocked.size() - 1);
    var fixed = ch.fixedValue();
    String left = c.style().unicode() ? "◀" : "<";
    String right = c.style().unicode() ? "▶" : ">";
    int rowsLeft = Frame.bottom(c) - row - 3;
    boolean compact = rowsLeft < Challenge.KNOBS.size();
    for (String knob : Challenge.KNOBS) {
      int i = unlocked.indexOf(knob);
      if (i < 0 && compact) {
        continue;
      }
      boolean sel = i >= 0 && i == cur;
      c.text(3, row, sel ? String.valueOf(c.glyphs().pointer()) : " ", Palette.ACCENT);
      c.text(5, row, HomeView.pad(knob, 11), i >= 0 ? Palette.NORMAL : Palette.DIM);
      if (i >= 0) {
        String value = v.settings().getOrDefault(knob, ch.start().get(knob));
        c.text(17, row, " " + left + " " + HomeView.pad(value, 14) + " " + right + " ", sel ? Palette.SELECTED : Palette.ACCENT);
      } else {
        c.text(19, row, HomeView.pad(fixed.get(knob), 16) + " locked", Palette.DIM);
      }
      row++;
    }
    if (compact) {
      c.text(5, row++, "other settings are locked", Palette.DIM);
    }
    if (cur >= 0) {
      String knob = unlocked.get(cur);
      String help = s.content().knobHelp(knob, v.settings().getOrDefault(knob, ch.start().get(knob)));
      for (String line : Wrap.lines(LessonView.text(help, c), width)) {
        c.text(3, ++row, line, Palette.DIM);
      }
    }
    row += 2;
    if (v.hintAsked() && row <= Frame.bottom(c)) {
      c.text(3, row++, ChallengeFlow.hintPrice(v.hints() + 1), Palette.KEY);
    }
    for (int h = 0; h < v.hints() && row <= Frame.bottom(c); h++) {
      for (String line : Wrap.lines("Hint " + (h + 1) + ": " + LessonView.text(ch.hints().get(h), c), width)) {
        if (row <= Frame.bottom(c)) {
          c.text(3, row++, line, Palette.KEY);
        }
      }
    }
  }

  private static void diagnose(Canvas c, GameState s, ChallengeView v) {
    int w = 52;
    int h = ChallengeFlow.DIAGNOSES.size() + 6;
    int col = (c.width() - w) / 2;
    int row = Math.max(2, (c.height() - h) / 2);
    c.box(col, row, w, h, Palette.ACCENT);
    c.text(col + 2, row, " Diagnose first ", Palette.TITLE);
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
    c.text(col + 2, row + h - 1, " Enter: answer  r: run again ", Palette.DIM);
  }

  static String num(double v) {
    return Fmt.of("%.3g", v);
  }

}
