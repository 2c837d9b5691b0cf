package vanishingpoint.ui;

import java.util.ArrayList;
import java.util.List;
import vanishingpoint.core.CheckpointFlow;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Reader;
import vanishingpoint.lesson.Lesson;
import vanishingpoint.quiz.Choices;
import vanishingpoint.quiz.Question;

/** The end of a lesson: its checkpoint questions one by one, then what to revisit. */
final class CheckpointView {

  private CheckpointView() {}

  static List<LessonView.Row> rows(GameState s, Lesson l, int width, boolean unicode) {
    List<Question> qs = CheckpointFlow.usable(s, l);
    Reader.Checkpoint c = s.reader().checkpoint();
    List<LessonView.Row> rows = new ArrayList<>();
    if (c.index() >= qs.size()) {
      summary(rows, s, l, qs, c, width, unicode);
      return rows;
    }
    Question q = qs.get(c.index());
    boolean several = Choices.severalRight(q);
    text(rows, "Question " + (c.index() + 1) + " of " + qs.size()
        + (several ? "  (several answers are right: Space ticks, Enter checks)" : ""), Palette.DIM);
    rows.add(blank());
    LessonView.lines(rows, RichText.wrap(q.ask(), unicode, width, 0, "", 0));
    rows.add(blank());
    List<Choices.Option> opts = Choices.of(q);
    for (int i = 0; i < opts.size(); i++) {
      Choices.Option o = opts.get(i);
      boolean ticked = c.picked().contains(i);
      String box = several ? (ticked ? "[x] " : "[ ] ") : "";
      String mark = !c.answered() ? "" : o.right() ? (unicode ? " ✓" : " (right)") : ticked ? (unicode ? " ✗" : " (wrong)") : "";
      Palette role = !c.answered() ? (i == c.cursor() ? Palette.SELECTED : Palette.NORMAL)
          : o.right() ? Palette.GOOD : ticked ? Palette.WARN : Palette.DIM;
      String pointer = i == c.cursor() && !c.answered() ? String.valueOf(unicode ? '▶' : '>') : " ";
      List<RichText.Line> lines = RichText.wrap(box + o.text() + mark, unicode, width - 4, 0, "", 0);
      for (int k = 0; k < lines.size(); k++) {
        String p = k == 0 ? pointer : " ";
        String t = LessonView.plain(lines.get(k));
        rows.add((cv, col, row) -> {
          cv.text(col, row, p, Palette.ACCENT);
          cv.text(col + 2, row, t, role);
        });
      }
    }
    if (c.answered()) {
      boolean right = c.results().get(c.results().size() - 1);
      rows.add(blank());
      text(rows, right ? "Right." : "Not quite.", right ? Palette.GOOD : Palette.WARN);
      LessonView.lines(rows, RichText.wrap(q.explain(), unicode, width, 0, "", 0));
      text(rows, "Enter: next", Palette.DIM);
    }
    return rows;
  }

  private static void summary(List<LessonView.Row> rows, GameState s, Lesson l, List<Question> qs,
      Reader.Checkpoint c, int width, boolean unicode) {
    if (qs.isEmpty()) {
      text(rows, "You have reached the end of this lesson.", Palette.GOOD);
    } else {
      text(rows, "Checkpoint: " + c.right() + " of " + qs.size() + " right.", c.right() == qs.size() ? Palette.GOOD : Palette.ACCENT);
      rows.add(blank());
      for (int i = 0; i < qs.size() && i < c.results().size(); i++) {
        if (!c.results().get(i)) {
          Question q = qs.get(i);
          String page = s.content().lesson(q.teaches().split("#")[0])
              .flatMap(les -> les.pageIndex(q.teaches().split("#")[1]).map(p -> les.title() + ", page " + (p + 1)))
              .orElse(q.teaches());
          LessonView.lines(rows, RichText.wrap("Revisit: " + page, unicode, width, 0, "", 0));
        }
      }
      text(rows, "Lesson complete." + (c.right() == qs.size() ? " Every answer right." : ""), Palette.GOOD);
    }
    rows.add(blank());
    text(rows, (qs.isEmpty() ? "" : "r: take the checkpoint again   ") + "Enter: back to the lessons", Palette.DIM);
  }

  private static void text(List<LessonView.Row> rows, String t, Palette role) {
    rows.add((c, col, row) -> c.text(col, row, t, role));
  }

  private static LessonView.Row blank() {
    return (c, col, row) -> { };
  }
}
