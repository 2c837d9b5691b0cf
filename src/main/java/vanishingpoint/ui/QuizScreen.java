package vanishingpoint.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vanishingpoint.core.GameState;
import vanishingpoint.core.QuizState;
import vanishingpoint.quiz.Question;
import vanishingpoint.srs.Rating;
import vanishingpoint.train.Fmt;

/** A question of any type, the feedback after answering, and the quiz's summary. */
final class QuizScreen {

  private QuizScreen() {}

  static void draw(Canvas c, GameState s) {
    QuizState v = s.quiz();
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
    QuestionBody.Body body = QuestionBody.of(c, s, v, q, width);
    int from = body.focusFrom < 0 ? 0 : rows.size() + body.focusFrom;
    int to = body.focusTo < 0 ? 0 : rows.size() + body.focusTo;
    rows.addAll(body.rows);
    // the keys stay under the question; after answering, the rating keys do
    List<String> keys = v.answered() ? Wrap.lines(ratingKeys(v, vanishingpoint.core.QuizFlow.nextIntervals(s)), width) : Wrap.lines(body.keys, width);
    if (v.answered()) {
      // the feedback is what the player reads now: all of it in view (from its start if it is long)
      from = rows.size();
      feedback(rows, c, v, width);
      to = rows.size() - 1;
    }
    int top = Frame.TOP + 2;
    int bottom = Frame.bottom(c) - keys.size();
    Scroll.draw(c, rows, 3, top, bottom, Scroll.first(rows.size(), bottom - top + 1, from, to));
    // right under the question when it fits, else on the last rows
    int keysRow = Math.min(top + rows.size(), bottom + 1);
    for (int i = 0; i < keys.size(); i++) {
      c.text(3, keysRow + i, keys.get(i), v.answered() ? Palette.KEY : Palette.DIM);
    }
  }

  private static void feedback(List<LessonView.Row> rows, Canvas c, QuizState v, int width) {
    rows.add((cv, col, row) -> { });
    boolean right = v.result().right();
    List<String> lines = v.result().lines();
    for (int i = 0; i < lines.size(); i++) {
      if (i == 0) {
        // the grader's first line says right or wrong: in the colour of the verdict
        for (String head : Wrap.lines(lines.get(0), width)) {
          rows.add((cv, col, row) -> cv.text(col, row, head, right ? Palette.GOOD : Palette.WARN));
        }
      } else {
        LessonView.lines(rows, RichText.wrap(lines.get(i), c.style().unicode(), width, 0, "", 0));
      }
    }
  }

  private static String ratingKeys(QuizState v, java.util.Map<Rating, java.time.Duration> next) {
    StringBuilder keys = new StringBuilder("Rating: ");
    for (Rating r : Rating.values()) {
      // each key with when the card would come back: the scheduler's interval for this card now
      String name = r.name().charAt(0) + r.name().substring(1).toLowerCase(Locale.ROOT)
          + (next.containsKey(r) ? " " + vanishingpoint.core.QuizFlow.interval(next.get(r)) : "");
      keys.append(r == v.rating() ? "[" + (r.ordinal() + 1) + " " + name + "]" : (r.ordinal() + 1) + " " + name).append("  ");
    }
    return keys + "Enter: next";
  }

  private static void summary(Canvas c, GameState s, QuizState v) {
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
      for (String line : Wrap.lines(r, c.width() - 8)) {
        if (row < Frame.bottom(c) - 1) {
          c.text(5, row++, line, Palette.NORMAL);
        }
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
