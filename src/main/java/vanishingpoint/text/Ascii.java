package vanishingpoint.text;

import java.util.Map;

/**
 * Plain ASCII forms of the characters lessons use, for terminals that are not UTF-8. Authors
 * write Unicode once; the game shows these forms when it must.
 */
public final class Ascii {

  private static final Map<Character, String> FORMS = Map.ofEntries(
      Map.entry('σ', "sigma"), Map.entry('Σ', "Sum"), Map.entry('α', "alpha"), Map.entry('β', "beta"),
      Map.entry('γ', "gamma"), Map.entry('δ', "delta"), Map.entry('Δ', "Delta"), Map.entry('ε', "eps"),
      Map.entry('η', "eta"), Map.entry('θ', "theta"), Map.entry('λ', "lambda"), Map.entry('μ', "mu"),
      Map.entry('π', "pi"), Map.entry('ρ', "rho"), Map.entry('τ', "tau"), Map.entry('φ', "phi"),
      Map.entry('ω', "omega"), Map.entry('∇', "grad "),
      Map.entry('≤', "<="), Map.entry('≥', ">="), Map.entry('≈', "~"), Map.entry('≠', "!="),
      Map.entry('→', "->"), Map.entry('←', "<-"), Map.entry('⇒', "=>"), Map.entry('−', "-"),
      Map.entry('×', "x"), Map.entry('·', "*"), Map.entry('∂', "d"), Map.entry('√', "sqrt"),
      Map.entry('∞', "inf"), Map.entry('±', "+/-"), Map.entry('…', "..."), Map.entry('⊙', ".*"),
      Map.entry('ᵀ', "^T"), Map.entry('‖', "||"), Map.entry('∈', " in "),
      Map.entry('⁰', "^0"), Map.entry('¹', "^1"), Map.entry('²', "^2"), Map.entry('³', "^3"),
      Map.entry('⁴', "^4"), Map.entry('⁵', "^5"), Map.entry('⁶', "^6"), Map.entry('⁷', "^7"),
      Map.entry('⁸', "^8"), Map.entry('⁹', "^9"), Map.entry('⁻', "^-"), Map.entry('ˡ', "^l"),
      Map.entry('₀', "0"), Map.entry('₁', "1"), Map.entry('₂', "2"), Map.entry('ₗ', "l"),
      Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('“', "\""), Map.entry('”', "\""),
      Map.entry('–', "-"), Map.entry('—', "--"), Map.entry('•', "*"), Map.entry('✓', "ok"),
      Map.entry('é', "e"), Map.entry('ï', "i"), Map.entry('\u00a0', " "));

  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻";
  private static final String PLAIN = "0123456789-";

  private Ascii() {}

  /** The digit or minus a superscript character stands for, or 0 when it is none. */
  static char superscript(char c) {
    int i = SUPERSCRIPTS.indexOf(c);
    return i < 0 ? 0 : PLAIN.charAt(i);
  }

  public static boolean known(char c) {
    return c < 128 || FORMS.containsKey(c);
  }

  /** The ASCII form of text; a run of superscripts becomes one exponent (²⁰ to ^20); '?' when unknown. */
  public static String of(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        b.append(c);
      } else if (superscript(c) != 0) {
        b.append('^');
        while (i < s.length() && superscript(s.charAt(i)) != 0) {
          b.append(superscript(s.charAt(i++)));
        }
        i--;
      } else {
        b.append(FORMS.getOrDefault(c, "?"));
      }
    }
    return b.toString();
  }
}
