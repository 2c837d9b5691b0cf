package vanishingpoint.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds a recall question's key ideas in an answer. An idea is found when one of its patterns
 * matches the answer's words ({@link Text#words}, the same normalisation as type-in answers):
 * the pattern's words appear in order with at most {@link #MAX_GAP} other words between two of
 * them; {@code a/b} is either word, {@code word*} any word starting so; a number matches a
 * number of the same value (0.25, .25, 1/4, one). Typos are forgiven by length ({@link #typoBudget}):
 * one letter dropped or doubled in a word of 4 or 5 letters (erly), one edit from 6 letters, two
 * from 10; never in a number or a {@link Text#PROTECTED} word.
 *
 * <p>{@link #flips} turns a pattern into its opposites ({@link Text#OPPOSITES}): "small* gradient*"
 * into "large* gradient*", "big* gradient*", ...: what an answer says when it reverses the idea.
 */
public final class IdeaMatcher {

  public static final int MAX_GAP = 3;

  /** One alternative of a pattern word: a word, or a stem when {@code prefix}. */
  record Alt(String word, boolean prefix) {}

  /** A match: the answer's words that matched (from {@code from} to {@code to}), whether a typo was forgiven. */
  public record Match(String words, boolean typo, int from, int to) {}

  private IdeaMatcher() {}

  /** The first match of any of the idea's patterns in the words, exact matches preferred. */
  public static Optional<Match> find(Question.Idea idea, List<String> words) {
    return find(idea.patterns().stream().map(IdeaMatcher::compile).toList(), words, m -> true);
  }

  /** The first match of any of the compiled patterns that {@code ok} takes, exact matches preferred. */
  public static Optional<Match> find(List<List<List<Alt>>> patterns, List<String> words, Predicate<Match> ok) {
    for (boolean typos : new boolean[] {false, true}) {
      for (List<List<Alt>> pat : patterns) {
        int[] pos = new int[pat.size()];
        Match[] found = new Match[1];
        if (!pat.isEmpty() && match(pat, 0, words, -1, pos, typos, p -> {
          List<String> hit = new ArrayList<>();
          for (int i = p[0]; i <= p[p.length - 1]; i++) {
            hit.add(words.get(i));
          }
          Match m = new Match(String.join(" ", hit), typos, p[0], p[p.length - 1]);
          found[0] = m;
          return ok.test(m);
        })) {
          return Optional.of(found[0]);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a pattern says "not" itself ("not shrink*", "without pass*"): a negation in the answer is then its own. */
  static boolean negative(List<List<Alt>> pat) {
    return pat.stream().flatMap(List::stream).anyMatch(a -> Text.NEGATORS.contains(a.word()));
  }

  /**
   * The pattern's opposites: one of its words at a time replaced by the other side of its
   * {@link Text#OPPOSITES} pair (or, in a pattern of several words, of its {@link Text#COMPARATIVES} pair).
   */
  static List<List<List<Alt>>> flips(List<List<Alt>> pat) {
    List<List<List<Alt>>> out = new ArrayList<>();
    List<List<List<List<String>>>> tables = pat.size() > 1 ? List.of(Text.OPPOSITES, Text.COMPARATIVES)
        : List.of(Text.OPPOSITES);
    for (int k = 0; k < pat.size(); k++) {
      List<Alt> opposite = new ArrayList<>();
      for (List<List<List<String>>> table : tables) {
        for (List<List<String>> pair : table) {
          for (int side = 0; side < 2; side++) {
            boolean hit = false;
            for (Alt a : pat.get(k)) {
              hit |= Text.onSide(a.word(), pair.get(side));
            }
            if (hit) {
              for (String e : pair.get(1 - side)) {
                opposite.add(e.endsWith("*") ? new Alt(e.substring(0, e.length() - 1), true) : new Alt(e, false));
              }
            }
          }
        }
      }
      if (!opposite.isEmpty()) {
        List<List<Alt>> flipped = new ArrayList<>(pat);
        flipped.set(k, opposite);
        out.add(flipped);
      }
    }
    return out;
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

  private static boolean match(List<List<Alt>> pat, int k, List<String> words, int prev, int[] pos, boolean typos,
      Predicate<int[]> ok) {
    if (k == pat.size()) {
      return ok.test(pos);
    }
    int from = k == 0 ? 0 : prev + 1;
    int to = k == 0 ? words.size() - 1 : Math.min(words.size() - 1, prev + 1 + MAX_GAP);
    for (int i = from; i <= to; i++) {
      if (matchesAny(words.get(i), pat.get(k), typos)) {
        pos[k] = i;
        if (match(pat, k + 1, words, i, pos, typos, ok)) {
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
    if (!typos || Text.hasDigit(word) || Text.hasDigit(a.word()) || Text.PROTECTED.contains(word)) {
      return false;
    }
    int letters = Math.min(word.length(), a.word().length());
    if (!a.prefix()) {
      return typo(word, a.word(), letters);
    }
    int len = a.word().length();
    for (int k = len - 2; k <= len + 2; k++) {
      if (k > 0 && k <= word.length() && typo(word.substring(0, k), a.word(), letters)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many edits a typed word of this length may have: none below 4 letters, one letter dropped
   * or doubled (not changed: "slow" is not "show") at 4 or 5, one edit from 6, two from 10.
   */
  static int typoBudget(int letters) {
    return letters < 4 ? 0 : letters < 10 ? 1 : 2;
  }

  private static boolean typo(String typed, String want, int letters) {
    int d = Text.distance(typed, want);
    if (d == 0 || d > typoBudget(letters)) {
      return false;
    }
    return letters >= 6 || Math.abs(typed.length() - want.length()) == d;
  }
}
