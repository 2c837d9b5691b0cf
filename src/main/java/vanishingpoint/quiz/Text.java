package vanishingpoint.quiz;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vanishingpoint.text.Ascii;

/**
 * The text rules answer grading is built on, shared by type-in answers and recall patterns so
 * that both see the same words. Pure functions.
 *
 * <p>Normalisation ({@link #words}): Unicode to ASCII (σ to sigma, − to -), lower case,
 * contractions spelled out (don't to do not), apostrophes dropped, {@code %} read as
 * "percent", a decimal comma read as a point (0,25 is 0.25), then everything that is not a
 * letter or a digit separates words, except: a point inside a number (0.25, .25), a slash
 * between digits (1/4), a minus in front of a number (-1), a caret between characters
 * (0.25^10) and brackets attached to a word (dZ[L], W[l]). Finally British spellings become
 * American ones ({@link #canon}), so initialisation and initialization are one word.
 */
public final class Text {

  private Text() {}

  /**
   * Words that are real, different words or terms although they are within a typo or two of
   * a term the game asks for. A typed word from this list is never forgiven into another word:
   * "the" is not a typo of "He", "than" not of "tanh", "elu" not of "relu".
   */
  /** Names of activations, optimisers and initialisations: one of them is never a harmless extra word. */
  public static final Set<String> NAMED_TERMS = Set.of("tanh", "sinh", "cosh", "relu", "elu", "selu", "gelu",
      "prelu", "relu6", "sigmoid", "softmax", "softplus", "softsign", "swish", "mish", "linear", "leaky", "adam",
      "adamw", "adamax", "nadam", "adagrad", "adadelta", "rmsprop", "rprop", "sgd", "momentum", "xavier", "glorot",
      "lecun", "kaiming", "he", "nan", "inf");

  public static final Set<String> PROTECTED = Set.of(
      // short common words near short answers
      "the", "he", "she", "hi", "me", "be", "we", "than", "then", "that", "man", "nah", "nil", "null",
      "not", "now", "no", "nearly",
      // activations
      "tanh", "tan", "sinh", "cosh", "relu", "elu", "selu", "gelu", "prelu", "relu6", "crelu", "sigmoid",
      "softmax", "softplus", "softsign", "softmin", "swish", "mish", "linear", "leaky",
      // optimisers
      "adam", "adamw", "adamax", "nadam", "adagrad", "adadelta", "rmsprop", "rprop", "sgd", "momentum",
      // initialisations
      "xavier", "glorot", "lecun", "kaiming",
      // numbers and values
      "nan", "inf", "max", "min", "mean",
      // terms one or two letters from another term
      "convergence", "divergence", "converging", "diverging", "convergent", "divergent", "diversion",
      "exploding", "imploding", "vanishing", "varnishing", "clipping", "flipping", "clapping", "chipping",
      "fanout", "fanin", "gate", "stop", "recurrent", "residue", "later", "latest", "late", "last",
      "earlier", "early", "first", "layer", "player", "loss", "lose", "weight", "height", "eight");

  /** Stems whose British "-is-" form (normalise, optimiser, initialisation) becomes "-iz-". */
  private static final List<String> IZE_STEMS = List.of("normal", "initial", "optim", "regular", "standard",
      "minim", "maxim", "general", "special", "visual", "util", "stabil", "central", "random", "vector",
      "parameter", "penal", "quant", "summar", "categor", "emphas", "recogn", "organ", "real", "linear",
      "memor", "theor", "neutral", "personal", "capital", "custom", "character", "synchron", "serial");

