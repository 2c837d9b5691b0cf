package vanishingpoint.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vanishingpoint.srs.PyFsrsVectorsTest.T0;
import static vanishingpoint.srs.Rating.AGAIN;
import static vanishingpoint.srs.Rating.EASY;
import static vanishingpoint.srs.Rating.GOOD;
import static vanishingpoint.srs.Rating.HARD;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The learning-step, relearning and bounds tests of py-fsrs's tests/test_basic.py (FSRS-6).
 * Upstream reads the wall clock; here every time is derived from a fixed instant instead.
 */
class PyFsrsStepsTest {

  static final Duration M1 = Duration.ofMinutes(1);
  static final Duration M10 = Duration.ofMinutes(10);
  final Scheduler scheduler = Scheduler.defaults();

  static Scheduler steps(List<Duration> learning, List<Duration> relearning) {
    return new Scheduler(Scheduler.defaultParameters(), 0.9, learning, relearning, 36500);
  }

  static Duration between(Instant a, Instant b) {
    return Duration.between(a, b);
  }

  // upstream: test_retrievability
  @Test
  void retrievability() {
    Card card = Card.fresh("q", T0);
    assertThat(card.state()).isEqualTo(CardState.LEARNING);
    assertThat(scheduler.retrievability(card, T0)).isZero();
    card = scheduler.review(card, GOOD, T0);
    assertThat(card.state()).isEqualTo(CardState.LEARNING);
    assertThat(scheduler.retrievability(card, card.due())).isBetween(0.0, 1.0);
    card = scheduler.review(card, GOOD, card.due());
    assertThat(card.state()).isEqualTo(CardState.REVIEW);
    assertThat(scheduler.retrievability(card, card.due())).isBetween(0.0, 1.0);
    card = scheduler.review(card, AGAIN, card.due());
    assertThat(card.state()).isEqualTo(CardState.RELEARNING);
    assertThat(scheduler.retrievability(card, card.due())).isBetween(0.0, 1.0);
  }

