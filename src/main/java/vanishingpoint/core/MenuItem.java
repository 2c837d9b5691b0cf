package vanishingpoint.core;

import java.util.List;

/** The entries of the main menu, in the order they are shown. */
public enum MenuItem {
  CONTINUE("Continue"),
  LESSONS("Lessons"),
  QUIZZES("Quizzes and review"),
  CHALLENGES("Challenges"),
  PROGRESS("Progress"),
  HELP("Help"),
  QUIT("Quit");

  public static final List<MenuItem> ALL = List.of(values());

  private final String label;

  MenuItem(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
