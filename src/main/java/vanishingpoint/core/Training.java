package vanishingpoint.core;


/**
 * What the live view shows of a training run, as the session last copied it from the engine.
 * Plain numbers only: the state knows nothing of the engine.
 *
 * @param step       steps done
 * @param budget     the step budget
 * @param losses     the loss at every logged step so far (thinned to at most a few hundred)
 * @param accuracy   latest accuracy on the batch
 * @param gradNorms  latest per-layer gradient norms, layer 1 first, output last
 * @param peakNorms  the largest gradient norm each layer has had so far (what the verdict compares)
 * @param stepsPerSecond measured speed
 * @param grid       predicted class per cell of the decision-boundary grid, row-major, top row first
 * @param gridCols   grid width
 * @param points     the dataset: x, y in [-1, 1] and class, three values per point
 * @param classes    number of classes
 * @param verdict    null while running, else converged, vanishing, exploding or stalled
 * @param reason     the engine's one-line reason with the measured numbers
 */
public record Training(int step, int budget, double[] losses, double accuracy, double[] gradNorms, double[] peakNorms,
    double stepsPerSecond, int[] grid, int gridCols, double[] points, int classes, String verdict, String reason) {

  public static final Training NONE = new Training(0, 0, new double[0], 0, new double[0], new double[0], 0, new int[0], 0,
      new double[0], 2, null, null);

  public boolean finished() {
    return verdict != null;
  }

  public double lastLoss() {
    return losses.length == 0 ? Double.NaN : losses[losses.length - 1];
  }
}
