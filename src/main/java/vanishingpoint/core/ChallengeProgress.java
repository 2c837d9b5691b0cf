package vanishingpoint.core;

import java.util.Map;

/**
 * A player's best result in one challenge.
 *
 * @param stars    0 to 3: converged; within half the budget; without hints
 * @param steps    steps the best run took to converge (0 when never converged)
 * @param settings the knob settings of the best run
 * @param hints    the most hints ever shown for this challenge: once seen, a hint cannot be unseen,
 *                 so leaving and coming back does not bring the no-hints star back
 */
public record ChallengeProgress(int stars, int steps, Map<String, String> settings, int hints) {

  public static final ChallengeProgress NONE = new ChallengeProgress(0, 0, Map.of(), 0);

  public ChallengeProgress {
    settings = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(settings));
  }

  public boolean completed() {
    return stars > 0;
  }

  /** The better of two results: more stars, then fewer steps; the hints seen by either. */
  ChallengeProgress best(ChallengeProgress other) {
    ChallengeProgress b = other.stars != stars ? (other.stars > stars ? other : this)
        : other.stars > 0 && other.steps < steps ? other : this;
    return b.withHints(Math.max(hints, other.hints));
  }

  ChallengeProgress withHints(int h) {
    return new ChallengeProgress(stars, steps, settings, Math.max(hints, h));
  }
}
