package vanishingpoint.srs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The FSRS-6 scheduler, ported from py-fsrs's {@code Scheduler.review_card} with fuzzing off
 * (the game wants reproducible due dates). Pure: every time comes from the caller.
 */
public final class Scheduler {

  private final Fsrs6 model;
  private final double desiredRetention;
  private final List<Duration> learningSteps;
  private final List<Duration> relearningSteps;
  private final int maximumInterval;

  public Scheduler(double[] parameters, double desiredRetention, List<Duration> learningSteps,
      List<Duration> relearningSteps, int maximumInterval) {
    if (!(desiredRetention > 0 && desiredRetention < 1)) {
      throw new IllegalArgumentException("desired retention must be in (0, 1): " + desiredRetention);
    }
    if (maximumInterval < 1) {
      throw new IllegalArgumentException("maximum interval must be at least 1: " + maximumInterval);
    }
    this.model = new Fsrs6(parameters);
    this.desiredRetention = desiredRetention;
    this.learningSteps = List.copyOf(learningSteps);
    this.relearningSteps = List.copyOf(relearningSteps);
    this.maximumInterval = maximumInterval;
  }

  /** py-fsrs defaults: FSRS-6 weights, retention 0.9, steps 1 min and 10 min, relearning 10 min. */
  public static Scheduler defaults() {
    return new Scheduler(Fsrs6.DEFAULT_PARAMETERS, 0.9,
        List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)),
        36500);
  }

  public static double[] defaultParameters() {
    return Fsrs6.DEFAULT_PARAMETERS.clone();
  }

  public double[] parameters() {
    return model.parameters();
  }

  public double desiredRetention() {
    return desiredRetention;
  }

  public List<Duration> learningSteps() {
    return learningSteps;
  }

  public List<Duration> relearningSteps() {
    return relearningSteps;
  }

  public int maximumInterval() {
    return maximumInterval;
  }

  /** Predicted probability of recall at {@code at}; 0 for a card never reviewed. */
  public double retrievability(Card card, Instant at) {
    Instant last = card.lastReview();
    if (last == null || card.stability() == null) {
      return 0;
    }
    return model.retrievability(Math.max(0, wholeDays(last, at)), card.stability());
  }

  /** The card after the player answered it with {@code rating} at {@code at}. */
  public Card review(Card card, Rating rating, Instant at) {
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(at, "at");
    Instant last = card.lastReview();
    double stability;
    double difficulty;
    if (card.stability() == null || card.difficulty() == null) {
      stability = model.initialStability(rating);
      difficulty = model.initialDifficulty(rating);
    } else {
      double s = card.stability();
      double d = card.difficulty();
      // py-fsrs counts whole days: a review 23 hours later is still "the same day".
      boolean sameDay = last != null && wholeDays(last, at) < 1;
      stability = sameDay
          ? model.shortTermStability(s, rating)
          : model.nextStability(d, s, retrievability(card, at), rating);
      difficulty = model.nextDifficulty(d, rating);
    }

    CardState state = card.state();
    Integer step = card.step();
    Duration wait;
    if (state == CardState.REVIEW) {
      if (rating == Rating.AGAIN && !relearningSteps.isEmpty()) {
        state = CardState.RELEARNING;
        step = 0;
        wait = relearningSteps.get(0);
      } else {
        wait = Duration.ofDays(model.interval(stability, desiredRetention, maximumInterval));
      }
    } else {
      List<Duration> steps = state == CardState.LEARNING ? learningSteps : relearningSteps;
      int current = step == null ? 0 : step;
      // A card may come from a scheduler with more steps than this one: past the end, it graduates.
      boolean graduates = steps.isEmpty()
          || (current >= steps.size() && rating != Rating.AGAIN)
          || rating == Rating.EASY
          || (rating == Rating.GOOD && current + 1 == steps.size());
      if (graduates) {
        state = CardState.REVIEW;
        step = null;
        wait = Duration.ofDays(model.interval(stability, desiredRetention, maximumInterval));
      } else if (rating == Rating.AGAIN) {
        step = 0;
        wait = steps.get(0);
      } else if (rating == Rating.HARD) {
        step = current;
        if (current == 0) {
          wait = steps.size() == 1
              ? scaled(steps.get(0), 1.5)
              : scaled(steps.get(0).plus(steps.get(1)), 0.5);
        } else {
          wait = steps.get(current);
        }
      } else {
        step = current + 1;
        wait = steps.get(step);
      }
    }
    Instant due = at.plus(wait);
    return new Card(card.id(), state, step, stability, difficulty, due, at);
  }

  /**
   * The card as if this scheduler had scheduled all its reviews (py-fsrs's
   * {@code reschedule_card}): for after the parameters or steps change. Logs may be in any order.
   */
  public Card replay(Card card, Collection<ReviewLog> logs) {
    for (ReviewLog log : logs) {
      if (!log.cardId().equals(card.id())) {
        throw new IllegalArgumentException("ReviewLog card_id " + log.cardId()
            + " does not match Card card_id " + card.id());
      }
    }
    Card replayed = new Card(card.id(), CardState.LEARNING, 0, null, null, card.due(), null);
    for (ReviewLog log : logs.stream()
        .sorted(Comparator.comparing(ReviewLog::reviewedAt)).toList()) {
      replayed = review(replayed, log.rating(), log.reviewedAt());
    }
    return replayed;
  }

  /** The cards due at {@code at}, the longest overdue first (ties by id, so the order is stable). */
  public List<Card> due(Collection<Card> cards, Instant at) {
    return cards.stream()
        .filter(c -> !c.due().isAfter(at))
        .sorted(Comparator.comparing(Card::due).thenComparing(Card::id))
        .toList();
  }

  /**
   * How many cards fall due on each of the {@code days} days from {@code today} (in {@code zone}),
   * in date order, days with none included; cards already overdue count on {@code today}, cards
   * due after the last day are left out.
   */
  public static Map<LocalDate, Integer> forecast(
      Collection<Card> cards, LocalDate today, ZoneId zone, int days) {
    Map<LocalDate, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < days; i++) {
      counts.put(today.plusDays(i), 0);
    }
    for (Card card : cards) {
      LocalDate day = LocalDate.ofInstant(card.due(), zone);
      LocalDate slot = day.isBefore(today) ? today : day;
      counts.computeIfPresent(slot, (d, n) -> n + 1);
    }
    return counts;
  }

  /** Whole days from {@code from} to {@code to}, floored like Python's {@code timedelta.days}. */
  static long wholeDays(Instant from, Instant to) {
    return Math.floorDiv(Duration.between(from, to).getSeconds(), 86_400L);
  }

  // timedelta * float rounds to whole microseconds, half to even; mirror it.
  private static Duration scaled(Duration d, double factor) {
    double micros = d.getSeconds() * 1e6 + d.getNano() / 1e3;
    return Duration.of((long) Math.rint(micros * factor), ChronoUnit.MICROS);
  }
}
