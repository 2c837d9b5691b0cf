package vanishingpoint.ui;

import java.util.ArrayList;
import java.util.List;
import vanishingpoint.core.QuizAnswering;
import vanishingpoint.core.GameState;
import vanishingpoint.core.QuizState;
import vanishingpoint.quiz.Choices;
import vanishingpoint.quiz.DiagnoseOptions;
import vanishingpoint.quiz.Question;

/**
 * The answering part of each question type: its rows (wrapped to the width), which of them hold
 * the cursor (kept in view when the question is taller than the screen), and the line of keys
 * the quiz shows pinned under it.
 */
final class QuestionBody {

  /** The rows, the cursor's rows {@code focusFrom} to {@code focusTo} (-1: none), and the keys. */
  static final class Body {
    final List<LessonView.Row> rows = new ArrayList<>();
    int focusFrom = -1;
    int focusTo = -1;
    String keys = "";

    private void add(LessonView.Row r) {
      rows.add(r);
    }

    private void focusFrom(int from, boolean cur) {
      if (cur) {
        focusFrom = from;
        focusTo = rows.size() - 1;
      }
    }
  }

  private QuestionBody() {}

  static Body of(Canvas c, GameState s, QuizState v, Question q, int width) {
    Body b = new Body();
    if (q instanceof Question.Typein t) {
      text(b, v, width, "Hint: it starts with \"" + t.accept().get(0).substring(0, Math.min(2,
          t.accept().get(0).length())) + "\"");
    } else if (q instanceof Question.Recall r) {
      text(b, v, width, "Hint: a full answer has " + r.ideas().size() + " ideas: "
          + String.join("; ", r.ideas().stream().map(Question.Idea::label).toList()));
    } else if (q instanceof Question.Match m) {
      match(b, c, v, m, width);
    } else if (q instanceof Question.Order o) {
      order(b, c, v, o, width);
    } else if (q instanceof Question.Diagnose d) {
      diagnose(b, c, v, d, width);
    } else {
      // choice, true/false: shown in this showing's order (shuffled per showing, seeded); picks index into it
      List<Choices.Option> canonical = Choices.of(q);
      List<Choices.Option> opts = vanishingpoint.core.QuizFlow.optionOrder(s, q).stream().map(canonical::get).toList();
      boolean several = Choices.severalRight(q);
      b.keys = several ? "Several answers are right: Space ticks, Enter checks."
          : "Up/Down choose, Enter checks.";
      for (int i = 0; i < opts.size(); i++) {
        option(b, c, v, i, several ? (v.picked().contains(i) ? "[x] " : "[ ] ") : "", opts.get(i).text(),
            opts.get(i).right(), v.picked().contains(i), width);
      }
    }
    return b;
  }

  private static void option(Body b, Canvas c, QuizState v, int i, String marker, String text, boolean right,
      boolean picked, int width) {
    boolean uni = c.style().unicode();
    boolean cur = i == v.cursor() && !v.answered();
    String mark = !v.answered() ? "" : right ? (uni ? " ✓" : " (right)") : picked ? (uni ? " ✗" : " (wrong)") : "";
    Palette role = !v.answered() ? (cur ? Palette.SELECTED : Palette.NORMAL)
        : right ? Palette.GOOD : picked ? Palette.WARN : Palette.DIM;
    List<RichText.Line> lines = RichText.wrap(text + mark, uni, width - 2, 0, marker, marker.length());
    int from = b.rows.size();
    for (int k = 0; k < lines.size(); k++) {
      String p = k == 0 && cur ? String.valueOf(c.glyphs().pointer()) : " ";
      String t = LessonView.plain(lines.get(k));
      b.add((cv, col, row) -> {
        cv.text(col, row, p, Palette.ACCENT);
        cv.text(col + 2, row, t, role);
      });
    }
    b.focusFrom(from, cur);
  }

  private static void text(Body b, QuizState v, int width, String hint) {
    String cursor = v.answered() ? "" : "_";
    int from = b.rows.size();
    for (String l : Wrap.lines("> " + v.text() + cursor, width)) {
      b.add((cv, col, row) -> cv.text(col, row, l, Palette.EMPH));
    }
    b.focusFrom(from, !v.answered());
    if (v.hint() && !v.answered()) {
      for (String l : Wrap.lines(hint, width)) {
        b.add((cv, col, row) -> cv.text(col, row, l, Palette.KEY));
      }
      b.focusTo = b.rows.size() - 1;
    }
    b.keys = "Type, then Enter. Tab: a hint (the card then counts as Hard). Esc leaves the quiz.";
  }

  private static void match(Body b, Canvas c, QuizState v, Question.Match q, int width) {
    b.keys = "For each line, Left/Right choose its partner; Enter checks when all are set.";
    for (int i = 0; i < q.pairs().size(); i++) {
      Integer chosen = v.pairs().get(i);
      String right = chosen == null ? "?" : LessonView.text(q.pairs().get(chosen).right(), c);
      boolean ok = v.answered() && i < v.result().pairs().size() && v.result().pairs().get(i);
      String left = LessonView.text(q.pairs().get(i).left(), c);
      String arrow = " " + c.glyphs().arrow() + " ";
      // a left side too long for its column takes lines of its own; the partner goes under the arrow
      List<String> lines = new ArrayList<>();
      String lead = HomeView.pad(left, 32) + arrow;
      if (left.length() > 32) {
        lines.addAll(Wrap.lines(left, width - 2));
        lead = " ".repeat(32) + arrow;
      }
      String partner = right + (v.answered() && !ok ? "   (right: " + LessonView.text(q.pairs().get(i).right(), c) + ")"
          : "");
      boolean cur = i == v.cursor() && !v.answered();
      Palette role = !v.answered() ? (cur ? Palette.SELECTED : Palette.NORMAL) : ok ? Palette.GOOD : Palette.WARN;
      lines.addAll(Wrap.hanging(lead, partner, width - 2));
      lines(b, c, lines, cur, role);
    }
  }

