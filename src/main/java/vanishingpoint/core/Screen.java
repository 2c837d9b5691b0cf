package vanishingpoint.core;

import java.util.Optional;

/** The screens a player can be on. The id is what the save stores, so never rename one. */
public enum Screen {
  HOME("home", "Main menu"),
  LESSONS("lessons", "Lessons"),
  QUIZZES("quizzes", "Quizzes and review"),
  CHALLENGES("challenges", "Challenges"),
  PROGRESS("progress", "Progress"),
  HELP("help", "Help"),
  LESSON("lesson", "Lesson"),
  CHALLENGE("challenge", "Challenge"),
  QUIZ("quiz", "Quiz");

  private final String id;
  private final String title;

  Screen(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public static Optional<Screen> byId(String id) {
    for (Screen s : values()) {
      if (s.id.equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
