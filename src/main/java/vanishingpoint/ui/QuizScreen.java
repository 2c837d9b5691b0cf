package vanishingpoint.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vanishingpoint.core.GameState;
import vanishingpoint.core.QuizView;
import vanishingpoint.quiz.Question;
import vanishingpoint.srs.Rating;
import vanishingpoint.train.Fmt;

/** A question of any type, the feedback after answering, and the quiz's summary. */
final class QuizScreen {

  private QuizScreen() {}

  static void draw(Canvas c, GameState s) {
    QuizView v = s.quiz();
    Frame.draw(c, s, title(s, v.mode(), c));
    if (v.questions().isEmpty()) {
      return;
    }
    if (v.finished()) {
      summary(c, s, v);
      return;
    }
    Question q = s.content().questions().get(v.questions().get(v.index()));
    if (q == null) {
      return;
    }
    String where = "question " + (v.index() + 1) + " of " + v.questions().size();
    c.text(c.width() - where.length() - 1, Frame.TOP, where, Palette.DIM);
    c.text(3, Frame.TOP, typeName(q) + "  " + q.topic() + ", " + q.kind(), Palette.DIM);
    int width = Math.min(96, c.width() - 6);
    List<LessonView.Row> rows = new ArrayList<>();
    LessonView.lines(rows, RichText.wrap(q.ask(), c.style().unicode(), width, 0, "", 0));
    rows.add((cv, col, row) -> { });
    QuestionBody.rows(rows, c, s, v, q, width);
    if (v.answered()) {
      feedback(rows, c, v, width, vanishingpoint.core.QuizFlow.nextIntervals(s));
    }
    int top = Frame.TOP + 2;
    int visible = Frame.bottom(c) - top + 1;
    // After answering, keep the feedback in view: show the end of a long screen.
    int first = v.answered() ? Math.max(0, rows.size() - visible) : 0;
    for (int i = 0; i < visible && first + i < rows.size(); i++) {
      rows.get(first + i).draw(c, 3, top + i);
    }
  }

  private static void feedback(List<LessonView.Row> rows, Canvas c, QuizView v, int width,
      java.util.Map<Rating, java.time.Duration> next) {
    rows.add((cv, col, row) -> { });
    boolean right = v.result().right();
    List<String> lines = v.result().lines();
    for (int i = 0; i < lines.size(); i++) {
      if (i == 0) {
        // the grader's first line says right or wrong: in the colour of the verdict
        String head = lines.get(0);
        rows.add((cv, col, row) -> cv.text(col, row, head, right ? Palette.GOOD : Palette.WARN));
      } else {
        LessonView.lines(rows, RichText.wrap(lines.get(i), c.style().unicode(), width, 0, "", 0));
      }
    }
    StringBuilder keys = new StringBuilder("Rating: ");
    for (Rating r : Rating.values()) {
      // each key with when the card would come back: the scheduler's interval for this card now
      String name = r.name().charAt(0) + r.name().substring(1).toLowerCase(Locale.ROOT)
          + (next.containsKey(r) ? " " + vanishingpoint.core.QuizFlow.interval(next.get(r)) : "");
      keys.append(r == v.rating() ? "[" + (r.ordinal() + 1) + " " + name + "]" : (r.ordinal() + 1) + " " + name).append("  ");
    }
    String k = keys + "Enter: next";
    rows.add((cv, col, row) -> cv.text(col, row, k, Palette.KEY));
  }

  private static void summary(Canvas c, GameState s, QuizView v) {
    int row = Frame.TOP + 1;
    double total = v.scores().stream().mapToDouble(Double::doubleValue).sum();
    long right = v.scores().stream().filter(x -> x >= 1).count();
    c.text(3, row++, Fmt.of("Score: %.1f of %d (%.0f%%), %d fully right.", total, v.scores().size(),
        100 * total / Math.max(1, v.scores().size()), right), Palette.TITLE);
    row++;
    List<String> revisit = new ArrayList<>();
    for (int i = 0; i < v.scores().size(); i++) {
      if (v.scores().get(i) < 1) {
        Question q = s.content().questions().get(v.questions().get(i));
        if (q != null) {
          String[] ref = q.teaches().split("#");
          String place = s.content().lesson(ref[0]).flatMap(l -> l.pageIndex(ref[1]).map(p -> "lesson " + l.number()
              + ", page " + (p + 1) + ": " + LessonView.text(l.pages().get(p).title(), c))).orElse(q.teaches());
          if (!revisit.contains(place)) {
            revisit.add(place);
          }
        }
      }
    }
    c.text(3, row++, revisit.isEmpty() ? "Nothing to revisit." : "To revisit:", revisit.isEmpty() ? Palette.GOOD : Palette.ACCENT);
    for (String r : revisit) {
      if (row < Frame.bottom(c) - 1) {
        c.text(5, row++, r, Palette.NORMAL);
      }
    }
    row++;
    c.text(3, Math.min(row, Frame.bottom(c)), "Every answer is saved as a card review. Enter: back"
        + (v.undo() != null ? "  u: undo the last rating" : ""), Palette.DIM);
  }

  static String title(GameState s, String mode, Canvas c) {
    if (mode.startsWith("checkpoint:")) {
      return "Checkpoint: " + s.content().lesson(mode.substring(11))
          .map(l -> "lesson " + l.number() + ", " + LessonView.text(l.title(), c)).orElse(mode.substring(11));
    }
    return mode.equals("review") ? "Review" : "Quiz: " + QuizzesView.label(mode);
  }

  static String typeName(Question q) {
    switch (q.type()) {
      case CHOICE: return "multiple choice";
      case TRUEFALSE: return "true or false";
      case TYPEIN: return "type the answer";
      case RECALL: return "in your own words";
      case MATCH: return "match the pairs";
      case ORDER: return "put in order";
      default: return "diagnose a run";
    }
  }
}
