package vanishingpoint.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.time.Instant;
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
    // the day's new cards: questions never met beyond what is left of the limit stay for another day
    int[] left = {newLeft(s)};
    List<Question> allowed = new ArrayList<>();
    for (Question q : all) {
      if (s.profile().cards().containsKey(q.id())) {
        allowed.add(q);
      } else if (left[0] > 0 && (mode.equals("exam") || mode.equals("topic:" + q.topic()))) {
        left[0]--;
        allowed.add(q);
      }
    }
    if (mode.equals("exam")) {
      return allowed.stream().limit(EXAM_SIZE).map(Question::id).toList();
    }
    String topic = mode.startsWith("topic:") ? mode.substring(6) : "";
    // Questions never met first, then the ones the player is most likely to have forgotten.
    return allowed.stream().filter(q -> q.topic().equals(topic))
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

  /**
   * Questions met for the first time today (by the day of their card's first review), from any
   * quiz: lesson checkpoints count, though they always ask all their questions (a lesson is not
   * held back by the limit).
   */
  public static int newToday(GameState s) {
    java.util.Map<String, Instant> first = new java.util.HashMap<>();
    for (vanishingpoint.srs.ReviewLog r : s.profile().reviews()) {
      first.merge(r.cardId(), r.reviewedAt(), (a, b) -> a.isBefore(b) ? a : b);
    }
    java.time.LocalDate today = today(s);
    return (int) first.values().stream()
        .filter(at -> java.time.LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).equals(today)).count();
  }

  /** How many new questions topic quizzes and exams may still bring in today (the profile's limit, less today's). */
  public static int newLeft(GameState s) {
    return Math.max(0, s.profile().newPerDay() - newToday(s));
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
