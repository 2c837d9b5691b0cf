package vanishingpoint.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import vanishingpoint.lesson.Lesson;
import vanishingpoint.quiz.Question;
import vanishingpoint.srs.Card;
import vanishingpoint.srs.Scheduler;

/** Which questions a quiz asks. Seeded by the player and the day: the same quiz twice in a day is the same. */
public final class QuizPicker {

  public static final int EXAM_SIZE = 20;
  public static final int TOPIC_SIZE = 10;
  public static final Scheduler SCHEDULER = Scheduler.defaults();

  private QuizPicker() {}

  public static List<String> pick(GameState s, String mode) {
    List<Question> all = new ArrayList<>(s.content().questions().values());
    if (mode.equals("review")) {
      return due(s);
    }
    if (mode.startsWith("checkpoint:")) {
      return s.content().lesson(mode.substring(11)).map(Lesson::checkpoint).orElse(List.of()).stream()
          .filter(s.content().questions()::containsKey).toList();
    }
    Collections.shuffle(all, new Random((s.profile().name() + "/" + day(s) + "/" + mode).hashCode()));
    if (mode.equals("exam")) {
      return all.stream().limit(EXAM_SIZE).map(Question::id).toList();
    }
    String topic = mode.startsWith("topic:") ? mode.substring(6) : "";
    // Questions never met first, then the ones the player is most likely to have forgotten.
    return all.stream().filter(q -> q.topic().equals(topic))
        .sorted(Comparator.comparingDouble(q -> recall(s, q.id())))
        .limit(TOPIC_SIZE).map(Question::id).toList();
  }

  /** Ids of the cards due now that still have a question, most overdue first. */
  public static List<String> due(GameState s) {
    return SCHEDULER.due(s.profile().cards().values(), s.now()).stream().map(Card::id)
        .filter(s.content().questions()::containsKey).toList();
  }

  private static double recall(GameState s, String id) {
    Card c = s.profile().cards().get(id);
    return c == null ? -1 : SCHEDULER.retrievability(c, s.now());
  }

  static String day(GameState s) {
    return s.now().toString().substring(0, 10);
  }
}