  // Not upstream: FSRS-6's factor makes retrievability exactly 0.9 after S whole days.
  @Test
  void retrievabilityIsNinetyPercentAfterStabilityDays() {
    Card card = new Card("q", CardState.REVIEW, null, 10.0, 5.0, T0, T0);
    assertThat(scheduler.retrievability(card, T0.plus(Duration.ofDays(10))))
        .isCloseTo(0.9, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(scheduler.retrievability(card, T0.minusSeconds(5))).isEqualTo(1.0);
  }

  // upstream: test_good_learning_steps
  @Test
  void goodLearningSteps() {
    Card card = Card.fresh("q", T0);
    assertThat(card.step()).isZero();
    card = scheduler.review(card, GOOD, card.due());
    assertThat(card.state()).isEqualTo(CardState.LEARNING);
    assertThat(card.step()).isEqualTo(1);
    assertThat(between(T0, card.due())).isEqualTo(M10);
    card = scheduler.review(card, GOOD, card.due());
    assertThat(card.state()).isEqualTo(CardState.REVIEW);
    assertThat(card.step()).isNull();
    assertThat(between(T0, card.due())).isGreaterThanOrEqualTo(Duration.ofHours(24));
  }

  // upstream: test_again_learning_steps
  @Test
  void againLearningSteps() {
    Card card = scheduler.review(Card.fresh("q", T0), AGAIN, T0);
    assertThat(card.state()).isEqualTo(CardState.LEARNING);
    assertThat(card.step()).isZero();
    assertThat(between(T0, card.due())).isEqualTo(M1);
  }

  // upstream: test_hard_learning_steps (halfway between 1 and 10 minutes)
  @Test
  void hardLearningSteps() {
    Card card = scheduler.review(Card.fresh("q", T0), HARD, T0);
    assertThat(card.state()).isEqualTo(CardState.LEARNING);
    assertThat(card.step()).isZero();
    assertThat(between(T0, card.due())).isEqualTo(Duration.ofSeconds(330));
  }

  // upstream: test_easy_learning_steps
  @Test
  void easyLearningSteps() {
    Card card = scheduler.review(Card.fresh("q", T0), EASY, T0);
    assertThat(card.state()).isEqualTo(CardState.REVIEW);
    assertThat(card.step()).isNull();
    assertThat(between(T0, card.due())).isGreaterThanOrEqualTo(Duration.ofDays(1));
  }

  // upstream: test_review_state
  @Test
  void reviewState() {
    Card card = scheduler.review(Card.fresh("q", T0), GOOD, T0);
    card = scheduler.review(card, GOOD, card.due());
    assertThat(card.state()).isEqualTo(CardState.REVIEW);
    Instant prev = card.due();
    card = scheduler.review(card, GOOD, prev);
    assertThat(card.state()).isEqualTo(CardState.REVIEW);
    assertThat(between(prev, card.due())).isGreaterThanOrEqualTo(Duration.ofDays(1));
    prev = card.due();
    card = scheduler.review(card, AGAIN, prev);
    assertThat(card.state()).isEqualTo(CardState.RELEARNING);
    assertThat(between(prev, card.due())).isEqualTo(M10);
  }

  // upstream: test_relearning
  @Test
  void relearning() {
    Card card = scheduler.review(Card.fresh("q", T0), GOOD, T0);
    card = scheduler.review(card, GOOD, card.due());
    card = scheduler.review(card, GOOD, card.due());
    Instant prev = card.due();
    card = scheduler.review(card, AGAIN, prev);
    assertThat(card.state()).isEqualTo(CardState.RELEARNING);
    assertThat(card.step()).isZero();
    assertThat(between(prev, card.due())).isEqualTo(M10);
    prev = card.due();
    card = scheduler.review(card, AGAIN, prev);
    assertThat(card.state()).isEqualTo(CardState.RELEARNING);
    assertThat(card.step()).isZero();
    assertThat(between(prev, card.due())).isEqualTo(M10);
    prev = card.due();
    card = scheduler.review(card, GOOD, prev);
    assertThat(card.state()).isEqualTo(CardState.REVIEW);
    assertThat(card.step()).isNull();
    assertThat(between(prev, card.due())).isGreaterThanOrEqualTo(Duration.ofDays(1));
  }

  // upstream: test_no_learning_steps
  @Test
  void noLearningSteps() {
    Scheduler none = steps(List.of(), List.of(M10));
    assertThat(none.learningSteps()).isEmpty();
    Card card = none.review(Card.fresh("q", T0), AGAIN, T0);
    assertThat(card.state()).isEqualTo(CardState.REVIEW);
    assertThat(Scheduler.wholeDays(card.lastReview(), card.due())).isGreaterThanOrEqualTo(1);
  }

  // upstream: test_no_relearning_steps
  @Test
  void noRelearningSteps() {
    Scheduler none = steps(List.of(M1, M10), List.of());
    assertThat(none.relearningSteps()).isEmpty();
    Card card = none.review(Card.fresh("q", T0), GOOD, T0);
    assertThat(card.state()).isEqualTo(CardState.LEARNING);
    card = none.review(card, GOOD, card.due());
    assertThat(card.state()).isEqualTo(CardState.REVIEW);
    card = none.review(card, AGAIN, card.due());
    assertThat(card.state()).isEqualTo(CardState.REVIEW);
    assertThat(Scheduler.wholeDays(card.lastReview(), card.due())).isGreaterThanOrEqualTo(1);
  }

  // upstream: test_one_card_multiple_schedulers
  @Test
  void oneCardMultipleSchedulers() {
    Instant t = T0;
    Card card = Card.fresh("q", t);
    card = steps(List.of(M1, M10), List.of(M10)).review(card, GOOD, t = t.plusMillis(1));
    assertThat(card.state()).isEqualTo(CardState.LEARNING);
    assertThat(card.step()).isEqualTo(1);
    card = steps(List.of(M1), List.of(M10)).review(card, AGAIN, t = t.plusMillis(1));
    assertThat(card.state()).isEqualTo(CardState.LEARNING);
    assertThat(card.step()).isZero();
    card = steps(List.of(), List.of(M10)).review(card, HARD, t = t.plusMillis(1));
    assertThat(card.state()).isEqualTo(CardState.REVIEW);
    assertThat(card.step()).isNull();

    Scheduler twoRelearning = steps(List.of(M1, M10), List.of(M1, M10));
    card = twoRelearning.review(card, AGAIN, t = t.plusMillis(1));
    assertThat(card.state()).isEqualTo(CardState.RELEARNING);
    assertThat(card.step()).isZero();
    card = twoRelearning.review(card, GOOD, t = t.plusMillis(1));
    assertThat(card.state()).isEqualTo(CardState.RELEARNING);
    assertThat(card.step()).isEqualTo(1);
    card = steps(List.of(M1, M10), List.of(M1)).review(card, AGAIN, t = t.plusMillis(1));
    assertThat(card.state()).isEqualTo(CardState.RELEARNING);
    assertThat(card.step()).isZero();
    card = steps(List.of(M1, M10), List.of()).review(card, HARD, t.plusMillis(1));
    assertThat(card.state()).isEqualTo(CardState.REVIEW);
    assertThat(card.step()).isNull();
  }

  // upstream: test_learning_card_rate_hard_one_learning_step
  @Test
  void learningHardWithOneStep() {
    Card card = steps(List.of(M10), List.of(M10)).review(Card.fresh("q", T0), HARD, T0);
    assertThat(card.state()).isEqualTo(CardState.LEARNING);
    assertThat(between(T0, card.due())).isEqualTo(Duration.ofMinutes(15));
  }

  // upstream: test_learning_card_rate_hard_second_learning_step
  @Test
  void learningHardOnSecondStep() {
    Card card = scheduler.review(Card.fresh("q", T0), GOOD, T0);
    assertThat(card.step()).isEqualTo(1);
    Instant first = card.due();
    card = scheduler.review(card, HARD, first);
    assertThat(card.state()).isEqualTo(CardState.LEARNING);
    assertThat(card.step()).isEqualTo(1);
    assertThat(between(first, card.due())).isEqualTo(M10);
  }

  // upstream: test_long_term_stability_learning_state
  @Test
  void longTermStabilityInRelearning() {
    Card card = scheduler.review(Card.fresh("q", T0), EASY, T0);
    assertThat(card.state()).isEqualTo(CardState.REVIEW);
    card = scheduler.review(card, AGAIN, card.due());
    assertThat(card.state()).isEqualTo(CardState.RELEARNING);
    card = scheduler.review(card, GOOD, card.due().plus(Duration.ofDays(1)));
    assertThat(card.state()).isEqualTo(CardState.REVIEW);
  }

  // upstream: test_relearning_card_rate_hard_one_relearning_step
  @Test
  void relearningHardWithOneStep() {
    Scheduler one = steps(List.of(M1, M10), List.of(M10));
    Card card = one.review(Card.fresh("q", T0), EASY, T0);
    card = one.review(card, AGAIN, card.due());
    assertThat(card.state()).isEqualTo(CardState.RELEARNING);
    assertThat(card.step()).isZero();
    Instant prev = card.due();
    card = one.review(card, HARD, prev);
    assertThat(card.state()).isEqualTo(CardState.RELEARNING);
    assertThat(card.step()).isZero();
    assertThat(between(prev, card.due())).isEqualTo(Duration.ofMinutes(15));
  }

  // upstream: test_relearning_card_rate_hard_two_relearning_steps
  @Test
  void relearningHardWithTwoSteps() {
    Scheduler two = steps(List.of(M1, M10), List.of(M1, M10));
    Card card = two.review(Card.fresh("q", T0), EASY, T0);
    card = two.review(card, AGAIN, card.due());
    assertThat(card.step()).isZero();
    Instant prev = card.due();
    card = two.review(card, HARD, prev);
    assertThat(card.state()).isEqualTo(CardState.RELEARNING);
    assertThat(card.step()).isZero();
    assertThat(between(prev, card.due())).isEqualTo(Duration.ofSeconds(330));
    card = two.review(card, GOOD, card.due());
    assertThat(card.step()).isEqualTo(1);
    prev = card.due();
    card = two.review(card, HARD, prev);
    assertThat(card.state()).isEqualTo(CardState.RELEARNING);
    assertThat(card.step()).isEqualTo(1);
    assertThat(between(prev, card.due())).isEqualTo(M10);
    card = two.review(card, EASY, prev);
    assertThat(card.state()).isEqualTo(CardState.REVIEW);
    assertThat(card.step()).isNull();
  }

  // upstream: test_maximum_interval
  @Test
  void maximumInterval() {
    Scheduler capped = new Scheduler(Scheduler.defaultParameters(), 0.9, List.of(M1, M10),
        List.of(M10), 100);
    Card card = Card.fresh("q", T0);
    for (Rating rating : List.of(EASY, GOOD, EASY, GOOD)) {
      card = capped.review(card, rating, card.due());
      assertThat(Scheduler.wholeDays(card.lastReview(), card.due())).isLessThanOrEqualTo(100);
    }
  }

  // upstream: test_stability_lower_bound
  @Test
  void stabilityLowerBound() {
    Card card = Card.fresh("q", T0);
    for (int i = 0; i < 1000; i++) {
      card = scheduler.review(card, AGAIN, card.due().plus(Duration.ofDays(1)));
      assertThat(card.stability()).isGreaterThanOrEqualTo(Fsrs6.STABILITY_MIN);
    }
  }

  // upstream: test_scheduler_parameter_validation
  @Test
  void parameterValidation() {
    assertThat(steps(List.of(), List.of())).isNotNull();
    double[] tooHigh = Scheduler.defaultParameters();
    tooHigh[6] = 100;
    double[] tooLow = Scheduler.defaultParameters();
    tooLow[10] = -42;
    double[] twoBad = Scheduler.defaultParameters();
    twoBad[0] = 0;
    twoBad[3] = 101;
    double[] tooFew = java.util.Arrays.copyOf(Scheduler.defaultParameters(), 20);
    double[] tooMany = java.util.Arrays.copyOf(Scheduler.defaultParameters(), 24);
    for (double[] bad : List.of(tooHigh, tooLow, twoBad, new double[0], tooFew, tooMany)) {
      assertThatThrownBy(() -> new Scheduler(bad, 0.9, List.of(), List.of(), 36500))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
