package vanishingpoint.ui;

import java.util.List;
import vanishingpoint.core.GameState;
import vanishingpoint.core.QuizAnswering;
import vanishingpoint.core.QuizView;
import vanishingpoint.quiz.Choices;
import vanishingpoint.quiz.DiagnoseOptions;
import vanishingpoint.quiz.Question;

/** The answering part of each question type. */
final class QuestionBody {

  private QuestionBody() {}

  static void rows(List<LessonView.Row> rows, Canvas c, GameState s, QuizView v, Question q, int width) {
    boolean uni = c.style().unicode();
    switch (q.type()) {
      case TYPEIN:
      case RECALL:
        text(rows, c, v, q, width);
        return;
      case MATCH:
        match(rows, c, v, q);
        return;
      case ORDER:
        order(rows, c, v, q);
        return;
      case DIAGNOSE:
        diagnose(rows, c, v, q, width);
        return;
      default:
        List<Choices.Option> canonical = Choices.of(q);
        List<Choices.Option> opts = vanishingpoint.core.QuizFlow.optionOrder(s, q).stream().map(canonical::get).toList();
        boolean several = Choices.severalRight(q);
        if (several && !v.answered()) {
          note(rows, "Several answers are right: Space ticks, Enter checks.");
        }
        for (int i = 0; i < opts.size(); i++) {
          option(rows, c, v, i, (several ? (v.picked().contains(i) ? "[x] " : "[ ] ") : "") + opts.get(i).text(),
              opts.get(i).right(), v.picked().contains(i), width);
        }
    }
  }

  private static void option(List<LessonView.Row> rows, Canvas c, QuizView v, int i, String text, boolean right,
      boolean picked, int width) {
    boolean uni = c.style().unicode();
    boolean cur = i == v.cursor() && !v.answered();
    String mark = !v.answered() ? "" : right ? (uni ? " ✓" : " (right)") : picked ? (uni ? " ✗" : " (wrong)") : "";
    Palette role = !v.answered() ? (cur ? Palette.SELECTED : Palette.NORMAL)
        : right ? Palette.GOOD : picked ? Palette.WARN : Palette.DIM;
    List<RichText.Line> lines = RichText.wrap(text + mark, uni, width - 4, 0, "", 0);
    for (int k = 0; k < lines.size(); k++) {
      String p = k == 0 && cur ? String.valueOf(c.glyphs().pointer()) : " ";
      String t = LessonView.plain(lines.get(k));
      rows.add((cv, col, row) -> {
        cv.text(col, row, p, Palette.ACCENT);
        cv.text(col + 2, row, t, role);
      });
    }
  }

  private static void text(List<LessonView.Row> rows, Canvas c, QuizView v, Question q, int width) {
    String cursor = v.answered() ? "" : "_";
    List<String> lines = Wrap.lines("> " + v.text() + cursor, width);
    for (String l : lines) {
      rows.add((cv, col, row) -> cv.text(col, row, l, Palette.EMPH));
    }
    if (v.hint() && !v.answered()) {
      String hint = q.type() == Question.Type.TYPEIN
          ? "Hint: it starts with \"" + q.accept().get(0).substring(0, Math.min(2, q.accept().get(0).length())) + "\""
          : "Hint: a full answer has " + q.ideas().size() + " ideas: "
              + String.join("; ", q.ideas().stream().map(Question.Idea::label).toList());
      for (String l : Wrap.lines(hint, width)) {
        rows.add((cv, col, row) -> cv.text(col, row, l, Palette.KEY));
      }
    }
    if (!v.answered()) {
      note(rows, "Type, then Enter. Tab: a hint (the card then counts as Hard). Esc leaves the quiz.");
    }
  }

