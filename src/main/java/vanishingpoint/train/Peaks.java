package vanishingpoint.train;

/** The largest gradient norm each layer has had: what the verdict compares and the bars show. */
public final class Peaks {
  private Peaks() {}

  /**
   * {@code peaks} raised to this step's norms, layer by layer (a new array when the layer count
   * changes). Non-finite norms are skipped: a layer that overflowed keeps its last finite peak.
   */
  public static double[] update(double[] peaks, double[] norms) {
    double[] p = peaks.length == norms.length ? peaks : new double[norms.length];
    for (int l = 0; l < norms.length; l++) {
      if (Double.isFinite(norms[l])) {
        p[l] = Math.max(p[l], norms[l]);
      }
    }
    return p;
  }
}
