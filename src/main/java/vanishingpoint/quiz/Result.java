package vanishingpoint.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A graded answer: everything the game shows right after answering and everything a
 * spaced-repetition scheduler needs ({@link Rater#suggest}).
 *
 * @param questionId    the question
 * @param type          its type
 * @param score         0..1, partial credit (found ideas, right pairs, steps in order, ...)
 * @param right         whether the answer counts as right (score 1, or for a type-in answer accepted)
 * @param exact         right without anything forgiven (no typo)
 * @param typoForgiven  right only because a typo was forgiven
 * @param hintUsed      the player asked for a hint before answering
 * @param acceptedAs    type-in: the accepted answer the text was matched to
 * @param ideas         recall: each key idea, found or missing
 * @param pairs         match: for each pair (left side, in question order), whether it was matched right
 * @param steps         order: for each position, whether the right step is there
 * @param diagnosis     diagnose: whether the diagnosis and the fix were right
 * @param rightAnswer   the right answer as text (first accepted answer, model answer, right options, ...)
 * @param explanation   the question's explanation (with lesson markup)
 * @param feedback      human-readable lines: right or wrong, and why (what was accepted, found, missing)
 * @param contradicted  recall: the key ideas the answer contradicts (denies or reverses) and the
 *                      misconceptions it states, by label
 */
public record Result(String questionId, Question.Type type, double score, boolean right, boolean exact,
    boolean typoForgiven, boolean hintUsed, Optional<String> acceptedAs, List<IdeaCheck> ideas,
    List<Boolean> pairs, List<Boolean> steps, Optional<Diagnosis> diagnosis, String rightAnswer,
    String explanation, List<String> feedback, List<String> contradicted) {

  /**
   * One key idea of a recall answer.
   *
   * @param label     the idea's label from the question
   * @param found     whether the answer expresses it
   * @param evidence  the words of the answer that matched, empty when missing
   * @param typo      found only with a typo forgiven
   */
  public record IdeaCheck(String label, boolean found, String evidence, boolean typo) {}

  /** Diagnose: the two halves of the answer. */
  public record Diagnosis(boolean problemRight, boolean fixRight) {}

  public Result {
    ideas = List.copyOf(ideas);
    pairs = List.copyOf(pairs);
    steps = List.copyOf(steps);
    feedback = List.copyOf(feedback);
    contradicted = List.copyOf(contradicted);
  }

  /** The labels of the ideas found, in question order. */
  public List<String> foundIdeas() {
    return ideas.stream().filter(IdeaCheck::found).map(IdeaCheck::label).toList();
  }

  /** The labels of the ideas missing, in question order. */
  public List<String> missingIdeas() {
    return ideas.stream().filter(i -> !i.found()).map(IdeaCheck::label).toList();
  }

  /** Type-in: the same result, matched to this accepted answer. */
  Result withAcceptedAs(String accepted) {
    return new Result(questionId, type, score, right, exact, typoForgiven, hintUsed, Optional.of(accepted), ideas,
        pairs, steps, diagnosis, rightAnswer, explanation, feedback, contradicted);
  }

  /** The same result, found with a typo forgiven (or not): a right answer is then not exact. */
  Result withTypo(boolean typo) {
    return new Result(questionId, type, score, right, right && !typo, right && typo, hintUsed, acceptedAs, ideas,
        pairs, steps, diagnosis, rightAnswer, explanation, feedback, contradicted);
  }

  /** Recall: the same result with each key idea checked and the labels the answer contradicts. */
  Result withIdeas(List<IdeaCheck> checks, List<String> against) {
    return new Result(questionId, type, score, right, exact, typoForgiven, hintUsed, acceptedAs, checks, pairs,
        steps, diagnosis, rightAnswer, explanation, feedback, against);
  }

  /** Match: the same result with each pair's verdict. */
  Result withPairs(List<Boolean> pairVerdicts) {
    return new Result(questionId, type, score, right, exact, typoForgiven, hintUsed, acceptedAs, ideas,
        pairVerdicts, steps, diagnosis, rightAnswer, explanation, feedback, contradicted);
  }

  /** Order: the same result with each position's verdict. */
  Result withSteps(List<Boolean> stepVerdicts) {
    return new Result(questionId, type, score, right, exact, typoForgiven, hintUsed, acceptedAs, ideas, pairs,
        stepVerdicts, diagnosis, rightAnswer, explanation, feedback, contradicted);
  }

  /** Diagnose: the same result with the verdicts on the diagnosis and the fix. */
  Result withDiagnosis(Diagnosis d) {
    return new Result(questionId, type, score, right, exact, typoForgiven, hintUsed, acceptedAs, ideas, pairs,
        steps, Optional.of(d), rightAnswer, explanation, feedback, contradicted);
  }

  /** The same result, marked as answered after a hint. */
  public Result withHint() {
    return new Result(questionId, type, score, right, exact, typoForgiven, true, acceptedAs, ideas, pairs, steps,
        diagnosis, rightAnswer, explanation, feedback, contradicted);
  }

  /** Everything to show after answering: the feedback, the right answer, the explanation. */
  public List<String> lines() {
    List<String> out = new ArrayList<>(feedback);
    out.add((type == Question.Type.RECALL ? "Model answer: " : "Answer: ") + rightAnswer);
    out.add(explanation);
    return out;
  }
}