  private static void match(List<LessonView.Row> rows, Canvas c, QuizView v, Question q) {
    if (!v.answered()) {
      note(rows, "For each line, Left/Right choose its partner; Enter checks when all are set.");
    }
    for (int i = 0; i < q.pairs().size(); i++) {
      Integer chosen = v.pairs().get(i);
      String right = chosen == null ? "?" : LessonView.text(q.pairs().get(chosen).right(), c);
      boolean ok = v.answered() && i < v.result().pairs().size() && v.result().pairs().get(i);
      String line = HomeView.pad(LessonView.text(q.pairs().get(i).left(), c), 32) + " " + c.glyphs().arrow() + " " + right
          + (v.answered() && !ok ? "   (right: " + LessonView.text(q.pairs().get(i).right(), c) + ")" : "");
      boolean cur = i == v.cursor() && !v.answered();
      Palette role = !v.answered() ? (cur ? Palette.SELECTED : Palette.NORMAL) : ok ? Palette.GOOD : Palette.WARN;
      String p = cur ? String.valueOf(c.glyphs().pointer()) : " ";
      rows.add((cv, col, row) -> {
        cv.text(col, row, p, Palette.ACCENT);
        cv.text(col + 2, row, line, role);
      });
    }
  }

  private static void order(List<LessonView.Row> rows, Canvas c, QuizView v, Question q) {
    if (!v.answered()) {
      note(rows, v.picked().isEmpty() ? "Space picks a step up; Up/Down move the cursor; Enter checks."
          : "Moving the picked step: Up/Down; Space puts it down.");
    }
    List<Integer> order = v.order().isEmpty() ? QuizAnswering.shuffledSteps(q) : v.order();
    for (int i = 0; i < order.size(); i++) {
      boolean cur = i == v.cursor() && !v.answered();
      boolean ok = v.answered() && i < v.result().steps().size() && v.result().steps().get(i);
      String line = (i + 1) + ". " + LessonView.text(q.steps().get(order.get(i)), c)
          + (cur && !v.picked().isEmpty() ? "   (moving)" : "");
      Palette role = !v.answered() ? (cur ? Palette.SELECTED : Palette.NORMAL) : ok ? Palette.GOOD : Palette.WARN;
      String p = cur ? String.valueOf(c.glyphs().pointer()) : " ";
      rows.add((cv, col, row) -> {
        cv.text(col, row, p, Palette.ACCENT);
        cv.text(col + 2, row, line, role);
      });
    }
  }

  private static void diagnose(List<LessonView.Row> rows, Canvas c, QuizView v, Question q, int width) {
    if (v.diagnose() == null) {
      note(rows, "Training the network... (" + q.run() + ")");
    } else {
      double[] n = v.diagnose().peakNorms().length > 0 ? v.diagnose().peakNorms() : v.diagnose().gradNorms();
      rows.add((cv, col, row) -> cv.text(col, row, vanishingpoint.train.Fmt.of(
          "%d steps, loss %s, accuracy %.0f%%. Largest gradient norm per layer:",
          v.diagnose().step(), ChallengeScreen.num(v.diagnose().lastLoss()), 100 * v.diagnose().accuracy()), Palette.DIM));
      double[] range = Widgets.range(n);
      rows.addAll(LogColumns.rows(n, 4, range[0], range[1], n.length <= 30 ? 2 : 1, Widgets::health, c.style().unicode()));
      double[] losses = v.diagnose().losses();
      rows.add((cv, col, row) -> cv.text(col, row, "loss: " + sparkline(losses, cv.style().unicode(), 60), Palette.ACCENT));
    }
    List<DiagnoseOptions.Option> opts = DiagnoseOptions.of(q);
    DiagnoseOptions.Part part = null;
    for (int i = 0; i < opts.size(); i++) {
      if (opts.get(i).part() != part) {
        part = opts.get(i).part();
        String head = part == DiagnoseOptions.Part.PROBLEM ? "What is wrong?" : "What would fix it?";
        rows.add((cv, col, row) -> cv.text(col, row, head, Palette.TITLE));
      }
      option(rows, c, v, i, opts.get(i).text(), opts.get(i).right(), v.picked().contains(i), width);
    }
    if (!v.answered()) {
      note(rows, "Space picks a diagnosis and a fix; Enter checks.");
    }
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

  private static void note(List<LessonView.Row> rows, String text) {
    rows.add((cv, col, row) -> cv.text(col, row, text, Palette.DIM));
  }
}
