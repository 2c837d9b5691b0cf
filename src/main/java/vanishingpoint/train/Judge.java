package vanishingpoint.train;

import static vanishingpoint.train.Thresholds.*;

import java.util.ArrayList;
import java.util.List;
import vanishingpoint.train.Diagnosis.Kind;

/**
 * Watches every step of a run and decides its {@link Verdict}: the outcome (did it hold the target)
 * and the diagnoses the evidence supports, each with its numbers. Thresholds: {@link Thresholds}.
 */
final class Judge {

  private final double chanceLoss;
  private final double target;
  private int steps;
  private double firstLoss = Double.NaN;
  private double firstWeights = Double.NaN;
  private double peakLoss;
  private int peakLossStep;
  private double lastLoss = Double.NaN;
  private double weightGrowth;
  private double lastWeightGrowth;
  private int nonFiniteStep;
  private int streak;
  private int convergedAt;
  private double[] peaks = new double[0];
  private double lastDead;
  private int zeroFirstSince;
  /** Every step up to the last finite one: what the whole-run and end-of-run figures read. */
  private final StepSeries series = new StepSeries();

  Judge(int classes, double target) {
    this.chanceLoss = Math.log(classes);
    this.target = target;
  }

  /**
   * Records one step. {@code accuracy} and {@code loss} are the whole dataset's in the mode the
   * boundary is drawn, or NaN when not measured this step (then the step cannot count towards
   * convergence).
   */
  void observe(StepStats s, double accuracy, double loss, double totalWeightNorm) {
    steps = s.step();
    if (steps == 1) {
      firstLoss = s.loss();
      firstWeights = totalWeightNorm;
    }
    if (s.nonFinite() && nonFiniteStep == 0) {
      nonFiniteStep = steps;
    }
    if (Double.isFinite(s.loss())) {
      lastLoss = s.loss();
      if (s.loss() > peakLoss) {
        peakLoss = s.loss();
        peakLossStep = steps;
      }
    }
    if (firstWeights > 0 && Double.isFinite(totalWeightNorm)) {
      lastWeightGrowth = totalWeightNorm / firstWeights;
      weightGrowth = Math.max(weightGrowth, lastWeightGrowth);
    }
    double[] g = s.gradNorms();
    peaks = Peaks.update(peaks, g);
    if (nonFiniteStep == 0) {
      // after an overflow the units' counts are NaN's: the last finite step's stand
      boolean firstZero = g[0] == 0 && g[g.length - 1] > 0;
      zeroFirstSince = firstZero ? (zeroFirstSince == 0 ? steps : zeroFirstSince) : 0;
      lastDead = Finite.max(s.deadRelu());
      series.add(g[0], g[g.length - 1], Finite.max(s.saturation()), Finite.median(s.updateRatios()));
    }
    boolean atTarget = !s.nonFinite() && accuracy >= target && loss <= LOSS_BELOW_CHANCE * chanceLoss;
    streak = atTarget ? streak + 1 : 0;
  }

  /** True when the stretch at the target is long enough and only the network as it now stands is unchecked. */
  boolean pending() {
    return convergedAt == 0 && streak >= HOLD_STEPS;
  }

  /**
   * The network after this step's update, on the whole dataset: convergence is declared only if it
   * too holds the target, so the picture drawn at the end never contradicts the verdict.
   */
  void confirm(double accuracy, double loss) {
    if (accuracy >= target && loss <= LOSS_BELOW_CHANCE * chanceLoss) {
      convergedAt = steps;
    } else {
      streak = 0;
    }
  }

  boolean converged() {
    return convergedAt > 0;
  }

  boolean brokenFinite() {
    return nonFiniteStep > 0;
  }

  /**
   * The verdict on the steps so far, given the network as it stands: its whole-dataset accuracy
   * and loss in the mode the boundary is drawn, and how many hidden layers have identical units.
   */
  Verdict verdict(double accuracy, double loss, int symmetricLayers) {
    int window = Math.max(HOLD_STEPS, series.steps() / END_WINDOW);
    double finalLoss = Double.isFinite(loss) ? loss : lastLoss;
    Evidence e = new Evidence(steps, chanceLoss, firstLoss, nonFiniteStep > 0 ? Double.NaN : finalLoss, peakLoss,
        peakLossStep, accuracy, convergedAt, peaks.length == 0 ? Double.NaN : ratio(peaks[0], peaks[peaks.length - 1]),
        series.ratio(window), Finite.max(peaks), series.saturation(window), lastDead,
        zeroFirstSince > 0 && steps - zeroFirstSince + 1 >= DEAD_STEPS ? zeroFirstSince : 0,
        series.medianUpdate(), weightGrowth,
        nonFiniteStep, symmetricLayers);
    if (steps == 0) {
      return new Verdict(Verdict.Outcome.NOT_CONVERGED, List.of(new Diagnosis(Kind.HEALTHY, "no steps taken yet")), e,
          "no steps taken yet");
    }
    List<Diagnosis> found = diagnose(e);
    Verdict.Outcome outcome = convergedAt > 0 ? Verdict.Outcome.CONVERGED
        : diverged(e) ? Verdict.Outcome.DIVERGED : Verdict.Outcome.NOT_CONVERGED;
    return new Verdict(outcome, found, e, reason(outcome, e));
  }

