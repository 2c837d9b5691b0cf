package vanishingpoint.train;

/**
 * A copy of one layer's tensors (parameters or their gradients) as plain arrays.
 *
 * @param weight out x in, as {@code nn.Linear.weight}
 * @param bias   out
 * @param gamma  BatchNorm scale, or null when the layer is not batch-normalised
 * @param beta   BatchNorm shift, or null likewise
 */
public record LayerArrays(double[][] weight, double[] bias, double[] gamma, double[] beta) {

  static LayerArrays of(Layer l, boolean grads) {
    double[] w = grads ? l.dw.data : l.w.data;
    double[][] rows = new double[l.out][];
    for (int r = 0; r < l.out; r++) {
      rows[r] = java.util.Arrays.copyOfRange(w, r * l.in, (r + 1) * l.in);
    }
    double[] b = (grads ? l.db : l.b).clone();
    if (!l.batchNorm) {
      return new LayerArrays(rows, b, null, null);
    }
    return new LayerArrays(rows, b, (grads ? l.dgamma : l.gamma).clone(),
        (grads ? l.dbeta : l.beta).clone());
  }
}