  /** Wrapped lines of one item: the pointer on its first line when it has the cursor. */
  private static void lines(Body b, Canvas c, List<String> lines, boolean cur, Palette role) {
    int from = b.rows.size();
    for (int k = 0; k < lines.size(); k++) {
      String p = cur && k == 0 ? String.valueOf(c.glyphs().pointer()) : " ";
      String line = lines.get(k);
      b.add((cv, col, row) -> {
        cv.text(col, row, p, Palette.ACCENT);
        cv.text(col + 2, row, line, role);
      });
    }
    b.focusFrom(from, cur);
  }

  private static void order(Body b, Canvas c, QuizState v, Question.Order q, int width) {
    b.keys = v.picked().isEmpty() ? "Space picks a step up; Up/Down move the cursor; Enter checks."
        : "Moving the picked step: Up/Down; Space puts it down.";
    List<Integer> order = v.order().isEmpty() ? QuizAnswering.shuffledSteps(q) : v.order();
    for (int i = 0; i < order.size(); i++) {
      boolean cur = i == v.cursor() && !v.answered();
      boolean ok = v.answered() && i < v.result().steps().size() && v.result().steps().get(i);
      String step = LessonView.text(q.steps().get(order.get(i)), c) + (cur && !v.picked().isEmpty() ? "   (moving)" : "");
      Palette role = !v.answered() ? (cur ? Palette.SELECTED : Palette.NORMAL) : ok ? Palette.GOOD : Palette.WARN;
      lines(b, c, Wrap.hanging((i + 1) + ". ", step, width - 2), cur, role);
    }
  }

  private static void diagnose(Body b, Canvas c, QuizState v, Question.Diagnose q, int width) {
    if (v.diagnose() == null) {
      // never the run's settings: they would give the answer away
      b.add((cv, col, row) -> cv.text(col, row, "Training the network...", Palette.DIM));
    } else {
      double[] n = v.diagnose().peakNorms().length > 0 ? v.diagnose().peakNorms() : v.diagnose().gradNorms();
      String head = vanishingpoint.train.Fmt.of("%d steps, loss %s, accuracy %.0f%%. Largest gradient norm per layer:",
          v.diagnose().step(), ChallengeScreen.num(v.diagnose().lastLoss()), 100 * v.diagnose().accuracy());
      for (String l : Wrap.lines(head, width)) {
        b.add((cv, col, row) -> cv.text(col, row, l, Palette.DIM));
      }
      double[] range = Widgets.range(n);
      LogColumns.rows(n, 4, range[0], range[1], 7 + 2 * n.length <= width ? 2 : 1, Widgets::health,
          c.style().unicode()).forEach(b::add);
      double[] losses = v.diagnose().losses();
      b.add((cv, col, row) -> cv.text(col, row, "loss: " + sparkline(losses, cv.style().unicode(),
          Math.min(60, width - 6)), Palette.ACCENT));
    }
    List<DiagnoseOptions.Option> opts = DiagnoseOptions.of(q);
    DiagnoseOptions.Part part = null;
    String[] marks = c.style().unicode() ? new String[] {"( ) ", "(•) "} : new String[] {"( ) ", "(*) "};
    for (int i = 0; i < opts.size(); i++) {
      if (opts.get(i).part() != part) {
        part = opts.get(i).part();
        String head = (part == DiagnoseOptions.Part.PROBLEM ? "What is wrong?" : "What would fix it?")
            + (v.answered() ? "" : " (pick one)");
        b.add((cv, col, row) -> cv.text(col, row, head, Palette.TITLE));
      }
      boolean picked = v.picked().contains(i);
      option(b, c, v, i, v.answered() ? "" : marks[picked ? 1 : 0], opts.get(i).text(), opts.get(i).right(), picked,
          width);
    }
    b.keys = "Up/Down choose; Space picks a diagnosis and a fix; Enter checks.";
  }

  /** A one-line loss curve in eighth blocks (ASCII: digits 0-9). */
  static String sparkline(double[] values, boolean unicode, int width) {
    if (values.length == 0) {
      return "";
    }
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (double x : values) {
      if (Double.isFinite(x)) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
    String ramp = unicode ? "▁▂▃▄▅▆▇█" : "0123456789";
    StringBuilder b = new StringBuilder();
    int w = Math.min(width, values.length);
    for (int i = 0; i < w; i++) {
      double x = values[(int) ((long) i * (values.length - 1) / Math.max(1, w - 1))];
      if (!Double.isFinite(x)) {
        b.append('!');
        continue;
      }
      int k = hi > lo ? (int) Math.round((x - lo) / (hi - lo) * (ramp.length() - 1)) : 0;
      b.append(ramp.charAt(k));
    }
    return b.toString();
  }

}
