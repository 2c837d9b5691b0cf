package vanishingpoint.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Grades a type-in answer against the question's {@code accept} and {@code reject} lists.
 *
 * <ol>
 *   <li>Both sides are normalised ({@link Text#words}): case, punctuation, extra spaces and
 *       British/American spelling do not matter; numbers compare by value (.25 = 0.25 = 1/4);
 *       leading filler words ("the", "it is", "called", ...) are ignored; spaces inside an
 *       answer may be left out (batch norm = batchnorm); articles and "is"/"equals" anywhere are
 *       ignored (when z equals zero = when z is 0), a plural is its singular, and one name stands for
 *       the same term ({@link Text#terms}: NaN = not a number, inf = infinity = ∞).</li>
 *   <li>Equal to an accepted answer: right.</li>
 *   <li>Equal to a rejected answer: wrong, never forgiven as a typo.</li>
 *   <li>Otherwise a typo is forgiven word by word ({@link Text#typoBudget}: no edit in words
 *       of up to 3 letters, one up to 8, two beyond; Damerau-Levenshtein), but never in a word
 *       with a digit (0.52 is not 0.25), never when a typed word is a {@link Text#PROTECTED}
 *       word different from the expected one (the/He, than/tanh), and never when the typed
 *       text is closer to a rejected answer than to the accepted one.</li>
 *   <li>An accepted answer with a few more words ({@link #withExtras}): right when the other words are
 *       other accepted answers ("ReLU (rectified linear unit)", "Adam or RMSProp") or at most
 *       {@link #MAX_EXTRA} words ("ReLU function", "nan loss", "early layers"), none of them a negation,
 *       a direction (larger, below, up, ...), a number, a named term (an activation, optimiser or
 *       initialisation) or a word only the rejected answers have ("weight" of "clamping weights").</li>
 * </ol>
 */
public final class TypeinGrader {

  /** Leading words a typed answer may start with that change nothing ("it is the learning rate"). */
  static final Set<String> FILLERS = Set.of("the", "a", "an", "it", "its", "is", "this", "that", "are", "they",
      "theyre", "called", "answer", "alpha");

  /** Words ignored anywhere in an answer: articles, "is", "equals". */
  static final Set<String> IGNORED = Set.of("the", "a", "an", "is", "are", "equals", "equal", "it", "its", "this",
      "that", "called");

  /** Small words that do not count as extra words (but are never ignored inside an answer). */
  static final Set<String> LINKS = Set.of("of", "in", "at", "to", "for", "by", "on", "with", "or", "and", "as",
      "per", "into", "one", "ones", "when", "where");

  /** How many extra words (not {@link #LINKS}) an accepted answer may come with. */
  static final int MAX_EXTRA = 2;

  private TypeinGrader() {}

  /** How an answer was matched to an accepted one. */
  private record Hit(int index, int edits, List<String> typedWords, List<String> expectedWords) {}

  public static Result grade(Question.Typein q, String typed) {
    String first = q.accept().get(0);
    List<String> t = Text.words(typed);
    List<String> fb = new ArrayList<>();
    if (t.isEmpty()) {
      fb.add("Wrong: no answer given.");
      return Grader.result(q, 0, false, first, fb);
    }
    String shown = typed.strip();
    // 1. exactly an accepted answer (after normalisation)
    for (int i = 0; i < q.accept().size(); i++) {
      if (same(t, Text.words(q.accept().get(i)))) {
        String acc = q.accept().get(i);
        fb.add(i == 0 || Text.normalise(acc).equals(Text.normalise(first)) ? "Right." : "Right: accepted: '" + shown
            + "' is listed as an alternative to '" + first + "'.");
        notes(typed, acc, fb);
        return Grader.result(q, 1, true, first, fb).withAcceptedAs(acc);
      }
    }
    // 2. exactly a rejected answer
    for (String r : q.reject()) {
      if (same(t, Text.words(r))) {
        Optional<String> near = nearestAccept(q, t);
        fb.add("Wrong: '" + shown + "' is not accepted" + near.map(a -> ": it is a different word from '" + a
            + "', not a typo of it.").orElse("."));
        return wrong(q, fb);
      }
    }
    // 3. a typo of an accepted answer
    Hit best = null;
    for (int i = 0; i < q.accept().size(); i++) {
      Hit h = typo(i, t, Text.words(q.accept().get(i)));
      if (h != null && (best == null || h.edits() < best.edits())) {
        best = h;
      }
    }
    if (best != null) {
      String joined = String.join("", t);
      for (String r : q.reject()) {
        if (Text.distance(joined, String.join("", Text.words(r))) < best.edits()) {
          fb.add("Wrong: '" + shown + "' is closer to '" + r + "', a wrong answer, than to '"
              + q.accept().get(best.index()) + "'.");
          return wrong(q, fb);
        }
      }
      String acc = q.accept().get(best.index());
      fb.add("Right: accepted with a typo: " + typoNote(best, strip(Text.words(typed, false))) + ".");
      if (best.index() > 0) {
        fb.add("'" + acc + "' is listed as an alternative to '" + first + "'.");
      }
      return Grader.result(q, 1, true, first, fb).withAcceptedAs(acc).withTypo(true);
    }
    // 3b. an accepted answer and a few harmless words more
    String with = withExtras(q, t);
    if (with != null) {
      fb.add("Right: '" + with + "'" + (Text.normalise(with).equals(Text.normalise(first)) ? "" : ", an alternative to '"
          + first + "',") + " with words that change nothing.");
      return Grader.result(q, 1, true, first, fb).withAcceptedAs(with);
    }
    // 4. wrong: say why when it is close
    fb.add("Wrong: '" + shown + "' is not an accepted answer.");
    why(q, t, fb);
    return wrong(q, fb);
  }

  private static Result wrong(Question.Typein q, List<String> fb) {
    return Grader.result(q, 0, false, q.accept().get(0), fb);
  }

  /** Equal word for word, or without leading fillers, or with the spaces left out. */
  static boolean same(List<String> t, List<String> a) {
    if (sameWords(t, a) || sameWords(strip(t), strip(a)) || sameWords(content(t), content(a))) {
      return true;
    }
    String jt = String.join("", strip(t));
    String ja = String.join("", strip(a));
    return !Text.hasDigit(jt) && !Text.hasDigit(ja) && jt.equals(ja);
  }

  private static boolean sameWords(List<String> t, List<String> a) {
    if (t.size() != a.size() || t.isEmpty()) {
      return false;
    }
    for (int i = 0; i < t.size(); i++) {
      if (!Text.sameWord(t.get(i), a.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The words as {@link Text#terms}, without {@link #IGNORED} words (but never all of them). */
  static List<String> content(List<String> w) {
    List<String> t = Text.terms(w);
    List<String> out = t.stream().filter(x -> !IGNORED.contains(x)).toList();
    return out.isEmpty() ? t : out;
  }

  /**
   * Whether the typed words are accepted answers with at most {@link #MAX_EXTRA} harmless extra words
   * (see the class comment); the accepted answer matched first, or null.
   */
  static String withExtras(Question.Typein q, List<String> typed) {
    List<String> t = content(typed);
    boolean[] covered = new boolean[t.size()];
    List<List<String>> accepted = new ArrayList<>();
    for (String a : q.accept()) {
      accepted.add(content(Text.words(a)));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < accepted.size(); i++) {
      order.add(i);
    }
    order.sort((x, y) -> accepted.get(y).size() - accepted.get(x).size());
    String first = null;
    for (int i : order) {
      List<String> a = accepted.get(i);
      for (int at = 0; at + a.size() <= t.size(); at++) {
        boolean free = true;
        for (int k = 0; k < a.size() && free; k++) {
          free = !covered[at + k] && Text.sameWord(t.get(at + k), a.get(k));
        }
        if (free && !a.isEmpty()) {
          for (int k = 0; k < a.size(); k++) {
            covered[at + k] = true;
          }
          first = first == null ? q.accept().get(i) : first;
        }
      }
    }
    if (first == null) {
      return null;
    }
    Set<String> acceptWords = new java.util.HashSet<>();
    accepted.forEach(acceptWords::addAll);
    Set<String> rejectOnly = new java.util.HashSet<>();
    for (String r : q.reject()) {
      content(Text.words(r)).stream().filter(w -> !acceptWords.contains(w)).forEach(rejectOnly::add);
    }
    int extra = 0;
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i);
      if (covered[i] || LINKS.contains(w) || FILLERS.contains(w)) {
        continue;
      }
      if (Text.NEGATORS.contains(w) || Text.isDirection(w) || Text.number(w) != null || Text.hasDigit(w)
          || Text.NAMED_TERMS.contains(w) || rejectOnly.contains(w)) {
        return null;
      }
      extra++;
    }
    return extra <= MAX_EXTRA ? first : null;
  }

  /** The words without leading fillers (but never all of them). */
  static List<String> strip(List<String> w) {
    int i = 0;
    while (i < w.size() - 1 && FILLERS.contains(w.get(i))) {
      i++;
    }
    return w.subList(i, w.size());
  }

  /** A typo match of the typed words to one accepted answer, or null. */
  private static Hit typo(int index, List<String> typed, List<String> expected) {
    List<String> t = strip(typed);
    List<String> e = strip(expected);
    if (t.size() == e.size()) {
      int edits = 0;
      for (int i = 0; i < t.size(); i++) {
        String tw = t.get(i);
        String ew = e.get(i);
        if (Text.sameWord(tw, ew)) {
          continue;
        }
        if (Text.hasDigit(tw) || Text.hasDigit(ew) || Text.isProtectedAgainst(tw, ew)) {
          return null;
        }
        int d = Text.distance(tw, ew);
        if (d > Text.typoBudget(ew)) {
          return null;
        }
        edits += d;
      }
      return edits == 0 ? null : new Hit(index, edits, t, e);
    }
    // different word counts (a space typed or left out): compare with the spaces left out, one edit at most,
    // so that a whole word is never dropped ("initialization" is not "He initialization")
    String jt = String.join("", t);
    String je = String.join("", e);
    if (Text.hasDigit(jt) || Text.hasDigit(je)) {
      return null;
    }
    for (String w : t) {
      if (!e.contains(w) && Text.PROTECTED.contains(w)) {
        return null;
      }
    }
    int d = Text.distance(jt, je);
    return d == 0 || d > Math.min(1, Text.typoBudget(je)) ? null : new Hit(index, d, t, e);
  }

  /** Says which typed words were forgiven, as typed (British spelling kept) when the words line up. */
  private static String typoNote(Hit h, List<String> asTyped) {
    List<String> shown = asTyped.size() == h.typedWords().size() ? asTyped : h.typedWords();
    String typed = String.join(" ", shown);
    String exp = String.join(" ", h.expectedWords());
    if (h.typedWords().size() == h.expectedWords().size()) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < h.typedWords().size(); i++) {
        String tw = h.typedWords().get(i);
        String ew = h.expectedWords().get(i);
        if (!Text.sameWord(tw, ew)) {
          parts.add("'" + shown.get(i) + "' is " + letters(Text.distance(tw, ew)) + " from '" + ew + "'");
        }
      }
      return String.join(", ", parts);
    }
    return "'" + typed + "' is " + letters(h.edits()) + " from '" + exp + "'";
  }

  private static String letters(int d) {
    return d == 1 ? "one letter" : d + " letters";
  }

  /** Notes on why an exact match needed normalisation: spelling, numbers, case and punctuation. */
  private static void notes(String typed, String acc, List<String> fb) {
    List<String> tr = TypeinGrader.strip(Text.words(typed, false));
    List<String> ar = TypeinGrader.strip(Text.words(acc, false));
    List<String> tc = Text.words(typed);
    if (!sameWords(Text.words(typed, false), Text.words(acc, false)) && !sameWords(tr, ar)
        && (sameWords(tc, Text.words(acc)) || sameWords(strip(tc), strip(Text.words(acc))))) {
      fb.add("British and American spellings count as the same word.");
    }
    boolean numbers = false;
    List<String> a = Text.words(acc);
    for (int i = 0; i < Math.min(tc.size(), a.size()); i++) {
      numbers |= !tc.get(i).equals(a.get(i)) && Text.sameWord(tc.get(i), a.get(i));
    }
    if (numbers) {
      fb.add("The same number, written differently.");
    }
    if (strip(tc).size() < tc.size() && strip(a).size() == a.size()) {
      fb.add("The extra words '" + String.join(" ", tc.subList(0, tc.size() - strip(tc).size()))
          + "' change nothing.");
    }
    if (!typed.strip().equals(acc) && String.join(" ", tc).equals(String.join(" ", a))) {
      fb.add("Case, punctuation and spaces are ignored.");
    }
  }

  private static Optional<String> nearestAccept(Question.Typein q, List<String> t) {
    String jt = String.join("", t);
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String a : q.accept()) {
      int d = Text.distance(jt, String.join("", Text.words(a)));
      if (d < bestD) {
        bestD = d;
        best = a;
      }
    }
    return bestD <= 2 ? Optional.of(best) : Optional.empty();
  }

  private static void why(Question.Typein q, List<String> t, List<String> fb) {
    boolean digits = t.stream().anyMatch(Text::hasDigit);
    boolean acceptDigits = q.accept().stream().anyMatch(Text::hasDigit);
    if (digits && acceptDigits) {
      fb.add("Numbers must match exactly.");
      return;
    }
    Optional<String> near = nearestAccept(q, t);
    if (near.isPresent() && t.stream().anyMatch(Text.PROTECTED::contains)) {
      fb.add("'" + String.join(" ", t) + "' is a different word from '" + near.get()
          + "', so it is not forgiven as a typo.");
    } else if (near.isPresent()) {
      fb.add("Too far from '" + near.get() + "' to be a typo.");
    }
  }
}
