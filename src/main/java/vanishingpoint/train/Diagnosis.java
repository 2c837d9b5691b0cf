package vanishingpoint.train;

import java.util.Locale;

/**
 * One thing the evidence of a run supports, with the measured numbers behind it.
 *
 * @param kind     what went wrong, or {@link Kind#HEALTHY}
 * @param evidence one sentence quoting the numbers
 */
public record Diagnosis(Kind kind, String evidence) {

  /** In the order a teacher would name them: a cause before the symptoms it produces. */
  public enum Kind {
    /** Loss, weights or gradients grew by orders of magnitude, or overflowed. */
    EXPLODING,
    /** All units of a layer are identical (zero initialisation): they can never learn different things. */
    SYMMETRIC,
    /** A layer of ReLUs that output 0 for every point: no gradient passes below it. */
    DEAD_UNITS,
    /** tanh or sigmoid units pinned at their flat limits, where the slope is near 0. */
    SATURATED,
    /** The first layer's gradient is orders of magnitude below the output's, or every gradient is tiny. */
    VANISHING,
    /** Updates are a large fraction of the weights: the loss jumps instead of falling. */
    STEP_TOO_LARGE,
    /** Healthy gradients, but updates so small relative to the weights that the run hardly moves. */
    STEP_TOO_SMALL,
    /** None of the above. */
    HEALTHY;

    /** The spelling in content files and the lab: vanishing, dead-units, step-too-small, ... */
    public String word() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Kind parse(String word) {
      for (Kind k : values()) {
        if (k.word().equals(word)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown diagnosis '" + word + "' (known: exploding, symmetric, dead-units,"
          + " saturated, vanishing, step-too-large, step-too-small, healthy)");
    }
  }
}