  /** Ended blown up: overflowed, or the loss or the weights still far above where they started. */
  private boolean diverged(Evidence e) {
    return e.nonFiniteStep() > 0 || lastLoss > LOSS_BLOWUP * Math.max(firstLoss, chanceLoss)
        || lastWeightGrowth > WEIGHT_BLOWUP;
  }

  private List<Diagnosis> diagnose(Evidence e) {
    List<Diagnosis> out = new ArrayList<>();
    String exploding = exploding(e);
    // a blow-up of the loss, the weights or the numbers comes first; gradients that only grow on
    // their way back (the loss never blew up) come after what the units show
    boolean blewUp = blewUp(e);
    if (blewUp) {
      out.add(new Diagnosis(Kind.EXPLODING, exploding));
    }
    boolean symmetric = e.symmetricLayers() > 0;
    if (symmetric) {
      out.add(new Diagnosis(Kind.SYMMETRIC, f("%d hidden layer%s ended with every unit's weights identical: the units"
          + " get identical gradients, so they can never learn different features", e.symmetricLayers(),
          e.symmetricLayers() == 1 ? "" : "s")));
    }
    // units that are identical because they start at zero also output zero: the symmetry explains it
    if (symmetric) {
      // nothing more about units
    } else if (e.deadUnits() >= DEAD) {
      out.add(new Diagnosis(Kind.DEAD_UNITS, f("%.0f%% of one layer's ReLUs output 0 for every point at the end,"
          + " so no gradient passes through them", 100 * e.deadUnits())));
    } else if (e.deadSince() > 0) {
      out.add(new Diagnosis(Kind.DEAD_UNITS, f("layer 1's gradient has been exactly 0 since step %d while the"
          + " output's is not: units in between are dead", e.deadSince())));
    }
    if (e.saturation() >= SATURATED) {
      out.add(new Diagnosis(Kind.SATURATED, f("over the last steps, %.0f%% of the most saturated layer's outputs sat"
          + " at the flat ends of the curve, where the slope is near 0", 100 * e.saturation())));
    }
    if (exploding != null && !blewUp) {
      out.add(new Diagnosis(Kind.EXPLODING, exploding));
    }
    // no vanishing story for a run that blew up (its finite peaks compare nothing meaningful), nor
    // for symmetric units (their zero gradient has a cause of its own)
    boolean explained = e.symmetricLayers() > 0 || exploding != null && diverged(e);
    if (explained) {
      // nothing more to say about the gradients' size
    } else if (e.gradientRatio() < VANISHING_RATIO) {
      out.add(new Diagnosis(Kind.VANISHING, f("layer 1's largest gradient norm %s is %s of the output layer's"
          + " largest, %s", num(peaks[0]), num(e.gradientRatio()), num(peaks[peaks.length - 1]))));
    } else if (e.endGradientRatio() < VANISHING_RATIO) {
      out.add(new Diagnosis(Kind.VANISHING, f("over the last steps, layer 1's gradient norm was %s of the output"
          + " layer's", num(e.endGradientRatio()))));
    } else if (e.largestGradient() < TINY_GRADIENT) {
      out.add(new Diagnosis(Kind.VANISHING, f("no layer's gradient norm ever exceeded %s (healthy runs start between"
          + " 0.1 and 10): the signal faded on the way forward, so every gradient is tiny", num(e.largestGradient()))));
    }
    if (exploding == null && e.updateRatio() > STEP_LARGE) {
      out.add(new Diagnosis(Kind.STEP_TOO_LARGE, f("each update moved the weights by %s of their size (median;"
          + " about 1e-3 is healthy)", num(e.updateRatio()))));
    } else if (out.isEmpty() && e.updateRatio() < STEP_SMALL && e.convergedAt() == 0
        && e.gradientRatio() >= STEP_SMALL_GRADIENT_RATIO && stillPulling()) {
      out.add(new Diagnosis(Kind.STEP_TOO_SMALL, f("each update moved the weights by only %s of their size (median;"
          + " about 1e-3 is healthy), though the gradient reaches layer 1", num(e.updateRatio()))));
    }
    if (out.isEmpty()) {
      out.add(new Diagnosis(Kind.HEALTHY, f("gradients reach layer 1 (%s of the output's), no blow-up, no saturated"
          + " or dead layer, updates %s of the weights", num(e.gradientRatio()), num(e.updateRatio()))));
    }
    return out;
  }

