package vanishingpoint.train;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers formatted for people: {@link String#format} in {@link Locale#ROOT} (a decimal point
 * everywhere), without negative zero. A value that rounds to zero prints as 0 whatever its sign:
 * "-0.0%" for a loss that rose by 0.003% reads as a bug, and -0.0 itself (a product with a
 * negative factor that underflowed) is zero to a reader.
 */
public final class Fmt {
  /** A minus before a number whose digits are all zero (0, 0.00, 0.0e+00), not inside a longer token. */
  private static final Pattern NEGATIVE_ZERO = Pattern.compile("(?<![\\w.])-(?=0(?:\\.0*)?(?:[eE][+-]?0+)?(?![\\w.]))");

  private Fmt() {}

  /** {@code String.format(Locale.ROOT, pattern, args)}, with no negative zero. */
  public static String of(String pattern, Object... args) {
    return clean(String.format(Locale.ROOT, pattern, args));
  }

  /** The text with the minus of every negative zero dropped ("-0.0%" becomes "0.0%"). */
  public static String clean(String text) {
    return text.indexOf('-') < 0 ? text : NEGATIVE_ZERO.matcher(text).replaceAll("");
  }
}
