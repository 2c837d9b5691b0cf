package vanishingpoint.train;

import java.util.List;

/**
 * The loss and gradients (before clipping) that the next step would compute, with the
 * parameters they were computed at: enough to check the engine against another framework.
 *
 * @param loss   mean cross-entropy on the next step's batch
 * @param batch  indices of the dataset points in that batch, in order
 * @param params each layer's parameters, hidden layers first, then the output layer
 * @param grads  the matching gradients
 */
public record Probe(double loss, int[] batch, List<LayerArrays> params, List<LayerArrays> grads) {
}
