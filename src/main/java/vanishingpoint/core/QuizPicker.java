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

  /**
   * Ids of the cards due today that still have a question, most overdue first: the one count of
   * "due" every screen shows (main menu, Quizzes, the Progress forecast's first day) and the cards
   * the review asks. Today ends at midnight UTC, the day {@link #forecast} counts in; a learning
   * card due in ten minutes is due today, as in the forecast.
   */
  public static List<String> due(GameState s) {
    return SCHEDULER.due(asked(s), endOfToday(s).minusNanos(1)).stream().map(Card::id).toList();
  }

  /** How many cards fall due on each of the next {@code days} days, today first (its count is {@link #due}'s). */
  public static java.util.Map<java.time.LocalDate, Integer> forecast(GameState s, int days) {
    return Scheduler.forecast(asked(s), today(s), java.time.ZoneOffset.UTC, days);
  }

  /** The cards whose question is still in the bank: a card of a removed question is never asked nor counted. */
  private static List<Card> asked(GameState s) {
    return s.profile().cards().values().stream().filter(c -> s.content().questions().containsKey(c.id())).toList();
  }

  static java.time.LocalDate today(GameState s) {
    return java.time.LocalDate.ofInstant(s.now(), java.time.ZoneOffset.UTC);
  }

  private static java.time.Instant endOfToday(GameState s) {
    return today(s).plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
  }

  private static double recall(GameState s, String id) {
    Card c = s.profile().cards().get(id);
    return c == null ? -1 : SCHEDULER.retrievability(c, s.now());
  }

  static String day(GameState s) {
    return s.now().toString().substring(0, 10);
  }
}
