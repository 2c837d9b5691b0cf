package vanishingpoint.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Grades an answer to a question. Pure: no I/O, no clock.
 *
 * <ul>
 *   <li>choice, true/false: right or wrong (score 1 or 0); with several right options, partial
 *       credit: (right picks − wrong picks) / right options, at least 0 ({@link Choices#score})</li>
 *   <li>type-in: {@link TypeinGrader}: listed alternatives, normalisation, typos forgiven</li>
 *   <li>recall: the key ideas found ({@link IdeaMatcher}), less those contradicted; score = (found −
 *       contradicted) / ideas; right when all are found and none is contradicted (see {@link #recall})</li>
 *   <li>match: score = pairs right / pairs</li>
 *   <li>order: right when every step is in its place; score = (longest run of steps in the
 *       right relative order − 1) / (steps − 1), so one step out of place still earns most
 *       of the credit and a reversed order none</li>
 *   <li>diagnose: half for the diagnosis (exactly the right ones picked), half for the fix
 *       (at least one right fix and no wrong one: any right fix works)</li>
 * </ul>
 */
public final class Grader {

  private Grader() {}

  /** Grades an answer given without a hint. */
  public static Result grade(Question q, Answer a) {
    return grade(q, a, false);
  }

  /**
   * Grades an answer.
   *
   * @throws IllegalArgumentException when the answer's shape does not fit the question's type
   */
  public static Result grade(Question q, Answer a, boolean hintUsed) {
    Result r;
    if (q instanceof Question.Choice || q instanceof Question.TrueFalse) {
      r = choice(q, as(a, Answer.Picked.class, q));
    } else if (q instanceof Question.Typein t) {
      r = TypeinGrader.grade(t, as(a, Answer.Typed.class, q).text());
    } else if (q instanceof Question.Recall rc) {
      r = recall(rc, as(a, Answer.Typed.class, q).text());
    } else if (q instanceof Question.Match m) {
      r = match(m, as(a, Answer.Pairs.class, q));
    } else if (q instanceof Question.Order o) {
      r = order(o, as(a, Answer.Order.class, q));
    } else if (q instanceof Question.Diagnose d) {
      r = diagnose(d, as(a, Answer.Picked.class, q));
    } else {
      throw new IllegalStateException("no grading for " + q.getClass()); // Question is sealed: not reached
    }
    return hintUsed ? r.withHint() : r;
  }

  private static <T extends Answer> T as(Answer a, Class<T> c, Question q) {
    if (!c.isInstance(a)) {
      throw new IllegalArgumentException("a " + q.type().name().toLowerCase(Locale.ROOT) + " question ('" + q.id()
          + "') needs an answer of type " + c.getSimpleName() + ", got " + a.getClass().getSimpleName());
    }
    return c.cast(a);
  }

  /**
   * What every result has: nothing forgiven, no hint, none of a type's own parts (add them with
   * {@link Result}'s {@code with} methods).
   */
  static Result result(Question q, double score, boolean right, String rightAnswer, List<String> feedback) {
    return new Result(q.id(), q.type(), score, right, right, false, false, Optional.empty(), List.of(), List.of(),
        List.of(), Optional.empty(), rightAnswer, q.explain(), feedback, List.of());
  }

  private static Result choice(Question q, Answer.Picked p) {
    boolean right = Choices.isRight(q, p.indices());
    List<String> rights = Choices.of(q).stream().filter(Choices.Option::right).map(Choices.Option::text).toList();
    String answer = String.join("; ", rights);
    double score = right ? 1 : Choices.score(q, p.indices());
    List<Choices.Option> opts = Choices.of(q);
    long good = p.indices().stream().distinct().filter(i -> i >= 0 && i < opts.size() && opts.get(i).right()).count();
    long bad = p.indices().stream().distinct().filter(i -> i >= 0 && i < opts.size() && !opts.get(i).right()).count();
    String said = right ? "Right." : score > 0
        ? "Partly right: " + good + " of " + rights.size() + " right options picked" + (bad == 0 ? "" : ", "
            + bad + " wrong") + " (score " + Math.round(100 * score) + "%)."
        : "Wrong.";
    return result(q, score, right, answer, List.of(said));
  }

  /**
   * Words skipped when looking for a negation in front of an idea: "never *become extremely* small",
   * "do *not* shrink", "are *not really* large".
   */
  static final Set<String> SKIPPED = Set.of("be", "been", "being", "is", "are", "was", "were", "become", "becomes",
      "became", "get", "gets", "got", "getting", "do", "does", "did", "very", "extremely", "really", "too", "the",
      "a", "an", "its", "their", "ever", "any", "much", "always", "even", "quite", "will", "would", "can", "could",
      "should", "may", "might", "to", "have", "has", "had", "it", "they", "them", "at", "all");

  /**
   * Recall: each key idea is looked for ({@link IdeaMatcher}) in the answer's clauses ({@link Text#clauses}).
   * A match counts only when it is not denied: no {@link Text#NEGATORS} word as the first word in front of it
   * that is not {@link #SKIPPED}, nor between its words, in its clause (unless the pattern says "not" itself).
   * An idea is <em>contradicted</em> when the answer only denies it ("gradients never become small"), says its
   * opposite instead ({@link IdeaMatcher#flips}: "gradients become large"), or says one of the question's
   * {@code contra} statements for it. Score = (found − contradicted) / ideas, at least 0: a wrong claim cancels a
   * right one. A {@code contra} whose label is no idea is a misconception: the answer earns nothing. Right when
   * every idea is found and nothing is contradicted.
   */
  private static Result recall(Question.Recall q, String text) {
    List<String> words = new ArrayList<>();
    List<List<String>> clauses = Text.clauses(text);
    clauses.forEach(words::addAll);
    int[] clauseOf = new int[words.size()];
    for (int c = 0, i = 0; c < clauses.size(); c++) {
      for (int k = 0; k < clauses.get(c).size(); k++) {
        clauseOf[i++] = c;
      }
    }
    List<Result.IdeaCheck> checks = new ArrayList<>();
    List<String> contradicted = new ArrayList<>();
    List<String> why = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    boolean typo = false;
    for (Question.Idea idea : q.ideas()) {
      labels.add(idea.label());
      List<List<List<IdeaMatcher.Alt>>> pats = idea.patterns().stream().map(IdeaMatcher::compile).toList();
      Optional<IdeaMatcher.Match> m = IdeaMatcher.find(pats, words, x -> !denied(x, pats, words, clauseOf));
      String label = idea.label().replace('-', ' ');
      Optional<String> against = said(q, idea.label(), words, clauseOf);
      if (against.isEmpty() && m.isEmpty()) {
        against = IdeaMatcher.find(pats, words, x -> true).map(x -> "denied: \"" + x.words() + "\"")
            .or(() -> said(pats.stream().flatMap(p -> IdeaMatcher.flips(p).stream()).toList(), words, clauseOf));
      }
      if (against.isPresent()) {
        m = Optional.empty(); // the words that said it belong to the contradiction
        contradicted.add(idea.label());
        why.add("contradicted: " + label + " (" + against.get() + ")");
      }
      checks.add(new Result.IdeaCheck(idea.label(), m.isPresent(), m.map(IdeaMatcher.Match::words).orElse(""),
          m.map(IdeaMatcher.Match::typo).orElse(false)));
      typo |= m.map(IdeaMatcher.Match::typo).orElse(false);
    }
    boolean misconception = false;
    for (Question.Idea c : q.contras()) {
      if (!labels.contains(c.label()) && !contradicted.contains(c.label())) {
        Optional<String> s = said(q, c.label(), words, clauseOf);
        if (s.isPresent()) {
          misconception = true;
          contradicted.add(c.label());
          why.add("wrong: " + c.label().replace('-', ' ') + " (" + s.get() + ")");
        }
      }
    }
    long found = checks.stream().filter(Result.IdeaCheck::found).count();
    int against = (int) contradicted.stream().filter(labels::contains).count();
    double score = misconception || checks.isEmpty() ? 0 : Math.max(0, found - against) / (double) checks.size();
    boolean right = found == checks.size() && contradicted.isEmpty();
    List<String> fb = new ArrayList<>();
    fb.add((right ? "Right: " : score == 0 ? "Wrong: " : "Partly right: ") + found + " of " + checks.size()
        + " key ideas" + (contradicted.isEmpty() ? "." : ", but " + contradicted.size() + " wrong claim"
        + (contradicted.size() == 1 ? "" : "s") + (misconception ? ": no credit." : ", each cancelling one.")));
    for (Result.IdeaCheck c : checks) {
      String label = c.label().replace('-', ' ');
      if (c.found()) {
        fb.add("found: " + label + " (\"" + c.evidence() + "\"" + (c.typo() ? ", a typo forgiven" : "") + ")");
      } else {
        fb.add("missing: " + label);
      }
    }
    fb.addAll(why);
    return result(q, score, right, q.model(), fb).withIdeas(checks, contradicted).withTypo(typo);
  }

  /** The question's {@code contra} statements labelled so, when the answer makes one (not denied). */
  private static Optional<String> said(Question.Recall q, String label, List<String> words, int[] clauseOf) {
    List<List<List<IdeaMatcher.Alt>>> pats = q.contras().stream().filter(c -> c.label().equals(label))
        .flatMap(c -> c.patterns().stream()).map(IdeaMatcher::compile).toList();
    return said(pats, words, clauseOf);
  }

  private static Optional<String> said(List<List<List<IdeaMatcher.Alt>>> pats, List<String> words, int[] clauseOf) {
    return IdeaMatcher.find(pats, words, x -> !denied(x, pats, words, clauseOf)).map(x -> "\"" + x.words() + "\"");
  }

  /** Whether a match is denied: a negation right in front of it (skipping {@link #SKIPPED} words) or inside it. */
  static boolean denied(IdeaMatcher.Match m, List<List<List<IdeaMatcher.Alt>>> pats, List<String> words,
      int[] clauseOf) {
    boolean own = pats.stream().anyMatch(IdeaMatcher::negative);
    if (own) {
      return false;
    }
    for (int i = m.from(); i <= m.to(); i++) {
      if (Text.NEGATORS.contains(words.get(i))) {
        return true;
      }
    }
    for (int i = m.from() - 1; i >= 0 && clauseOf[i] == clauseOf[m.from()]; i--) {
      if (!SKIPPED.contains(words.get(i))) {
        return Text.NEGATORS.contains(words.get(i));
      }
    }
    return false;
  }

  private static Result match(Question.Match q, Answer.Pairs p) {
    List<Question.Pair> pairs = q.pairs();
    List<Boolean> ok = new ArrayList<>();
    List<String> fb = new ArrayList<>();
    int good = 0;
    for (int i = 0; i < pairs.size(); i++) {
      Integer j = p.leftToRight().get(i);
      boolean r = j != null && j >= 0 && j < pairs.size() && pairs.get(j).right().equals(pairs.get(i).right());
      ok.add(r);
      if (r) {
        good++;
      } else {
        fb.add("'" + pairs.get(i).left() + "' goes with '" + pairs.get(i).right() + "'"
            + (j != null && j >= 0 && j < pairs.size() ? ", not '" + pairs.get(j).right() + "'" : ""));
      }
    }
    boolean right = good == pairs.size();
    fb.add(0, (right ? "Right: " : good == 0 ? "Wrong: " : "Partly right: ") + good + " of " + pairs.size()
        + " pairs matched.");
    StringBuilder answer = new StringBuilder();
    for (Question.Pair pair : pairs) {
      answer.append(answer.length() == 0 ? "" : "; ").append(pair.left()).append(" = ").append(pair.right());
    }
    return result(q, (double) good / pairs.size(), right, answer.toString(), fb).withPairs(ok);
  }

  private static Result order(Question.Order q, Answer.Order o) {
    List<String> steps = q.steps();
    int n = steps.size();
    List<Boolean> ok = new ArrayList<>();
    int inPlace = 0;
    for (int i = 0; i < n; i++) {
      Integer s = i < o.steps().size() ? o.steps().get(i) : null;
      boolean r = s != null && s >= 0 && s < n && steps.get(s).equals(steps.get(i));
      ok.add(r);
      inPlace += r ? 1 : 0;
    }
    // the longest subsequence of distinct valid steps in increasing (right) order
    List<Integer> seq = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (Integer s : o.steps()) {
      if (s != null && s >= 0 && s < n && seen.add(s)) {
        seq.add(s);
      }
    }
    int lis = longestIncreasing(seq);
    boolean right = inPlace == n;
    double score = right ? 1 : n <= 1 ? 0 : Math.max(0, (double) (lis - 1) / (n - 1));
    List<String> fb = new ArrayList<>();
    fb.add((right ? "Right: " : "Wrong: ") + inPlace + " of " + n + " steps in their place"
        + (right ? "." : "; " + lis + " of " + n + " in the right order relative to each other."));
    StringBuilder answer = new StringBuilder();
    for (int i = 0; i < n; i++) {
      answer.append(i == 0 ? "" : " → ").append(i + 1).append(". ").append(steps.get(i));
    }
    return result(q, score, right, answer.toString(), fb).withSteps(ok);
  }

  static int longestIncreasing(List<Integer> seq) {
    int[] best = new int[seq.size()];
    int max = 0;
    for (int i = 0; i < seq.size(); i++) {
      best[i] = 1;
      for (int j = 0; j < i; j++) {
        if (seq.get(j) < seq.get(i)) {
          best[i] = Math.max(best[i], best[j] + 1);
        }
      }
      max = Math.max(max, best[i]);
    }
    return max;
  }

  private static Result diagnose(Question.Diagnose q, Answer.Picked p) {
    List<DiagnoseOptions.Option> opts = DiagnoseOptions.of(q);
    boolean problemRight = true;
    boolean anyRightFix = false;
    boolean anyWrongFix = false;
    for (int i = 0; i < opts.size(); i++) {
      DiagnoseOptions.Option o = opts.get(i);
      boolean picked = p.indices().contains(i);
      if (o.part() == DiagnoseOptions.Part.PROBLEM) {
        problemRight &= picked == o.right();
      } else if (picked) {
        anyRightFix |= o.right();
        anyWrongFix |= !o.right();
      }
    }
    boolean fixRight = anyRightFix && !anyWrongFix;
    double score = (problemRight ? 0.5 : 0) + (fixRight ? 0.5 : 0);
    boolean right = problemRight && fixRight;
    List<String> fb = new ArrayList<>();
    fb.add(right ? "Right: diagnosis and fix." : score > 0 ? "Partly right." : "Wrong.");
    fb.add("diagnosis: " + (problemRight ? "right" : "wrong"));
    fb.add("fix: " + (fixRight ? "right" : anyWrongFix ? "wrong (a fix you picked does not help)" : "wrong"));
    String answer = String.join("; ", q.problemRight()) + " Fix: " + String.join(" Or: ", q.fixRight());
    return result(q, score, right, answer, fb).withDiagnosis(new Result.Diagnosis(problemRight, fixRight));
  }
}
