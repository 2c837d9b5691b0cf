package vanishingpoint.train;

import java.util.Locale;

/** Optimisers with PyTorch's update rules and default hyper-parameters. */
public enum Optimizer {
  SGD, MOMENTUM, RMSPROP, ADAM;

  /** Parses {@code sgd}, {@code momentum}, {@code rmsprop} or {@code adam}. */
  public static Optimizer parse(String s) {
    String k = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    for (Optimizer o : values()) {
      if (o.name().toLowerCase(Locale.ROOT).equals(k)) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "optimizer: unknown value '" + s + "' (expected sgd, momentum, rmsprop or adam)");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
