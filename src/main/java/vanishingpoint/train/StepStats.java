package vanishingpoint.train;

/**
 * What one training step measured. Per-layer arrays run over hidden layers 1..depth and then
 * the output layer; saturation and dead-ReLU arrays over the hidden layers only.
 *
 * @param step          1-based step number
 * @param loss          mean cross-entropy on the step's batch, before the update
 * @param accuracy      fraction of the batch classified correctly, before the update
 * @param gradNorms     L2 norm of each layer's weight gradient, before clipping
 * @param weightNorms   L2 (Frobenius) norm of each layer's weights, after the update
 * @param updateRatios  norm of each layer's weight update divided by its weight norm
 * @param saturation    fraction of sigmoid/tanh outputs near their limits (0 for other activations)
 * @param deadRelu      fraction of ReLU units that output 0 for the whole batch (0 for others)
 * @param nonFinite     true if the loss, a gradient or a weight is NaN or infinite
 */
public record StepStats(int step, double loss, double accuracy, double[] gradNorms,
    double[] weightNorms, double[] updateRatios, double[] saturation, double[] deadRelu,
    boolean nonFinite) {
}
