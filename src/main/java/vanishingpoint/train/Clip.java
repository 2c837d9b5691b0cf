package vanishingpoint.train;

import java.util.Locale;

/**
 * Gradient clipping, applied to all parameters after the gradients are measured.
 *
 * @param kind  the mode
 * @param limit C for VALUE and NORM, 0 for NONE
 */
public record Clip(Kind kind, double limit) {

  /** NONE; VALUE like {@code clip_grad_value_}; NORM like {@code clip_grad_norm_}. */
  public enum Kind { NONE, VALUE, NORM }

  public static final Clip NONE = new Clip(Kind.NONE, 0);

  public Clip {
    if (kind != Kind.NONE && !(limit > 0 && Double.isFinite(limit))) {
      throw new IllegalArgumentException("clip: limit must be finite and > 0, got " + limit);
    }
  }

  /** Parses {@code none}, {@code value:C} or {@code norm:C}. */
  public static Clip parse(String s) {
    String k = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    if (k.equals("none")) {
      return NONE;
    }
    int colon = k.indexOf(':');
    String mode = colon < 0 ? k : k.substring(0, colon);
    if (colon > 0 && (mode.equals("value") || mode.equals("norm"))) {
      double c = Numbers.parse("clip", s, k.substring(colon + 1));
      if (!(c > 0 && Double.isFinite(c))) {
        throw new IllegalArgumentException("clip: limit in '" + s + "' must be finite and > 0");
      }
      return new Clip(mode.equals("value") ? Kind.VALUE : Kind.NORM, c);
    }
    throw new IllegalArgumentException("clip: unknown value '" + s + "' (expected none, value:C or norm:C)");
  }

  @Override
  public String toString() {
    return kind == Kind.NONE ? "none" : kind.name().toLowerCase(Locale.ROOT) + ":" + limit;
  }
}
