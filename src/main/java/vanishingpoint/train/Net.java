package vanishingpoint.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The MLP's layers: {@code depth} hidden layers then a linear output layer of K logits. */
final class Net {
  final Layer[] hidden;
  final Layer output;
  final Activation activation;
  final int classes;

  Net(TrainConfig c, int classes, SplittableRandom rnd) {
    this.activation = c.activation();
    this.classes = classes;
    hidden = new Layer[c.depth()];
    int in = 2;
    for (int l = 0; l < hidden.length; l++) {
      hidden[l] = new Layer(in, c.width(), c.batchNorm(), c.residual() && in == c.width());
      hidden[l].initWeights(c.init(), c.activation(), rnd);
      in = c.width();
    }
    output = new Layer(in, classes, false, false);
    output.initWeights(c.init(), c.activation(), rnd);
  }

  /** Hidden layers then the output layer. */
  Layer layer(int i) {
    return i < hidden.length ? hidden[i] : output;
  }

  int layerCount() {
    return hidden.length + 1;
  }

  /** All parameter arrays in layer order, for the optimiser and clipping. */
  List<double[]> params() {
    List<double[]> p = new ArrayList<>();
    for (int i = 0; i < layerCount(); i++) {
      p.addAll(List.of(layer(i).params()));
    }
    return p;
  }

  List<double[]> grads() {
    List<double[]> g = new ArrayList<>();
    for (int i = 0; i < layerCount(); i++) {
      g.addAll(List.of(layer(i).grads()));
    }
    return g;
  }
}
