package vanishingpoint.lesson;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import vanishingpoint.quiz.Question;

/** The checks between files: unique lesson ids and numbers, and references that must exist. */
final class References {

  private References() {}

  static void lessonIds(SourceFile src, Lesson l, Map<String, Lesson> byId, Map<Integer, Lesson> byNumber,
      Map<String, Question> questions) {
    Lesson sameId = byId.putIfAbsent(l.id(), l);
    if (sameId != null) {
      src.problem(lineOf(src, "id:"), "lesson id '" + l.id() + "' is already used by " + sameId.file());
    }
    Lesson sameNumber = byNumber.putIfAbsent(l.number(), l);
    if (sameNumber != null) {
      src.problem(lineOf(src, "number:"), "lesson number " + l.number() + " is already used by " + sameNumber.file());
    }
    for (String q : l.checkpoint()) {
      if (!questions.containsKey(q)) {
        src.problem(l.checkpointLine(), "checkpoint question '" + q + "' does not exist in any .quiz file");
      }
    }
  }

  static void teaches(Collection<Question> questions, Map<String, Lesson> lessons, Map<String, SourceFile> texts,
      List<Problem> problems) {
    for (Question q : questions) {
      String[] ref = q.teaches().split("#", 2);
      Lesson l = lessons.get(ref[0]);
      String what = l == null ? "lesson '" + ref[0] + "' does not exist"
          : l.pageIndex(ref[1]).isEmpty() ? "lesson '" + ref[0] + "' has no page '" + ref[1] + "'" : null;
      if (what != null) {
        SourceFile src = texts.get(q.file());
        int line = q.line();
        for (int i = q.line(); src != null && i <= src.lines.length; i++) {
          if (src.lines[i - 1].strip().startsWith("teaches:")) {
            line = i;
            break;
          }
        }
        problems.add(new Problem(q.file(), line, "question '" + q.id() + "' teaches: " + what));
      }
    }
  }

  static void challenges(List<vanishingpoint.challenge.Challenge> all, Map<String, Lesson> lessons,
      Map<String, SourceFile> texts, List<Problem> problems) {
    Map<String, vanishingpoint.challenge.Challenge> ids = new java.util.HashMap<>();
    Map<Integer, vanishingpoint.challenge.Challenge> numbers = new java.util.HashMap<>();
    for (vanishingpoint.challenge.Challenge c : all) {
      SourceFile src = texts.get(c.file());
      var sameId = ids.putIfAbsent(c.id(), c);
      if (sameId != null) {
        problems.add(new Problem(c.file(), c.line(), "challenge id '" + c.id() + "' is already used by " + sameId.file()));
      }
      var sameNumber = numbers.putIfAbsent(c.number(), c);
      if (sameNumber != null) {
        problems.add(new Problem(c.file(), lineOf(src, "number:"), "challenge number " + c.number()
            + " is already used by " + sameNumber.file()));
      }
      String[] ref = c.lesson().split("#", 2);
      Lesson l = lessons.get(ref[0]);
      if (ref.length < 2 || l == null || l.pageIndex(ref[1]).isEmpty()) {
        problems.add(new Problem(c.file(), lineOf(src, "lesson:"), "lesson: '" + c.lesson()
            + "' is not an existing LESSON#PAGE"));
      }
    }
  }

  private static int lineOf(SourceFile src, String prefix) {
    for (int i = 0; i < src.lines.length; i++) {
      if (src.lines[i].strip().startsWith(prefix)) {
        return i + 1;
      }
    }
    return 1;
  }
}
