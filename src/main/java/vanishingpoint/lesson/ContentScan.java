package vanishingpoint.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vanishingpoint.core.Catalog;

/**
 * Counts the content files under the lessons folder by kind. A folder that is missing or
 * unreadable is reported as a problem, never thrown: the rest of the game must still work.
 */
public final class ContentScan {

  public static final String LESSON_EXT = ".lesson";
  public static final String QUIZ_EXT = ".quiz";
  public static final String CHALLENGE_EXT = ".challenge";

  private ContentScan() {}

  public static Catalog scan(Path dir) {
    String shown = dir.toString();
    if (!Files.isDirectory(dir)) {
      return new Catalog(shown, 0, 0, 0, List.of(shown + ": folder not found"));
    }
    List<String> problems = new ArrayList<>();
    int lessons = 0;
    int quizzes = 0;
    int challenges = 0;
    try (Stream<Path> files = Files.walk(dir, 4)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String name = p.getFileName().toString();
        if (name.endsWith(LESSON_EXT)) {
          lessons++;
        } else if (name.endsWith(QUIZ_EXT)) {
          quizzes++;
        } else if (name.endsWith(CHALLENGE_EXT)) {
          challenges++;
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.add(shown + ": cannot be read (" + e.getMessage() + ")");
    }
    return new Catalog(shown, lessons, quizzes, challenges, problems);
  }
}