  /** Other British spellings, word for word. */
  private static final Map<String, String> SPELLINGS = Map.ofEntries(
      Map.entry("centre", "center"), Map.entry("centres", "centers"), Map.entry("centred", "centered"),
      Map.entry("behaviour", "behavior"), Map.entry("behaviours", "behaviors"), Map.entry("colour", "color"),
      Map.entry("modelling", "modeling"), Map.entry("modelled", "modeled"), Map.entry("labelled", "labeled"),
      Map.entry("travelling", "traveling"), Map.entry("travelled", "traveled"), Map.entry("analyse", "analyze"),
      Map.entry("analysed", "analyzed"), Map.entry("analysing", "analyzing"), Map.entry("grey", "gray"),
      Map.entry("signalling", "signaling"), Map.entry("cancelled", "canceled"));

  /** Contractions spelled out, so that patterns can say "not". */
  private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
      Map.entry("dont", "do not"), Map.entry("doesnt", "does not"), Map.entry("didnt", "did not"),
      Map.entry("cant", "can not"), Map.entry("cannot", "can not"), Map.entry("wont", "will not"),
      Map.entry("isnt", "is not"), Map.entry("arent", "are not"), Map.entry("wasnt", "was not"),
      Map.entry("werent", "were not"), Map.entry("havent", "have not"), Map.entry("hasnt", "has not"),
      Map.entry("shouldnt", "should not"), Map.entry("wouldnt", "would not"), Map.entry("couldnt", "could not"),
      Map.entry("neednt", "need not"));

  /** Numbers written as words, by value: zero is 0, two is 2. */
  private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten");

  private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d+)?|\\.\\d+)(/\\d+(\\.\\d+)?)?");

  /** The words of a text, normalised as described in the class comment, British spellings made American. */
  public static List<String> words(String raw) {
    return words(raw, true);
  }

  /** The words of a text; with {@code spelling} false British spellings are kept (for feedback). */
  public static List<String> words(String raw, boolean spelling) {
    String s = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    s = math(Ascii.of(s.replace('\u00d7', '*').replace('\u00b7', '*')).toLowerCase(Locale.ROOT));
    s = s.replace("can't", "can not").replace("won't", "will not").replace("n't", " not").replace("'", "");
    s = s.replace("%", " percent ");
    s = s.replaceAll("(\\d),(\\d)", "$1.$2").replaceAll("(\\d)\\s*/\\s*(\\d)", "$1/$2");
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char prev = i > 0 ? s.charAt(i - 1) : ' ';
      char next = i + 1 < n ? s.charAt(i + 1) : ' ';
      boolean keep;
      if (isAlnum(c)) {
        keep = true;
      } else if (c == '.') {
        keep = isDigit(next) && (isDigit(prev) || w.length() == 0 || w.toString().equals("-"));
      } else if (c == '/') {
        keep = isDigit(prev) && isDigit(next);
      } else if (c == '-') {
        keep = w.length() == 0 && (isDigit(next) || next == '.' && i + 2 < n && isDigit(s.charAt(i + 2)));
      } else if (c == '^') {
        keep = w.length() > 0 && (isAlnum(next) || next == '-');
      } else if (c == '[' && w.length() > 0) {
        int close = s.indexOf(']', i);
        if (close > i + 1 && s.substring(i + 1, close).matches("[a-z0-9+\\- ]+")) {
          w.append('[').append(s.substring(i + 1, close).replace(" ", "")).append(']');
          i = close;
          continue;
        }
        keep = false;
      } else {
        keep = false;
      }
      if (keep) {
        w.append(c);
      } else {
        flush(w, out, spelling);
      }
    }
    flush(w, out, spelling);
    return out;
  }

  /**
   * Math written as words, so that answers and patterns can say it: {@code ||g||} is "norm of g",
   * {@code >} "greater than", {@code <=} "less than or equal to", {@code !=} "not equal to", an
   * arrow "becomes"/"gives", {@code *} between operands "times", {@code +} "plus", and {@code /}
   * "divided by" when a norm or a single letter or digit is divided (1/4 stays a number,
   * Xavier/Glorot two words).
   */
  static String math(String s) {
    s = s.replaceAll("\\|\\|([^|]+)\\|\\|", " norm of $1 ");
    s = s.replace("<-", " becomes ").replace("->", " gives ").replace("=>", " gives ");
    s = s.replace("<=", " less than or equal to ").replace(">=", " greater than or equal to ")
        .replace("!=", " not equal to ").replace(">", " greater than ").replace("<", " less than ");
    s = s.replaceAll("/\\s*(?= norm of )", " divided by ");
    s = s.replaceAll("(?<![a-z0-9_.])([a-z0-9)])\\s*/\\s*(?=[a-z(])", "$1 divided by ");
    s = s.replaceAll("(?<=[a-z0-9)\\]])\\s*\\*\\s*(?=[a-z0-9(.])", " times ");
    return s.replaceAll("(?<=[a-z0-9)\\]])\\s*\\+\\s*(?=[a-z0-9(.])", " plus ");
  }

  /** Words that deny what follows them ("never small", "not large", "without shrinking"). */
  public static final Set<String> NEGATORS = Set.of("not", "no", "never", "without", "nor", "neither", "none",
      "non", "nothing");

  /**
   * Opposite directions, as pairs of sides; a word is on a side when it is one of its words or starts
   * with one of its stems ({@code word*}). A key idea said with a word of the other side is contradicted:
   * "large" for "small", "last" for "early", "above" for "below". {@link #COMPARATIVES} pairs are
   * only read so inside a phrase of several words ("above 1" against "below 1"): alone they are too common.
   */
  static final List<List<List<String>>> OPPOSITES = List.of(
      List.of(List.of("small*", "tiny", "tini*", "shrink*", "shrank", "shrunk", "vanish*", "decreas*", "diminish*",
          "decay*", "negligible", "weak*", "reduc*"),
          List.of("large*", "big*", "huge", "grow*", "grew", "explod*", "increas*", "enlarg*", "amplif*", "massive",
              "enormous", "excessive*", "blow*", "blew")),
      List.of(List.of("slow*"), List.of("fast*", "quick*")),
      List.of(List.of("earl*", "first", "initial", "begin*"), List.of("late*", "last", "final", "end")),
      List.of(List.of("down"), List.of("up")));

  /** Comparative pairs, see {@link #OPPOSITES}. */
  static final List<List<List<String>>> COMPARATIVES = List.of(
      List.of(List.of("less", "below", "under", "fewer", "smaller", "lower"),
          List.of("more", "above", "over", "greater", "larger", "bigger", "higher", "exceed*")));

  /** Whether a word is one of a side's words or stems. */
  static boolean onSide(String word, List<String> side) {
    for (String e : side) {
      if (e.endsWith("*") ? word.startsWith(e.substring(0, e.length() - 1)) : word.equals(e)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word says a direction (small, grow, early, above, up, ...): never a filler. */
  public static boolean isDirection(String word) {
    for (List<List<List<String>>> table : List.of(OPPOSITES, COMPARATIVES)) {
      for (List<List<String>> pair : table) {
        if (onSide(word, pair.get(0)) || onSide(word, pair.get(1))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The words of a text split into clauses at clause punctuation (. ; : ! ? , and dashes between
   * spaces), so that a "not" in one clause does not deny a word in the next.
   */
  public static List<List<String>> clauses(String raw) {
    List<List<String>> out = new ArrayList<>();
    for (String part : (raw == null ? "" : raw).split("[;:!?]+|,(?!\\d)|\\.(?!\\d)|\\s[-\u2013\u2014]+\\s")) {
      List<String> w = words(part);
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** One name for the same term, for type-in answers: infinity and the infinity sign are "inf". */
  static final Map<String, String> TERMS = Map.of("infinity", "inf", "infinite", "inf", "infty", "inf");

  /** Multi-word names of one term, read as that term in type-in answers. */
  static final Map<String, String> PHRASES = Map.of("not a number", "nan");

  /**
   * The words as terms, for comparing type-in answers: {@link #PHRASES} and {@link #TERMS} read as
   * their term, plurals as singulars (inputs, NaNs, connections), so that a plural is the same answer.
   */
  public static List<String> terms(List<String> words) {
    String joined = " " + String.join(" ", words) + " ";
    for (Map.Entry<String, String> e : PHRASES.entrySet()) {
      joined = joined.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
    }
    List<String> out = new ArrayList<>();
    for (String w : joined.strip().split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      w = TERMS.getOrDefault(w, w);
      out.add(singular(w));
    }
    return out;
  }

  /** A plural made singular: inputs, nans, connections; short words and -ss, -us, -is, -as words are kept. */
  static String singular(String w) {
    if (w.length() > 3 && w.endsWith("s") && !hasDigit(w) && !w.matches(".*(ss|us|is|as|os)")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static void flush(StringBuilder w, List<String> out, boolean spelling) {
    if (w.length() == 0) {
      return;
    }
    String word = w.toString();
    w.setLength(0);
    if (word.equals("-")) {
      return;
    }
    String expanded = CONTRACTIONS.get(word);
    if (expanded != null) {
      out.addAll(List.of(expanded.split(" ")));
      return;
    }
    out.add(spelling ? canon(word) : word);
  }

  private static boolean isAlnum(char c) {
    return c >= 'a' && c <= 'z' || isDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The normalised text: its words joined by single spaces. */
  public static String normalise(String raw) {
    return String.join(" ", words(raw));
  }

  /** One word with British spelling made American: normalise to normalize, centre to center. */
  public static String canon(String word) {
    if (hasDigit(word)) {
      return word;
    }
    String mapped = SPELLINGS.get(word);
    if (mapped != null) {
      return mapped;
    }
    for (String stem : IZE_STEMS) {
      if (word.startsWith(stem + "is")) {
        return stem + "iz" + word.substring(stem.length() + 2);
      }
    }
    if (word.endsWith("isation") || word.endsWith("isations")) {
      return word.replace("isation", "ization");
    }
    return word;
  }

  public static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The value of a number word (0.25, .25, -1, 1/4), or null when it is not one. */
  public static BigDecimal number(String w) {
    int named = NUMBER_WORDS.indexOf(w);
    if (named >= 0) {
      return BigDecimal.valueOf(named);
    }
    if (!NUMBER.matcher(w).matches()) {
      return null;
    }
    int slash = w.indexOf('/');
    if (slash < 0) {
      return new BigDecimal(w.startsWith(".") ? "0" + w : w.replace("-.", "-0."));
    }
    BigDecimal den = number(w.substring(slash + 1));
    if (den == null || den.signum() == 0) {
      return null;
    }
    return number(w.substring(0, slash)).divide(den, MathContext.DECIMAL64);
  }

  /** Two words are the same when they are equal or both numbers of the same value (0.25, .25, 1/4). */
  public static boolean sameWord(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    BigDecimal x = number(a);
    BigDecimal y = number(b);
    return x != null && y != null && x.compareTo(y) == 0;
  }

  /**
   * How many edits a word (or a whole answer, spaces left out) of this many letters may have
   * and still count as a typo: none up to 3 letters, one up to 8, two beyond.
   */
  public static int typoBudget(String expected) {
    int letters = expected.replace(" ", "").length();
    return letters <= 3 ? 0 : letters <= 8 ? 1 : 2;
  }

  /** Whether a typed word must never be taken for {@code expected}: it is a different known word. */
  public static boolean isProtectedAgainst(String typed, String expected) {
    if (typed.equals(expected) || typed.equals(expected + "s") || expected.equals(typed + "s")) {
      return false;
    }
    return PROTECTED.contains(typed);
  }

  /**
   * The Damerau-Levenshtein distance (optimal string alignment): insertions, deletions,
   * substitutions and swaps of two neighbouring letters each count as one edit.
   */
  public static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[n][m];
  }
}
