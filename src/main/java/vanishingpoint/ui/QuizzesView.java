package vanishingpoint.ui;

import java.util.Locale;
import vanishingpoint.core.GameState;
import vanishingpoint.core.QuizFlow;
import vanishingpoint.core.QuizPicker;
import vanishingpoint.train.Fmt;

/** The quiz menu: today's review, the exam, and one quiz per topic. */
final class QuizzesView {

  private QuizzesView() {}

  static void draw(Canvas c, GameState s) {
    Frame.draw(c, s, "Quizzes and review");
    int row = Frame.TOP + 1;
    int due = QuizPicker.due(s).size();
    int cursor = Math.min(s.top().cursor(), QuizFlow.MODES.size() - 1);
    for (int i = 0; i < QuizFlow.MODES.size(); i++) {
      String mode = QuizFlow.MODES.get(i);
      boolean sel = i == cursor;
      c.text(3, row, sel ? String.valueOf(c.glyphs().pointer()) : " ", Palette.ACCENT);
      c.text(5, row, " " + HomeView.pad(label(mode), 30) + " ", sel ? Palette.SELECTED : Palette.NORMAL);
      c.text(38, row, detail(s, mode, due), Palette.DIM);
      row += i == 1 ? 2 : 1;
    }
    row++;
    c.text(3, row++, "Cards met: " + s.profile().cards().size() + " of " + s.content().questions().size()
        + " questions.   Due today: " + due + ".", Palette.ACCENT);
    c.text(3, row++, "New cards a day: " + s.profile().newPerDay() + " (" + QuizPicker.newToday(s)
        + " met today).   + / -: change", Palette.ACCENT);
    for (String line : Wrap.lines("Every question you answer becomes a card. FSRS, the scheduler Anki uses,"
        + " brings it back on the day you are about to forget it: come back each day for the review.", c.width() - 8)) {
      c.text(3, row++, line, Palette.DIM);
    }
    if (!s.content().problems().isEmpty()) {
      c.text(3, ++row, s.content().problems().size() + " problems in the content files: run ./play check-lessons",
          Palette.WARN);
    }
  }

  static String label(String mode) {
    if (mode.equals("review")) {
      return "Review what is due today";
    }
    if (mode.equals("exam")) {
      return "Exam: " + QuizPicker.EXAM_SIZE + " mixed questions";
    }
    String topic = mode.substring(mode.indexOf(':') + 1);
    return "Topic: " + topic;
  }

  private static String detail(GameState s, String mode, int due) {
    if (mode.equals("review")) {
      return due == 0 ? "nothing due: well done" : due + " card" + (due == 1 ? "" : "s") + " due";
    }
    if (mode.equals("exam")) {
      return "with a score";
    }
    String topic = mode.substring(6);
    long all = s.content().questions().values().stream().filter(q -> q.topic().equals(topic)).count();
    long met = s.content().questions().values().stream().filter(q -> q.topic().equals(topic))
        .filter(q -> s.profile().cards().containsKey(q.id())).count();
    return Fmt.of("%d questions, %d met", all, met);
  }

}
