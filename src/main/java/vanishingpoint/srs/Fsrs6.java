package vanishingpoint.srs;

import java.util.ArrayList;
import java.util.List;

/**
 * The FSRS-6 memory model: the formulas of py-fsrs's {@code fsrs/scheduler.py}, kept in the same
 * operation order (and {@code Math.pow(Math.E, x)} where Python writes {@code math.e ** x}) so that
 * results agree with the upstream test vectors to the last bit where it matters.
 */
final class Fsrs6 {

  static final double[] DEFAULT_PARAMETERS = {
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  };

  static final double STABILITY_MIN = 0.001;
  private static final double[] LOWER = {
    STABILITY_MIN, STABILITY_MIN, STABILITY_MIN, STABILITY_MIN, 1.0, 0.001, 0.001, 0.001, 0.0,
    0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
  };
  private static final double[] UPPER = {
    100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0,
    6.0, 2.0, 2.0, 0.8, 0.8,
  };
  private static final double MIN_DIFFICULTY = 1.0;
  private static final double MAX_DIFFICULTY = 10.0;

  private final double[] w;
  private final double decay;
  private final double factor;

  Fsrs6(double[] parameters) {
    validate(parameters);
    this.w = parameters.clone();
    // FSRS-6 trains the forgetting curve's decay (w20); the factor keeps R(S days) = 0.9.
    this.decay = -w[20];
    this.factor = Math.pow(0.9, 1 / decay) - 1;
  }

  double[] parameters() {
    return w.clone();
  }

  private static void validate(double[] p) {
    if (p.length != LOWER.length) {
      throw new IllegalArgumentException(
          "Expected " + LOWER.length + " parameters, got " + p.length + ".");
    }
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      // Written so that NaN is out of bounds too.
      if (!(LOWER[i] <= p[i] && p[i] <= UPPER[i])) {
        errors.add("parameters[" + i + "] = " + p[i] + " is out of bounds: ("
            + LOWER[i] + ", " + UPPER[i] + ")");
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "One or more parameters are out of bounds:\n" + String.join("\n", errors));
    }
  }

  double retrievability(long elapsedDays, double stability) {
    return Math.pow(1 + factor * elapsedDays / stability, decay);
  }

  /** Whole days to wait for retrievability to fall to the desired retention. */
  int interval(double stability, double desiredRetention, int maximumInterval) {
    double days = (stability / factor) * (Math.pow(desiredRetention, 1 / decay) - 1);
    // Math.rint rounds half to even, as Python's round() does.
    long rounded = (long) Math.rint(days);
    return (int) Math.min(Math.max(rounded, 1), maximumInterval);
  }

  double initialStability(Rating rating) {
    return clampStability(w[rating.value() - 1]);
  }

  double initialDifficulty(Rating rating) {
    return clampDifficulty(rawInitialDifficulty(rating));
  }

  private double rawInitialDifficulty(Rating rating) {
    return w[4] - Math.pow(Math.E, w[5] * (rating.value() - 1)) + 1;
  }

  /** Linear damping towards 10, then mean reversion towards the (unclamped) Easy start. */
  double nextDifficulty(double difficulty, Rating rating) {
    double target = rawInitialDifficulty(Rating.EASY);
    double delta = -(w[6] * (rating.value() - 3));
    double damped = difficulty + (10.0 - difficulty) * delta / 9.0;
    return clampDifficulty(w[7] * target + (1 - w[7]) * damped);
  }

  /** Same-day review (w17..w19): a success never lowers stability, a failure may. */
  double shortTermStability(double stability, Rating rating) {
    double increase = Math.pow(Math.E, w[17] * (rating.value() - 3 + w[18]))
        * Math.pow(stability, -w[19]);
    if (rating == Rating.GOOD || rating == Rating.EASY) {
      increase = Math.max(increase, 1.0);
    }
    return clampStability(stability * increase);
  }

  double nextStability(double difficulty, double stability, double retrievability, Rating rating) {
    double next = rating == Rating.AGAIN
        ? forgetStability(difficulty, stability, retrievability)
        : recallStability(difficulty, stability, retrievability, rating);
    return clampStability(next);
  }

  private double forgetStability(double difficulty, double stability, double retrievability) {
    double longTerm = w[11]
        * Math.pow(difficulty, -w[12])
        * (Math.pow(stability + 1, w[13]) - 1)
        * Math.pow(Math.E, (1 - retrievability) * w[14]);
    // A lapse must not leave the card more stable than a same-day Again would.
    double shortTerm = stability / Math.pow(Math.E, w[17] * w[18]);
    return Math.min(longTerm, shortTerm);
  }

  private double recallStability(
      double difficulty, double stability, double retrievability, Rating rating) {
    double hardPenalty = rating == Rating.HARD ? w[15] : 1;
    double easyBonus = rating == Rating.EASY ? w[16] : 1;
    return stability * (1
        + Math.pow(Math.E, w[8])
        * (11 - difficulty)
        * Math.pow(stability, -w[9])
        * (Math.pow(Math.E, (1 - retrievability) * w[10]) - 1)
        * hardPenalty
        * easyBonus);
  }

  private static double clampStability(double s) {
    return Math.max(s, STABILITY_MIN);
  }

  private static double clampDifficulty(double d) {
    return Math.min(Math.max(d, MIN_DIFFICULTY), MAX_DIFFICULTY);
  }
}
