package vanishingpoint.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
      ivl.add(Scheduler.wholeDays(card.lastReview(), card.due()));
      at = card.due();
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
      logs.add(new ReviewLog(card.id(), rating, card.due(), null));
      card = scheduler.review(card, rating, card.due());
    }
    java.util.Collections.reverse(logs);
    Card replayed = scheduler.replay(card, logs);
    assertThat(replayed).isNotSameAs(card).isEqualTo(card);
  }

  static List<ReviewLog> reviewedLogs(Scheduler scheduler, Card[] out) {
    Card card = Card.fresh("q", T0);
    List<ReviewLog> logs = new ArrayList<>();
    for (Rating rating : TEST_RATINGS_1) {
      logs.add(new ReviewLog(card.id(), rating, card.due(), null));
      card = scheduler.review(card, rating, card.due());
    }
    out[0] = card;
    return logs;
  }

  // upstream: test_reschedule_card_different_parameters
  @Test
  void rescheduleDifferentParameters() {
    Card[] card = new Card[1];
    List<ReviewLog> logs = reviewedLogs(Scheduler.defaults(), card);
    double[] different = {0.12340357383516173, 1.2931, 2.397673571899466, 8.2956,
        6.686820427099132, 0.45021679958387956, 3.077875127553957, 0.053520395733247045,
        1.6539992229052127, 0.1466206769107436, 0.6300772488850335, 1.611965002575047,
        0.012840136810798864, 0.34853762746216305, 1.8878958285806287, 0.8546376191171063,
        1.8729, 0.6748536823468675, 0.20451266082721842, 0.22622814695113844,
        0.46030603398979064};
    Scheduler other = new Scheduler(different, 0.9, List.of(Duration.ofMinutes(1),
        Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), 36500);
    Card replayed = other.replay(card[0], logs);
    assertThat(replayed.id()).isEqualTo(card[0].id());
    assertThat(replayed.state()).isEqualTo(card[0].state());
    assertThat(replayed.step()).isEqualTo(card[0].step());
    assertThat(replayed.stability()).isNotEqualTo(card[0].stability());
    assertThat(replayed.difficulty()).isNotEqualTo(card[0].difficulty());
    assertThat(replayed.lastReview()).isEqualTo(card[0].lastReview());
    assertThat(replayed.due()).isNotEqualTo(card[0].due());
  }

  // upstream: test_reschedule_card_different_desired_retention
  @Test
  void rescheduleDifferentRetention() {
    Card[] card = new Card[1];
    List<ReviewLog> logs = reviewedLogs(Scheduler.defaults(), card);
    Scheduler lower = new Scheduler(Scheduler.defaultParameters(), 0.8,
        List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)),
        36500);
    Card replayed = lower.replay(card[0], logs);
    assertThat(replayed.state()).isEqualTo(card[0].state());
    assertThat(replayed.step()).isEqualTo(card[0].step());
    assertThat(replayed.stability()).isEqualTo(card[0].stability());
    assertThat(replayed.difficulty()).isEqualTo(card[0].difficulty());
    assertThat(replayed.lastReview()).isEqualTo(card[0].lastReview());
    assertThat(replayed.due()).isAfter(card[0].due());
  }

  // upstream: test_reschedule_card_different_learning_steps
  @Test
  void rescheduleDifferentLearningSteps() {
    Card[] card = new Card[1];
    List<ReviewLog> logs = reviewedLogs(Scheduler.defaults(), card);
    Scheduler manySteps = new Scheduler(Scheduler.defaultParameters(), 0.9,
        java.util.Collections.nCopies(logs.size(), Duration.ofMinutes(1)),
        List.of(Duration.ofMinutes(10)), 36500);
    Card replayed = manySteps.replay(card[0], logs);
    assertThat(replayed.state()).isNotEqualTo(card[0].state());
    assertThat(replayed.step()).isNotEqualTo(card[0].step());
    assertThat(replayed.stability()).isEqualTo(card[0].stability());
    assertThat(replayed.difficulty()).isEqualTo(card[0].difficulty());
    assertThat(replayed.lastReview()).isEqualTo(card[0].lastReview());
    assertThat(replayed.due()).isBefore(card[0].due());
  }

  // upstream: test_reschedule_card_wrong_review_logs
  @Test
  void rescheduleWrongLogs() {
    Card[] card = new Card[1];
    List<ReviewLog> logs = new ArrayList<>(reviewedLogs(Scheduler.defaults(), card));
    ReviewLog first = logs.get(0);
    logs.set(0, new ReviewLog("123", first.rating(), first.reviewedAt(), null));
    assertThatThrownBy(() -> Scheduler.defaults().replay(card[0], logs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ReviewLog card_id 123 does not match Card card_id q");
  }
}
