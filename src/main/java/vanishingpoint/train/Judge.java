package vanishingpoint.train;

import java.util.Locale;

/** Watches the measured steps of a run and decides its {@link Verdict}. */
final class Judge {
  /** Exploding: a logged loss this many times above max(starting loss, chance loss ln K). */
  static final double LOSS_BLOWUP = 10;
  /**
   * Exploding: the initial loss itself this many times above chance (ln K). A net whose
   * logits start in the millions has exploded in the forward pass before its first update.
   */
  static final double INITIAL_LOSS_BLOWUP = 100;
  /** Exploding: total weight norm grown this many times over its initial value. */
  static final double WEIGHT_BLOWUP = 1e3;
  /** Vanishing: largest layer-1 gradient norm below this fraction of the output layer's largest (4 orders of magnitude). */
  static final double VANISHING_RATIO = 1e-4;
  /** Vanishing also needs the loss to have barely moved: less than this fraction below chance level ln K. */
  static final double BARELY_MOVED = 0.10;

  private final double chanceLoss;
  private final double target;
  private double firstLoss = Double.NaN;
  private double firstWeights = Double.NaN;
  private double maxLoss;
  private double weightGrowth;
  private int maxLossStep;
  private StepStats last;
  private String nonFinite;
  private int convergedAt;

  Judge(int classes, double target) {
    this.chanceLoss = Math.log(classes);
    this.target = target;
  }

  /** Records every step's loss and weights; {@code accuracy} is the one that counts for convergence. */
  void observe(int step, double loss, double accuracy, double totalWeightNorm, boolean bad) {
    if (Double.isNaN(firstLoss) && step == 1) {
      firstLoss = loss;
      firstWeights = totalWeightNorm;
    }
    if (bad && nonFinite == null) {
      nonFinite = String.format(Locale.ROOT, "non-finite values at step %d (loss %s)", step, num(loss));
    }
    if (loss > maxLoss) {
      maxLoss = loss;
      maxLossStep = step;
    }
    if (firstWeights > 0) {
      weightGrowth = totalWeightNorm / firstWeights;
    }
    if (convergedAt == 0 && !bad && accuracy >= target) {
      convergedAt = step;
    }
  }

  /** Records a fully measured step; the latest one supplies the verdict's gradient numbers. */
  void logged(StepStats s) {
    last = s;
    double[] g = s.gradNorms();
    // the largest norms seen, so a later all-zero output gradient (a net that settled on
    // predicting the class frequencies) cannot hide how small layer 1's gradient was
    if (!s.nonFinite()) {
      maxFirst = Math.max(maxFirst, g[0]);
      maxLast = Math.max(maxLast, g[g.length - 1]);
    }
  }

  private double maxFirst;
  private double maxLast;

  boolean converged() {
    return convergedAt > 0;
  }

  boolean brokenFinite() {
    return nonFinite != null;
  }

  Verdict verdict() {
    if (last == null) {
      return new Verdict(Verdict.Kind.STALLED, "no steps taken yet");
    }
    if (nonFinite != null) {
      return new Verdict(Verdict.Kind.EXPLODING, nonFinite);
    }
    if (firstLoss > INITIAL_LOSS_BLOWUP * chanceLoss) {
      return new Verdict(Verdict.Kind.EXPLODING, String.format(Locale.ROOT,
          "the first loss is %s, over %.0fx the chance level %s: activations blew up layer by layer",
          num(firstLoss), INITIAL_LOSS_BLOWUP, num(chanceLoss)));
    }
    double base = Math.max(firstLoss, chanceLoss);
    if (last.loss() > LOSS_BLOWUP * base) {
      return new Verdict(Verdict.Kind.EXPLODING, String.format(Locale.ROOT,
          "loss ended at %s, over %.0fx the starting %s (peak %s at step %d)", num(last.loss()),
          LOSS_BLOWUP, num(firstLoss), num(maxLoss), maxLossStep));
    }
    if (weightGrowth > WEIGHT_BLOWUP) {
      return new Verdict(Verdict.Kind.EXPLODING, String.format(Locale.ROOT,
          "weights grew %sx over their norm after step 1", num(weightGrowth)));
    }
    if (convergedAt > 0) {
      return new Verdict(Verdict.Kind.CONVERGED, String.format(Locale.ROOT,
          "reached %.1f%% accuracy (target %.1f%%) at step %d, loss %s", 100 * last.accuracy(),
          100 * target, convergedAt, num(last.loss())));
    }
    double ratio = maxFirst / maxLast;
    // progress is measured from chance level: an over-confident start that falls back to
    // chance (the output layer learning the class frequencies) is not learning
    double drop = (Math.min(firstLoss, chanceLoss) - last.loss()) / chanceLoss;
    if (ratio < VANISHING_RATIO && drop < BARELY_MOVED) {
      return new Verdict(Verdict.Kind.VANISHING, String.format(Locale.ROOT,
          "layer-1 gradient norm %s is %s of the output layer's %s; loss %s -> %s, %.1f%% below chance level, in %d steps",
          num(maxFirst), num(ratio), num(maxLast), num(firstLoss), num(last.loss()), 100 * drop,
          last.step()));
    }
    return new Verdict(Verdict.Kind.STALLED, String.format(Locale.ROOT,
        "accuracy %.1f%% is below the target %.1f%% after %d steps; loss %s -> %s, layer-1/output gradient ratio %s",
        100 * last.accuracy(), 100 * target, last.step(), num(firstLoss), num(last.loss()), num(ratio)));
  }

  static String num(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    double a = Math.abs(v);
    return a != 0 && (a < 1e-3 || a >= 1e5) ? String.format(Locale.ROOT, "%.2e", v)
        : String.format(Locale.ROOT, "%.4g", v);
  }
}
