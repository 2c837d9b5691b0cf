package vanishingpoint.lesson;

import java.util.List;
import java.util.Optional;

/** A lesson file: its lesson when it could be read, and what is wrong with it otherwise. */
public record LessonEntry(String file, Optional<Lesson> lesson, List<Problem> problems) {

  public LessonEntry {
    problems = List.copyOf(problems);
  }

  public boolean available() {
    return lesson.isPresent() && problems.isEmpty();
  }
}
