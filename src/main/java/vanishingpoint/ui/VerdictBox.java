package vanishingpoint.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.core.ChallengeFlow;
import vanishingpoint.core.ChallengeState;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Training;
import vanishingpoint.train.Fmt;
import vanishingpoint.text.Ascii;
import vanishingpoint.train.Diagnosis;
import vanishingpoint.train.Evidence;
import vanishingpoint.train.Thresholds;
import vanishingpoint.train.Verdict;

/** How the run ended, in the player's terms, from the engine's verdict; stars; what next. */
final class VerdictBox {

  private VerdictBox() {}

  static void draw(Canvas c, GameState s, Challenge ch, ChallengeState v) {
    Verdict verdict = v.training().verdict();
    int w = Math.min(c.width() - 4, 76);
    List<String> lines = new ArrayList<>();
    for (String p : explain(c, s, ch, v)) {
      lines.addAll(Wrap.lines(p, w - 4));
    }
    int h = Math.min(c.height() - 4, lines.size() + 3);
    int col = (c.width() - w) / 2;
    int row = Math.max(2, c.height() - 3 - h);
    boolean won = verdict.converged();
    c.box(col, row, w, h, won ? Palette.GOOD : Palette.WARN);
    c.label(col + 2, row, " " + verdict.label().toUpperCase(Locale.ROOT) + " ", won ? Palette.GOOD : Palette.WARN);
    for (int i = 0; i < lines.size() && i < h - 2; i++) {
      c.text(col + 2, row + 1 + i, lines.get(i), i == 0 ? Palette.EMPH : Palette.NORMAL);
    }
    String keys = won ? " Enter: settings  r: run again  v: charts  Esc: challenges "
        : " Enter: settings  h: hint  r: run again  v: charts  Esc: back ";
    c.label(col + 2, row + h - 1, keys, Palette.DIM);
  }

  /** A diagnosis as a player reads it: "Vanishing gradients", "Dead units". */
  static String title(Diagnosis.Kind k) {
    switch (k) {
      case VANISHING: return "Vanishing gradients";
      case EXPLODING: return "Exploding gradients";
      case SATURATED: return "Saturated units";
      case DEAD_UNITS: return "Dead units";
      case SYMMETRIC: return "Symmetric units";
      case STEP_TOO_LARGE: return "Steps too large";
      case STEP_TOO_SMALL: return "Steps too small";
      default: return "Healthy";
    }
  }

  /** The challenge's other winning settings, as the knobs they change from the start: "init=xavier". */
  static String otherWins(Challenge ch, ChallengeState v) {
    Map<String, String> mine = ch.full(v.settings());
    List<String> others = new ArrayList<>();
    for (Map<String, String> w : ch.wins()) {
      Map<String, String> full = ch.full(w);
      if (!full.equals(mine)) {
        others.add(String.join(" ", full.entrySet().stream().filter(e -> !e.getValue().equals(ch.start().get(e.getKey())))
            .map(e -> e.getKey() + "=" + e.getValue()).toList()));
      }
    }
    int shown = Math.min(2, others.size());
    return String.join("; ", others.subList(0, shown)) + (others.size() > shown ? "; and " + (others.size() - shown)
        + " more" : "");
  }

  static List<String> explain(Canvas cv, GameState s, Challenge ch, ChallengeState v) {
    Training t = v.training();
    Verdict verdict = t.verdict();
    Evidence e = verdict.evidence();
    List<String> out = new ArrayList<>();
    double target = ch.config(ch.start()).targetAccuracy();
    switch (verdict.outcome()) {
      case CONVERGED: {
        out.add(Fmt.of("Converged at step %d of %d: %.1f%% accuracy on every point, loss %s.",
            e.convergedAt(), t.budget(), 100 * e.accuracy(), ChallengeScreen.num(e.finalLoss())));
        if (!ch.sandbox()) {
          int stars = ChallengeFlow.stars(e.convergedAt(), t.budget(), v.hints());
          out.add(ChallengesView.stars(stars, cv.style().unicode()) + "  converged"
              + (e.convergedAt() * 2 <= t.budget() ? ", within half the budget" : ", but not within half the budget")
              + (v.hints() == 0 ? ", with no hints" : ", with hints"));
          String others = otherWins(ch, v);
          if (!others.isEmpty()) {
            out.add("Also wins: " + others + ".");
          }
        }
        break;
      }
      case DIVERGED:
        out.add("Diverged: the run ended blown up (" + verdict.reason() + ").");
        break;
      default:
        out.add(Fmt.of("Not converged: %.1f%% accuracy after %d steps. A win holds %.0f%% for %d"
            + " steps in a row, with the loss at most half of chance.", 100 * e.accuracy(), e.steps(), 100 * target,
            Thresholds.HOLD_STEPS));
    }
    for (Diagnosis d : verdict.diagnoses()) {
      if (d.kind() != Diagnosis.Kind.HEALTHY || !verdict.converged()) {
        out.add(title(d.kind()) + ": " + (cv.style().unicode() ? d.evidence() : Ascii.of(d.evidence())) + ".");
      }
    }
    if (!verdict.converged()) {
      s.content().lesson(ch.lesson().split("#")[0]).ifPresent(l -> l.pageIndex(ch.lesson().split("#")[1])
          .ifPresent(p -> out.add("Why: lesson " + l.number() + ", \"" + LessonView.text(l.pages().get(p).title(), cv)
              + "\" (page " + (p + 1) + ").")));
      // every hint seen, not only the last
      for (int h = 0; h < v.hints() && h < ch.hints().size(); h++) {
        out.add("Hint " + (h + 1) + ": " + LessonView.text(ch.hints().get(h), cv));
      }
      if (v.hintAsked()) {
        out.add(ChallengeFlow.hintPrice(v.hints() + 1));
      } else if (v.hints() < ch.hints().size()) {
        out.add("Stuck? Press h for a hint (" + (ch.hints().size() - v.hints()) + " left"
            + (v.hints() == 0 ? "; a hint costs the third star)." : ")."));
      }
    }
    return out;
  }
}
