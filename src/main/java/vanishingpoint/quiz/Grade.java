package vanishingpoint.quiz;

/**
 * A spaced-repetition rating suggested by {@link Rater#suggest}: the caller maps it onto the
 * scheduler's own rating (vanishingpoint.srs).
 */
public enum Grade {
  /** Wrong (including partly right): see the card again soon. */
  AGAIN,
  /** Right, but only with a hint or with a typo forgiven. */
  HARD,
  /** Right. */
  GOOD,
  /** Right, exact, quickly, on a card the player already knew. */
  EASY
}
