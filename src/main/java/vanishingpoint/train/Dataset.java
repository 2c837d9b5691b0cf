package vanishingpoint.train;

/**
 * The training points. Arrays are shared, not copied: treat them as read-only.
 *
 * @param xs      first coordinate of each point
 * @param ys      second coordinate of each point
 * @param labels  class id of each point, 0 .. classes-1
 * @param classes number of classes
 */
public record Dataset(double[] xs, double[] ys, int[] labels, int classes) {

  public int size() {
    return labels.length;
  }
}