  /**
   * The output's gradient is still a good part of its largest: there is still much to learn, so
   * small steps are what holds the run back (at a plateau the gradient itself fades, and bigger
   * steps would not help).
   */
  private boolean stillPulling() {
    double last = peaks.length == 0 ? 0 : peaks[peaks.length - 1];
    return series.meanOutput(Math.max(HOLD_STEPS, series.steps() / END_WINDOW)) >= STILL_PULLING * last;
  }

  /** The numbers, the loss or the weights blew up (not only the gradient on its way back). */
  private boolean blewUp(Evidence e) {
    return e.nonFiniteStep() > 0 || firstLoss > INITIAL_LOSS_BLOWUP * chanceLoss
        || peakLoss > LOSS_BLOWUP * Math.max(firstLoss, chanceLoss) || weightGrowth > WEIGHT_BLOWUP;
  }

  private String exploding(Evidence e) {
    if (e.nonFiniteStep() > 0) {
      return f("the numbers overflowed at step %d: the loss or a gradient became NaN or infinite",
          e.nonFiniteStep());
    }
    if (firstLoss > INITIAL_LOSS_BLOWUP * chanceLoss) {
      return f("the first loss, before any update, was %s, over %.0fx chance (%s): the activations grew layer by layer"
          + " on the way forward", num(firstLoss), INITIAL_LOSS_BLOWUP, num(chanceLoss));
    }
    if (peakLoss > LOSS_BLOWUP * Math.max(firstLoss, chanceLoss)) {
      return f("the loss rose from %s to %s at step %d", num(firstLoss), num(peakLoss), peakLossStep);
    }
    if (weightGrowth > WEIGHT_BLOWUP) {
      return f("the weights grew to %sx their size after step 1", num(weightGrowth));
    }
    if (e.gradientRatio() > GRADIENT_GROWTH) {
      return f("layer 1's largest gradient norm %s is %sx the output layer's largest, %s", num(peaks[0]),
          num(e.gradientRatio()), num(peaks[peaks.length - 1]));
    }
    return null;
  }

  private String reason(Verdict.Outcome outcome, Evidence e) {
    switch (outcome) {
      case CONVERGED:
        return f("at or above the target %.1f%% with the loss below %s on every step from %d to %d; at the end"
            + " %.1f%%, loss %s", 100 * target, num(LOSS_BELOW_CHANCE * chanceLoss), e.convergedAt() - HOLD_STEPS + 1,
            e.convergedAt(), 100 * e.accuracy(), num(e.finalLoss()));
      case DIVERGED:
        return e.nonFiniteStep() > 0 ? f("the numbers overflowed at step %d", e.nonFiniteStep())
            : f("ended blown up after %d steps: loss %s (it started at %s), weights %sx their size after step 1",
                e.steps(), num(lastLoss), num(firstLoss), num(lastWeightGrowth));
      default:
        if (e.accuracy() >= target && !(e.finalLoss() <= LOSS_BELOW_CHANCE * chanceLoss)) {
          return f("%.1f%% accuracy reaches the target %.1f%%, but the loss %s is not below %s (half of chance): the"
              + " points it gets wrong, it gets wrong with absurd confidence", 100 * e.accuracy(), 100 * target,
              num(e.finalLoss()), num(LOSS_BELOW_CHANCE * chanceLoss));
        }
        return f("%.1f%% accuracy (target %.1f%%) after %d steps; loss %s -> %s (chance %s)", 100 * e.accuracy(),
            100 * target, e.steps(), num(firstLoss), num(e.finalLoss()), num(chanceLoss));
    }
  }

  /** a / b, with 0 / 0 read as 1 (no gradient anywhere is not a ratio) and x / 0 as infinite. */
  private static double ratio(double a, double b) {
    return a == 0 && b == 0 ? 1 : a / b;
  }

  private static String f(String format, Object... args) {
    return Fmt.of(format, args);
  }

  static String num(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    double a = Math.abs(v);
    return a != 0 && (a < 1e-3 || a >= 1e5) ? Fmt.of("%.2e", v)
        : Fmt.of("%.4g", v);
  }
}
