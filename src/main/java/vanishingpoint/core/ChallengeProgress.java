package vanishingpoint.core;

import java.util.Map;

/**
 * A player's best result in one challenge.
 *
 * @param stars    0 to 3: converged; within half the budget; without hints
 * @param steps    steps the best run took to converge (0 when never converged)
 * @param settings the knob settings of the best run
 */
public record ChallengeProgress(int stars, int steps, Map<String, String> settings) {

  public static final ChallengeProgress NONE = new ChallengeProgress(0, 0, Map.of());

  public ChallengeProgress {
    settings = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(settings));
  }

  public boolean completed() {
    return stars > 0;
  }

  /** The better of two results: more stars, then fewer steps. */
  ChallengeProgress best(ChallengeProgress other) {
    if (other.stars != stars) {
      return other.stars > stars ? other : this;
    }
    return other.stars > 0 && other.steps < steps ? other : this;
  }
}
