package vanishingpoint.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a recall question's key ideas in an answer. An idea is found when one of its patterns
 * matches the answer's words ({@link Text#words}, the same normalisation as type-in answers):
 * the pattern's words appear in order with at most {@link #MAX_GAP} other words between two of
 * them; {@code a/b} is either word, {@code word*} any word starting so; a number matches a
 * number of the same value (0.25, .25, 1/4). One typo is forgiven in a typed word of at least
 * {@link #TYPO_MIN_LETTERS} letters against a pattern word (or stem) of at least
 * {@link #TYPO_MIN_PATTERN} letters, never in a number or a {@link Text#PROTECTED} word.
 */
public final class IdeaMatcher {

  public static final int MAX_GAP = 3;
  public static final int TYPO_MIN_LETTERS = 6;
  public static final int TYPO_MIN_PATTERN = 5;

  /** One alternative of a pattern word: a word, or a stem when {@code prefix}. */
  record Alt(String word, boolean prefix) {}

  /** A match: the answer's words that matched, and whether a typo was forgiven. */
  public record Match(String words, boolean typo) {}

  private IdeaMatcher() {}

  /** The first match of any of the idea's patterns in the words, exact matches preferred. */
  public static Optional<Match> find(Question.Idea idea, List<String> words) {
    for (boolean typos : new boolean[] {false, true}) {
      for (String p : idea.patterns()) {
        List<List<Alt>> pat = compile(p);
        int[] pos = new int[pat.size()];
        if (!pat.isEmpty() && match(pat, 0, words, -1, pos, typos)) {
          List<String> hit = new ArrayList<>();
          for (int i = pos[0]; i <= pos[pos.length - 1]; i++) {
            hit.add(words.get(i));
          }
          return Optional.of(new Match(String.join(" ", hit), typos));
        }
      }
    }
    return Optional.empty();
  }

  /** A pattern's words, each a list of alternatives, normalised like answers. */
  static List<List<Alt>> compile(String pattern) {
    List<List<Alt>> out = new ArrayList<>();
    for (String w : pattern.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      List<Alt> alts = new ArrayList<>();
      for (String a : w.split("/")) {
        boolean prefix = a.endsWith("*");
        String body = prefix ? a.substring(0, a.length() - 1) : a;
        List<String> t = Text.words(body);
        if (!body.isEmpty()) {
          alts.add(new Alt(t.size() == 1 ? t.get(0) : body, prefix));
        }
      }
      out.add(alts);
    }
    return out;
  }

  /**
   * Problems with one pattern: an alternative that answers could never contain as one word
   * (because normalisation splits or changes it), so the pattern and the tokeniser disagree.
   */
  public static List<String> problems(String pattern) {
    List<String> out = new ArrayList<>();
    for (String w : pattern.strip().split("\\s+")) {
      if (w.matches(".*\\d/\\d.*")) {
        out.add("'" + w + "' means either number, not a fraction: write the value (0.25), numbers match by value");
      }
      for (String a : w.split("/")) {
        String body = a.endsWith("*") ? a.substring(0, a.length() - 1) : a;
        List<String> t = Text.words(body);
        if (t.size() != 1) {
          out.add("'" + a + "' is " + t.size() + " words to the grader, not one");
        }
      }
    }
    return out;
  }

  private static boolean match(List<List<Alt>> pat, int k, List<String> words, int prev, int[] pos, boolean typos) {
    if (k == pat.size()) {
      return true;
    }
    int from = k == 0 ? 0 : prev + 1;
    int to = k == 0 ? words.size() - 1 : Math.min(words.size() - 1, prev + 1 + MAX_GAP);
    for (int i = from; i <= to; i++) {
      if (matchesAny(words.get(i), pat.get(k), typos)) {
        pos[k] = i;
        if (match(pat, k + 1, words, i, pos, typos)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matchesAny(String word, List<Alt> alts, boolean typos) {
    for (Alt a : alts) {
      if (matches(word, a, typos)) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(String word, Alt a, boolean typos) {
    if (a.prefix() ? word.startsWith(a.word()) : Text.sameWord(word, a.word())) {
      return true;
    }
    if (!typos || word.length() < TYPO_MIN_LETTERS || a.word().length() < TYPO_MIN_PATTERN
        || Text.hasDigit(word) || Text.hasDigit(a.word()) || Text.PROTECTED.contains(word)) {
      return false;
    }
    if (!a.prefix()) {
      return Text.distance(word, a.word()) <= 1;
    }
    int len = a.word().length();
    for (int k = len - 1; k <= len + 1; k++) {
      if (k <= word.length() && (k >= len || k < word.length())
          && Text.distance(word.substring(0, k), a.word()) <= 1) {
        return true;
      }
    }
    return false;
  }
}
