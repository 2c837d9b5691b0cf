package vanishingpoint.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vanishingpoint.core.GameState;
import vanishingpoint.core.QuizPicker;
import vanishingpoint.quiz.Question;
import vanishingpoint.srs.Card;
import vanishingpoint.srs.CardState;
import vanishingpoint.srs.Rating;
import vanishingpoint.srs.Scheduler;

/**
 * What the progress screen says about memory: mastery, accuracy, streak, the week ahead. Public
 * for the teacher's report ({@code play class}), which shows the same figures.
 */
public final class Mastery {

  /**
   * A question counts as mastered when its card has left learning and the scheduler expects it
   * to be recalled with at least the desired retention (0.9) right now.
   */
  static final double MASTERED = 0.9;

  private Mastery() {}

  public static boolean mastered(GameState s, String id) {
    Card c = s.profile().cards().get(id);
    return c != null && c.state() == CardState.REVIEW && QuizPicker.SCHEDULER.retrievability(c, s.now()) >= MASTERED;
  }

  /** Mastered questions of a topic (or kind) out of all of them, as {mastered, all}. */
  public static int[] of(GameState s, java.util.function.Predicate<Question> which) {
    List<Question> qs = s.content().questions().values().stream().filter(which).toList();
    int m = (int) qs.stream().filter(q -> mastered(s, q.id())).count();
    return new int[] {m, qs.size()};
  }

  /** Lessons whose checkpoint is passed (unreadable lesson files count as not done). */
  public static long lessonsDone(GameState s) {
    return s.content().lessons().stream()
        .filter(e -> e.lesson().map(l -> s.profile().lesson(l.id()).done()).orElse(false)).count();
  }

  /** Whether an answer counts as right: anything but Again. */
  public static boolean right(vanishingpoint.srs.ReviewLog r) {
    return r.rating() != Rating.AGAIN;
  }

  static String accuracy(GameState s) {
    int n = s.profile().reviews().size();
    long right = s.profile().reviews().stream().filter(Mastery::right).count();
    return n == 0 ? "no answers yet" : Math.round(100.0 * right / n) + "% of " + n + " answers";
  }

  /** Days in a row played, ending today (or yesterday: today's play may not have started). */
  public static int streak(GameState s) {
    LocalDate day = today(s);
    Set<LocalDate> days = Set.copyOf(s.profile().daysPlayed());
    if (!days.contains(day)) {
      day = day.minusDays(1);
    }
    int n = 0;
    while (days.contains(day)) {
      n++;
      day = day.minusDays(1);
    }
    return n;
  }

  static Map<LocalDate, Integer> forecast(GameState s) {
    return QuizPicker.forecast(s, 7);
  }

  static LocalDate today(GameState s) {
    return LocalDate.ofInstant(s.now(), ZoneOffset.UTC);
  }
}
