package vanishingpoint.core;

import vanishingpoint.train.Spectrum;
import vanishingpoint.train.Verdict;

/**
 * What the live view shows of a training run, as the session last copied it from the engine.
 * An immutable snapshot: the constructor copies every array, so what enters the state is never
 * an array the engine (or a test) goes on writing; readers must not write into them either.
 *
 * @param step           steps done
 * @param budget         the step budget
 * @param losses         the loss at every step so far
 * @param accuracy       latest accuracy on the batch
 * @param gradNorms      latest per-layer gradient norms, layer 1 first, output last
 * @param peakNorms      the largest gradient norm each layer has had so far (what the verdict compares)
 * @param saturation     latest fraction of saturated outputs per hidden layer (tanh, sigmoid)
 * @param deadUnits      latest fraction of dead units per hidden layer (ReLU)
 * @param updateRatios   latest update-to-weight ratio per layer, output last
 * @param stepsPerSecond measured speed
 * @param grid           predicted class per cell of the decision-boundary grid, row-major, top row first
 * @param gridCols       grid width
 * @param points         the dataset: x, y in [-1, 1] and class, three values per point
 * @param classes        number of classes
 * @param verdict        null while running, else the final verdict
 * @param sofar          the verdict on the steps so far (the diagnosis forming), or null before step 1
 * @param gains          the weights' singular values as last measured (each layer's gain), or null
 */
public record Training(int step, int budget, double[] losses, double accuracy, double[] gradNorms, double[] peakNorms,
    double[] saturation, double[] deadUnits, double[] updateRatios, double stepsPerSecond, int[] grid, int gridCols,
    double[] points, int classes, Verdict verdict, Verdict sofar, Spectrum.Gains gains) {

  /** A snapshot without the weights' singular values. */
  public Training(int step, int budget, double[] losses, double accuracy, double[] gradNorms, double[] peakNorms,
      double[] saturation, double[] deadUnits, double[] updateRatios, double stepsPerSecond, int[] grid, int gridCols,
      double[] points, int classes, Verdict verdict, Verdict sofar) {
    this(step, budget, losses, accuracy, gradNorms, peakNorms, saturation, deadUnits, updateRatios, stepsPerSecond,
        grid, gridCols, points, classes, verdict, sofar, null);
  }

  public Training {
    losses = copy(losses);
    gradNorms = copy(gradNorms);
    peakNorms = copy(peakNorms);
    saturation = copy(saturation);
    deadUnits = copy(deadUnits);
    updateRatios = copy(updateRatios);
    grid = grid == null ? null : grid.clone();
    points = copy(points);
  }

  private static double[] copy(double[] a) {
    return a == null ? null : a.clone();
  }

  private static final double[] NO = new double[0];

  public static final Training NONE = new Training(0, 0, NO, 0, NO, NO, NO, NO, NO, 0, new int[0], 0, NO, 2, null,
      null);

  public boolean finished() {
    return verdict != null;
  }

  /** The run reached its target (the challenge's first star). */
  public boolean converged() {
    return verdict != null && verdict.converged();
  }

  public double lastLoss() {
    return losses.length == 0 ? Double.NaN : losses[losses.length - 1];
  }

  /** The same run as measured at another speed (a recomputed run shows the speed it first ran at). */
  public Training withStepsPerSecond(double sps) {
    return new Training(step, budget, losses, accuracy, gradNorms, peakNorms, saturation, deadUnits, updateRatios,
        sps, grid, gridCols, points, classes, verdict, sofar);
  }
}
