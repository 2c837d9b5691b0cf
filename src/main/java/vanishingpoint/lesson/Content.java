package vanishingpoint.lesson;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vanishingpoint.quiz.Question;

/**
 * Everything read from the lessons folder. Files with problems are still listed (lessons as
 * unavailable, with their problems), so the game can say what is wrong and go on.
 *
 * @param dir        the folder, as shown to the player
 * @param lessons    every lesson file, in lesson-number order (unreadable ones last)
 * @param questions  the questions that could be read, by id, in file order
 * @param challenges the challenges that could be read, in number order
 * @param knobHelp   one line per knob or knob choice ({@code init}, {@code init=he}), from knobs.txt
 * @param problems   every problem in every file, sorted by file and line
 * @param claims     every machine-checked claim about a run, in file and line order
 */
public record Content(String dir, List<LessonEntry> lessons, Map<String, Question> questions,
    List<vanishingpoint.challenge.Challenge> challenges, Map<String, String> knobHelp,
    List<Problem> problems, List<Claim> claims) {

  public Content {
    lessons = List.copyOf(lessons);
    challenges = List.copyOf(challenges);
    knobHelp = Map.copyOf(knobHelp);
    questions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(questions));
    problems = List.copyOf(problems);
    claims = List.copyOf(claims);
  }

  public static Content empty(String dir) {
    return new Content(dir, List.of(), Map.of(), List.of(), Map.of(), List.of(), List.of());
  }

  public Optional<Lesson> lesson(String id) {
    return lessons.stream().flatMap(e -> e.lesson().stream()).filter(l -> l.id().equals(id)).findFirst();
  }

  public Optional<LessonEntry> entry(String id) {
    return lessons.stream().filter(e -> e.lesson().map(l -> l.id().equals(id)).orElse(false)).findFirst();
  }

  public Optional<vanishingpoint.challenge.Challenge> challenge(String id) {
    return challenges.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The explanation of a knob's choice, else of the knob, else empty. */
  public String knobHelp(String knob, String choice) {
    return knobHelp.getOrDefault(knob + "=" + choice, knobHelp.getOrDefault(knob, ""));
  }

}
