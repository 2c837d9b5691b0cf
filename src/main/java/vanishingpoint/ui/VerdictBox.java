package vanishingpoint.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.core.ChallengeView;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Training;
import vanishingpoint.train.Fmt;

/** How the run ended, in the player's terms, from the measured numbers; stars; what next. */
final class VerdictBox {

  private VerdictBox() {}

  static void draw(Canvas c, GameState s, Challenge ch, ChallengeView v) {
    Training t = v.training();
    int w = Math.min(c.width() - 4, 76);
    List<String> lines = new ArrayList<>();
    for (String p : explain(c, s, ch, v)) {
      lines.addAll(Wrap.lines(p, w - 4));
    }
    int h = Math.min(c.height() - 4, lines.size() + 3);
    int col = (c.width() - w) / 2;
    int row = Math.max(2, c.height() - 3 - h);
    boolean won = "converged".equals(t.verdict());
    c.box(col, row, w, h, won ? Palette.GOOD : Palette.WARN);
    c.text(col + 2, row, " " + t.verdict().toUpperCase(Locale.ROOT) + " ", won ? Palette.GOOD : Palette.WARN);
    for (int i = 0; i < lines.size() && i < h - 2; i++) {
      c.text(col + 2, row + 1 + i, lines.get(i), i == 0 ? Palette.EMPH : Palette.NORMAL);
    }
    String keys = won ? " Enter: settings   r: run again   Esc: challenges "
        : " Enter: change settings   h: hint   r: run again   Esc: back ";
    c.text(col + 2, row + h - 1, keys, Palette.DIM);
  }

  static List<String> explain(Canvas cv, GameState s, Challenge ch, ChallengeView v) {
    Training t = v.training();
    List<String> out = new ArrayList<>();
    double[] n = t.peakNorms();
    double first = n.length > 0 ? n[0] : Double.NaN;
    double last = n.length > 0 ? n[n.length - 1] : Double.NaN;
    switch (t.verdict()) {
      case "converged": {
        int stars = 1 + (t.step() * 2 <= t.budget() ? 1 : 0) + (v.hints() == 0 ? 1 : 0);
        out.add(Fmt.of("Converged: %.1f%% accuracy at step %d of %d.", 100 * t.accuracy(),
            t.step(), t.budget()));
        if (!ch.sandbox()) {
          out.add(ChallengesView.stars(stars, cv.style().unicode()) + "  converged" + (t.step() * 2 <= t.budget()
              ? ", within half the budget" : ", but not within half the budget")
              + (v.hints() == 0 ? ", with no hints" : ", with hints"));
        }
        break;
      }
      case "vanishing":
        out.add(Fmt.of("Vanishing: layer 1's gradient was %s times smaller than the output"
            + " layer's (at most %.1e against %.1e), so the first layers barely changed and the loss stayed near %s.",
            powerOfTen(last / first), first, last, ChallengeScreen.num(t.lastLoss())));
        break;
      case "exploding":
        out.add(Double.isFinite(t.lastLoss())
            ? "Exploding: the gradients and weights grew layer after layer until the updates blew the network up."
            : "Exploding: the numbers overflowed and the loss became NaN at step " + t.step() + ".");
        break;
      default:
        out.add(Fmt.of("Stalled: no vanishing and no explosion, but only %.1f%% accuracy after"
            + " %d steps (target %.0f%%).", 100 * t.accuracy(), t.step(), 100 * ch.config(ch.start()).targetAccuracy()));
    }
    out.add("Measured: " + Fmt.clean(cv.style().unicode() ? t.reason() : vanishingpoint.lesson.Ascii.of(t.reason())));
    if (!"converged".equals(t.verdict())) {
      s.content().lesson(ch.lesson().split("#")[0]).ifPresent(l -> l.pageIndex(ch.lesson().split("#")[1])
          .ifPresent(p -> out.add("Why: lesson " + l.number() + ", \"" + LessonView.text(l.pages().get(p).title(), cv)
              + "\" (page " + (p + 1) + ").")));
      if (v.hints() < ch.hints().size()) {
        out.add("Stuck? Press h for a hint (" + (ch.hints().size() - v.hints()) + " left; a hint costs the third star).");
      } else if (!ch.hints().isEmpty()) {
        out.add("Hint " + v.hints() + ": " + LessonView.text(ch.hints().get(v.hints() - 1), cv));
      }
    }
    return out;
  }

  /** "10^9" for a ratio of about a billion. */
  static String powerOfTen(double ratio) {
    if (!(ratio > 0) || !Double.isFinite(ratio)) {
      return "many";
    }
    return "10^" + Math.round(Math.log10(ratio));
  }
}
