package vanishingpoint.core;

import vanishingpoint.lesson.Lesson;

/**
 * What the main menu's Continue says: the place it goes back to, by name, down to the question
 * of a quiz ("Continue: Exam, question 14 of 20", "Continue: Challenge 3, Shouting weights").
 */
public final class ContinueLabel {

  private ContinueLabel() {}

  public static String of(GameState s) {
    return s.resume().isEmpty() ? MenuItem.CONTINUE.label() : MenuItem.CONTINUE.label() + ": " + where(s);
  }

  /** The place on top of the resume stack, as a player names it. */
  static String where(GameState s) {
    Place p = s.resume().get(s.resume().size() - 1);
    switch (p.screen()) {
      case LESSON:
        return s.content().lesson(p.item()).map(l -> lesson(l) + ", " + (p.cursor() < l.pages().size()
            ? "page " + (p.cursor() + 1) + " of " + l.pages().size() : "checkpoint")).orElse(p.screen().title());
      case CHALLENGE:
        return s.content().challenge(p.item()).map(c -> c.sandbox() ? c.title()
            : "Challenge " + c.number() + ", " + c.title()).orElse(p.screen().title());
      case QUIZ: {
        String name = quiz(s, p.item());
        QuizState q = s.resumeStates().quiz();
        if (q == null || q.questions().isEmpty() || !q.mode().equals(p.item())) {
          return name;
        }
        return name + (q.finished() ? ", results"
            : ", question " + (q.index() + 1) + " of " + q.questions().size());
      }
      default:
        return p.screen().title();
    }
  }

  private static String quiz(GameState s, String mode) {
    if (mode.startsWith("checkpoint:")) {
      return s.content().lesson(mode.substring(11)).map(l -> "Lesson " + l.number() + " checkpoint")
          .orElse("Checkpoint");
    }
    if (mode.equals("review")) {
      return "Review";
    }
    return mode.equals("exam") ? "Exam" : "Topic quiz: " + mode.substring(mode.indexOf(':') + 1);
  }

  private static String lesson(Lesson l) {
    return "Lesson " + l.number() + ", " + l.title();
  }
}
