package vanishingpoint.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vanishingpoint.srs.Rating.AGAIN;
import static vanishingpoint.srs.Rating.EASY;
import static vanishingpoint.srs.Rating.GOOD;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact-number vectors of py-fsrs's tests/test_basic.py (class TestPyFSRS, the FSRS-6
 * version with 21 parameters, TEST_RATINGS_1 and reschedule tests). Fuzzing is off everywhere:
 * this port has none, and the upstream vectors that hold exact numbers turn it off or do not
 * depend on it.
 */
class PyFsrsVectorsTest {

  static final Instant T0 = Instant.parse("2022-11-29T12:30:00Z");
  static final List<Rating> TEST_RATINGS_1 =
      List.of(GOOD, GOOD, GOOD, GOOD, GOOD, GOOD, AGAIN, AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD);
  static final List<Long> EXPECTED_IVL = List.of(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L,
      12L, 21L);

  static List<Long> intervals(Scheduler scheduler) {
    Card card = Card.fresh("q", T0);
    Instant at = T0;
    List<Long> ivl = new ArrayList<>();
    for (Rating rating : TEST_RATINGS_1) {
      card = scheduler.review(card, rating, at);
      ivl.add(Scheduler.wholeDays(card.lastReviewAt(), card.dueAt()));
      at = card.dueAt();
    }
    return ivl;
  }

  // upstream: test_review_card
  @Test
  void reviewCardIntervals() {
    assertThat(intervals(Scheduler.defaults())).isEqualTo(EXPECTED_IVL);
  }

  // upstream: test_custom_scheduler_args (explicit retention 0.9 and maximum interval 36500)
  @Test
  void customSchedulerArgs() {
    Scheduler explicit = new Scheduler(Scheduler.defaultParameters(), 0.9,
        List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)),
        36500);
    assertThat(intervals(explicit)).isEqualTo(EXPECTED_IVL);

    double[] parameters2 = {0.1456, 0.4186, 1.1104, 4.1315, 5.2417, 1.3098, 0.8975, 0.0010,
        1.5674, 0.0567, 0.9661, 2.0275, 0.1592, 0.2446, 1.5071, 0.2272, 2.8755, 1.234, 0.56789,
        0.1437, 0.2};
    Scheduler scheduler2 = new Scheduler(parameters2, 0.85, List.of(Duration.ofMinutes(1),
        Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), 3650);
    assertThat(scheduler2.parameters()).containsExactly(parameters2);
    assertThat(scheduler2.desiredRetention()).isEqualTo(0.85);
    assertThat(scheduler2.maximumInterval()).isEqualTo(3650);
  }

  // upstream: test_repeated_correct_reviews (ten Easy answers a microsecond apart)
  @Test
  void repeatedCorrectReviews() {
    Scheduler scheduler = Scheduler.defaults();
    Card card = Card.fresh("q", T0);
    for (int i = 0; i < 10; i++) {
      card = scheduler.review(card, EASY, T0.plusNanos(i * 1000L));
    }
    assertThat(card.difficulty()).isEqualTo(1.0);
  }

  // upstream: test_memo_state
  @Test
  void memoState() {
    Scheduler scheduler = Scheduler.defaults();
    List<Rating> ratings = List.of(AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD);
    int[] ivl = {0, 0, 1, 3, 8, 21};
    Card card = Card.fresh("q", T0);
    Instant at = T0;
    for (int i = 0; i < ratings.size(); i++) {
      at = at.plus(Duration.ofDays(ivl[i]));
      card = scheduler.review(card, ratings.get(i), at);
    }
    assertThat(card.stability()).isCloseTo(53.62691, within(1e-4));
    assertThat(card.difficulty()).isCloseTo(6.3574867, within(1e-4));
  }

  // upstream: test_reschedule_card_same_scheduler (replaying the logs gives the same card)
  @Test
  void rescheduleSameScheduler() {
    Scheduler scheduler = Scheduler.defaults();
    Card card = Card.fresh("q", T0);
    List<ReviewLog> logs = new ArrayList<>();
    for (Rating rating : TEST_RATINGS_1) {
      logs.add(ReviewLog.of(card.id(), rating, card.dueAt(), null));
      card = scheduler.review(card, rating, card.dueAt());
    }
    assertThat(scheduler.replay(Card.fresh("q", T0), logs)).isEqualTo(card);
  }
}
