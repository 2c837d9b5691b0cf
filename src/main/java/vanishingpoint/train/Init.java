package vanishingpoint.train;

import java.util.Locale;

/**
 * Weight initialisation (biases always start at 0).
 *
 * @param kind  the scheme
 * @param scale the standard deviation for {@link Kind#NORMAL}, otherwise 0
 */
public record Init(Kind kind, double scale) {

  /** The schemes; fans are PyTorch's for {@code nn.Linear} (fan_in = inputs, fan_out = outputs). */
  public enum Kind { ZEROS, NORMAL, XAVIER, XAVIER_NORMAL, HE, ORTHOGONAL }

  public static final Init SMALL = new Init(Kind.NORMAL, 0.01);
  public static final Init LARGE = new Init(Kind.NORMAL, 1.0);
  public static final Init XAVIER = new Init(Kind.XAVIER, 0);
  public static final Init XAVIER_NORMAL = new Init(Kind.XAVIER_NORMAL, 0);
  public static final Init HE = new Init(Kind.HE, 0);
  public static final Init ZEROS = new Init(Kind.ZEROS, 0);
  /**
   * Saxe et al.'s orthogonal initialisation, as PyTorch's {@code orthogonal_(w, gain)}: the Q of a
   * random Gaussian matrix's QR decomposition (semi-orthogonal when the layer is not square), times
   * the activation's gain ({@link #gain}), so every singular value of every layer is that gain.
   */
  public static final Init ORTHOGONAL = new Init(Kind.ORTHOGONAL, 0);

  public Init {
    if (kind == Kind.NORMAL && !(scale >= 0 && Double.isFinite(scale))) {
      throw new IllegalArgumentException("init: normal std must be finite and >= 0, got " + scale);
    }
  }

  /**
   * Parses {@code zeros}, {@code small}, {@code large}, {@code normal:S}, {@code xavier},
   * {@code xavier-normal}, {@code he}, {@code orthogonal}.
   */
  public static Init parse(String s) {
    String k = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    switch (k) {
      case "zeros": return ZEROS;
      case "small": return SMALL;
      case "large": return LARGE;
      case "xavier": case "glorot": return XAVIER;
      case "xavier-normal": return XAVIER_NORMAL;
      case "he": case "kaiming": return HE;
      case "orthogonal": return ORTHOGONAL;
      default: break;
    }
    if (k.startsWith("normal:")) {
      double std = Numbers.parse("init", s, k.substring(7));
      if (std < 0 || !Double.isFinite(std)) {
        throw new IllegalArgumentException("init: std in '" + s + "' must be finite and >= 0");
      }
      return new Init(Kind.NORMAL, std);
    }
    throw new IllegalArgumentException("init: unknown value '" + s
        + "' (expected zeros, small, large, normal:S, xavier, xavier-normal, he or orthogonal)");
  }

  /** Standard deviation (or uniform limit for XAVIER) of a layer with the given fans. */
  double spread(int fanIn, int fanOut) {
    switch (kind) {
      case NORMAL: return scale;
      case XAVIER: return Math.sqrt(6.0 / (fanIn + fanOut));
      case XAVIER_NORMAL: return Math.sqrt(2.0 / (fanIn + fanOut));
      case HE: return Math.sqrt(2.0 / fanIn);
      default: return 0;
    }
  }

  /**
   * PyTorch's {@code nn.init.calculate_gain} for the activation: 1 for linear and sigmoid, 5/3 for
   * tanh, sqrt(2) for ReLU, sqrt(2 / (1 + 0.01^2)) for leaky ReLU (its slope 0.01).
   */
  public static double gain(Activation a) {
    switch (a) {
      case TANH: return 5.0 / 3;
      case RELU: return Math.sqrt(2.0);
      case LEAKY_RELU: return Math.sqrt(2.0 / (1 + Activation.LEAK * Activation.LEAK));
      default: return 1.0;
    }
  }

  @Override
  public String toString() {
    switch (kind) {
      case ZEROS: return "zeros";
      case XAVIER: return "xavier";
      case XAVIER_NORMAL: return "xavier-normal";
      case HE: return "he";
      case ORTHOGONAL: return "orthogonal";
      default: return "normal:" + scale;
    }
  }
}
