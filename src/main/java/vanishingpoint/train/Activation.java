package vanishingpoint.train;

import java.util.Locale;

/** Hidden-layer non-linearity. */
public enum Activation {
  SIGMOID("sigmoid"),
  TANH("tanh"),
  /** Derivative 0 at 0, as PyTorch. */
  RELU("relu"),
  /** Negative slope 0.01, as {@code nn.LeakyReLU()}. */
  LEAKY_RELU("leaky-relu"),
  LINEAR("linear");

  static final double LEAK = 0.01;

  private final String label;

  Activation(String label) {
    this.label = label;
  }

  /** The command-line spelling, e.g. {@code leaky-relu}. */
  public String label() {
    return label;
  }

  /** Parses the command-line spelling; throws IllegalArgumentException naming the bad value. */
  public static Activation parse(String s) {
    String k = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    for (Activation a : values()) {
      if (a.label.equals(k) || a.name().equalsIgnoreCase(k)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "activation: unknown value '" + s + "' (expected sigmoid, tanh, relu, leaky-relu or linear)");
  }

  @Override
  public String toString() {
    return label;
  }
}
