package vanishingpoint.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraderTest {

  static Question.Head head(String id) {
    return new Question.Head(id, "fixes", "fix", "x#y", "ask", "explain", "test.quiz", 1);
  }

  static Question.Typein typein(String accept, String reject) {
    return new Question.Typein(head("t"), QuizParser.split(accept), QuizParser.split(reject));
  }

  static Question.Recall recall(Question.Idea... ideas) {
    return new Question.Recall(head("r"), List.of(ideas), "the model", List.of());
  }

  static Question bank(String id) {
    return GradingCasesTest.BANK.questions().get(id);
  }

  /** A question of the bank, of the type the test is about. */
  static <T extends Question> T bank(String id, Class<T> type) {
    return type.cast(bank(id));
  }

  /** The first question of the bank of a type that {@code fits}. */
  static <T extends Question> T first(Class<T> type, java.util.function.Predicate<T> fits) {
    return GradingCasesTest.BANK.questions().values().stream().filter(type::isInstance).map(type::cast).filter(fits)
        .findFirst().orElseThrow();
  }

  static Result typed(Question q, String text) {
    return Grader.grade(q, new Answer.Typed(text));
  }

  // --- type-in: near words that are different terms -------------------------------------------------

  @Test
  void theIsNotHe() {
    Question q = typein("He|He initialisation|Kaiming", "");
    assertThat(typed(q, "He").right()).isTrue();
    Result the = typed(q, "the");
    assertThat(the.right()).isFalse();
    assertThat(typed(q, "the initialisation").right()).isFalse();
    assertThat(typed(q, "She").right()).isFalse();
    // and with the bank's own question, where 'the' is also a listed wrong answer
    Result bankThe = typed(bank("fix-he-typein"), "The");
    assertThat(bankThe.right()).isFalse();
    assertThat(bankThe.feedback()).anyMatch(l -> l.contains("different word from 'He'"));
  }

  @Test
  void thanIsNotTanhButTahnIsATypo() {
    Question q = typein("tanh|hyperbolic tangent", "");
    Result than = typed(q, "than");
    assertThat(than.right()).isFalse();
    assertThat(than.feedback()).anyMatch(l -> l.contains("different word from 'tanh'"));
    assertThat(typed(q, "then").right()).isFalse();
    Result tahn = typed(q, "tahn");
    assertThat(tahn.right()).isTrue();
    assertThat(tahn.typoForgiven()).isTrue();
    assertThat(tahn.exact()).isFalse();
    assertThat(typed(bank("van-tanh-typein"), "than").right()).isFalse();
  }

  @Test
  void activationsAndOptimisersAreNeverTyposOfEachOther() {
    Question relu = typein("relu", "");
    assertThat(typed(relu, "elu").right()).isFalse();
    assertThat(typed(relu, "selu").right()).isFalse();
    assertThat(typed(relu, "gelu").right()).isFalse();
    assertThat(typed(relu, "rleu").right()).isTrue();
    assertThat(typed(typein("adam", ""), "adamw").right()).isFalse();
    assertThat(typed(typein("divergence", ""), "convergence").right()).isFalse();
    assertThat(typed(typein("exploding gradients", ""), "imploding gradients").right()).isFalse();
  }

  @Test
  void aListedWrongAnswerIsNeverForgiven() {
    Question q = typein("divergence", "divergent");
    assertThat(typed(q, "divergent").right()).isFalse();
    assertThat(typed(q, "divergence").right()).isTrue();
    // closer to a wrong answer than to the right one
    Question q2 = typein("batch normalization", "patch normalization");
    assertThat(typed(q2, "patch normalisation").right()).isFalse();
  }

  // --- type-in: numbers -------------------------------------------------------------------------------

  @Test
  void numbersMustMatchExactlyButMayBeWrittenDifferently() {
    Question q = typein("0.25|one quarter", "");
    for (String ok : List.of("0.25", ".25", "0.250", "1/4", "1 / 4", "0,25", " 0.25 ")) {
      assertThat(typed(q, ok).right()).as(ok).isTrue();
      assertThat(typed(q, ok).exact()).as(ok).isTrue();
    }
    for (String bad : List.of("0.52", "0.2", "0.35", "2.5", "025", "0.025", "1/5", "-0.25")) {
      assertThat(typed(q, bad).right()).as(bad).isFalse();
    }
    assertThat(typed(q, "0.52").feedback()).contains("Numbers must match exactly.");
    assertThat(typed(q, ".25").feedback()).contains("The same number, written differently.");
    assertThat(typed(typein("-1", ""), "1").right()).isFalse();
    assertThat(typed(typein("-1", ""), "−1").right()).isTrue();
  }

  @Test
  void numberValues() {
    assertThat(Text.number("1/4")).isEqualByComparingTo("0.25");
    assertThat(Text.number(".5")).isEqualByComparingTo("0.5");
    assertThat(Text.number("-.5")).isEqualByComparingTo("-0.5");
    assertThat(Text.number("1/0")).isNull();
    assertThat(Text.number("relu6")).isNull();
    assertThat(Text.sameWord("0.25", "025")).isFalse();
  }

  // --- type-in: normalisation ---------------------------------------------------------------------------

  @Test
  void caseAndPunctuationAndSpacesAreIgnored() {
    Question q = typein("Batch Normalization|BatchNorm", "");
    for (String ok : List.of("batch normalization", "  BATCH   normalization!! ", "Batch-Normalization.",
        "\"batch normalization\"", "batchnorm", "batch norm", "Batch_Norm")) {
      Result r = typed(q, ok);
      assertThat(r.right() && r.exact()).as(ok).isTrue();
    }
    assertThat(typed(q, "batch normalization").feedback()).contains("Case, punctuation and spaces are ignored.");
  }

  @Test
  void tokenisationKeepsNumbersAndIndexedTerms() {
    assertThat(Text.words("dZ[L] times 0.25, fan_in & 1/4; it's -1 (σ'(z) ≤ 25%)"))
        .containsExactly("dz[l]", "times", "0.25", "fan", "in", "1/4", "its", "-1", "sigma", "z", "less", "than", "or",
            "equal", "to", "25", "percent");
    assertThat(Text.words("dZ[L-1] and W[l]")).containsExactly("dz[l-1]", "and", "w[l]");
    assertThat(Text.words("Early layers don't learn; they can't")).containsExactly("early", "layers", "do", "not",
        "learn", "they", "can", "not");
    assertThat(Text.words("end. 5.")).containsExactly("end", "5");
  }

  @Test
  void britishAndAmericanSpellingsAreTheSameWord() {
    assertThat(Text.canon("normalise")).isEqualTo("normalize");
    assertThat(Text.canon("normalisation")).isEqualTo("normalization");
    assertThat(Text.canon("initialised")).isEqualTo("initialized");
    assertThat(Text.canon("optimiser")).isEqualTo("optimizer");
    assertThat(Text.canon("centred")).isEqualTo("centered");
    assertThat(Text.canon("noise")).isEqualTo("noise");
    assertThat(Text.canon("rise")).isEqualTo("rise");
    Question q = typein("He initialization", "");
    Result r = typed(q, "He initialisation");
    assertThat(r.right() && r.exact()).isTrue();
    assertThat(r.feedback()).contains("British and American spellings count as the same word.");
    assertThat(typed(typein("batch normalisation", ""), "Batch Normalizing").right()).isFalse();
  }

  // --- type-in: typo budget and feedback --------------------------------------------------------------

  @Test
  void typoBudgetGrowsWithTheWord() {
    assertThat(typed(typein("nan", ""), "nam").right()).isFalse(); // 3 letters: no typo
    assertThat(typed(typein("adam", ""), "adan").right()).isTrue(); // 4 letters: one
    assertThat(typed(typein("adam", ""), "edan").right()).isFalse();
    assertThat(typed(typein("momentum", ""), "momemtum").right()).isTrue(); // 8 letters: one
    assertThat(typed(typein("momentum", ""), "memontum").right()).isFalse();
    assertThat(typed(typein("divergence", ""), "divergance").right()).isTrue(); // 10 letters: two
    assertThat(typed(typein("divergence", ""), "divrgance").right()).isTrue();
    assertThat(typed(typein("divergence", ""), "dvrgance").right()).isFalse();
    assertThat(typed(typein("sigmoid", ""), "sigmiod").right()).isTrue(); // a swap is one edit
  }

  @Test
  void feedbackSaysWhatWasAcceptedAndWhy() {
    Question q = typein("He|Kaiming|He initialization", "");
    Result alt = typed(q, "Kaiming");
    assertThat(alt.feedback()).contains("Right: accepted: 'Kaiming' is listed as an alternative to 'He'.");
    assertThat(alt.acceptedAs()).contains("Kaiming");
    Result typo = typed(q, "He initalization");
    assertThat(typo.feedback().get(0))
        .isEqualTo("Right: accepted with a typo: 'initalization' is one letter from 'initialization'.");
    assertThat(typo.acceptedAs()).contains("He initialization");
    assertThat(typo.rightAnswer()).isEqualTo("He");
    assertThat(typo.lines()).endsWith("Answer: He", "explain");
    Result wrong = typed(q, "Xavier");
    assertThat(wrong.feedback()).containsExactly("Wrong: 'Xavier' is not an accepted answer.");
    assertThat(typed(q, "   ").feedback()).containsExactly("Wrong: no answer given.");
  }

  @Test
  void leadingFillerWordsChangeNothing() {
    Question q = typein("learning rate", "");
    assertThat(typed(q, "It is the learning rate.").right()).isTrue();
    assertThat(typed(q, "alpha is called the learning rate").right()).isTrue();
    assertThat(typed(q, "not the learning rate").right()).isFalse();
  }

  @Test
  void mathSignsAreReadAsWords() {
    assertThat(Text.words("g \u2190 c\u00b7g/\u2016g\u2016 if \u2016g\u2016 > c")).containsExactly("g", "becomes", "c",
        "times", "g", "divided", "by", "norm", "of", "g", "if", "norm", "of", "g", "greater", "than", "c");
    assertThat(Text.words("fan_in + fan_out, Xavier/Glorot, 1/4, z \u2265 0")).containsExactly("fan", "in", "plus",
        "fan", "out", "xavier", "glorot", "1/4", "z", "greater", "than", "or", "equal", "to", "0");
  }

  @Test
  void typeinTermsPluralsAndIgnoredWords() {
    Question q = typein("NaN|not a number|inf", "null");
    for (String ok : List.of("NaNs", "infinity", "\u221e", "+inf", "Not-A-Number")) {
      assertThat(typed(q, ok).right()).as(ok).isTrue();
    }
    assertThat(typed(q, "a number").right()).isFalse();
    Question z = typein("0|z = 0", "1");
    assertThat(typed(z, "when z equals zero").right()).isTrue();
    assertThat(typed(z, "z > 0").right()).isFalse();
    assertThat(typed(z, "z is 1").right()).isFalse();
  }

  @Test
  void anAcceptedAnswerWithAFewHarmlessWordsMore() {
    Question q = typein("ReLU|rectified linear unit", "leaky relu|elu");
    assertThat(typed(q, "ReLU activation function").right()).isTrue();
    assertThat(typed(q, "rectified linear unit (ReLU)").right()).isTrue();
    assertThat(typed(q, "ReLU, the usual activation function").right()).isFalse(); // three extra words
    assertThat(typed(q, "not ReLU").right()).isFalse(); // a negation
    assertThat(typed(q, "leaky rectified linear unit").right()).isFalse(); // a word only a wrong answer has
    assertThat(typed(q, "ReLU or sigmoid").right()).isFalse(); // another named term
    assertThat(typed(q, "ReLU or tanh").right()).isFalse();
    Question lr = typein("learning rate", "");
    assertThat(typed(lr, "learning rate parameter").right()).isTrue();
    assertThat(typed(lr, "larger learning rate").right()).isFalse(); // a direction
    assertThat(typed(typein("0.25", ""), "0.25 or 0.5").right()).isFalse(); // a number
  }

  // --- recall -----------------------------------------------------------------------------------------

  @Test
  void recallGivesPartialCreditAndNamesTheMissingIdeas() {
    Question.Recall q = bank("def-vanishing-recall", Question.Recall.class);
    Result r = typed(q, "The gradients become tiny during backpropagation.");
    assertThat(r.right()).isFalse();
    assertThat(r.score()).isEqualTo(2.0 / 3);
    assertThat(r.foundIdeas()).containsExactly("extremely-small", "backward");
    assertThat(r.missingIdeas()).containsExactly("early-layers-slow");
    assertThat(r.feedback()).containsExactly("Partly right: 2 of 3 key ideas.",
        "found: extremely small (\"tiny\")", "found: backward (\"backpropagation\")", "missing: early layers slow");
    assertThat(r.lines()).contains("Model answer: " + q.model());
    assertThat(typed(q, "").score()).isZero();
    assertThat(typed(q, q.model()).score()).isEqualTo(1.0);
  }

  @Test
  void recallPatternsWordsInOrderWithGapsOfAtMostThree() {
    Question q = recall(new Question.Idea("a", List.of("early layer* slow*")));
    assertThat(typed(q, "early layers learn slowly").right()).isTrue();
    assertThat(typed(q, "early layers of the net learn slowly").right()).isFalse(); // 4 words between
    assertThat(typed(q, "early layers of the net slowly").right()).isTrue(); // 3 words between
    assertThat(typed(q, "slowly early layers").right()).isFalse(); // order matters
    Question alt = recall(new Question.Idea("b", List.of("first/early layer")));
    assertThat(typed(alt, "the first layer").right()).isTrue();
    assertThat(typed(alt, "the early layer").right()).isTrue();
    assertThat(typed(alt, "the earlier layer").right()).isFalse(); // no '*': the whole word
  }

  @Test
  void recallForgivesOneTypoInLongWordsOnly() {
    Question q = recall(new Question.Idea("back", List.of("backprop*")), new Question.Idea("num", List.of("0.25")),
        new Question.Idea("tiny", List.of("tiny")));
    Result r = typed(q, "backporpagation of 0.52, tiyn");
    assertThat(r.foundIdeas()).containsExactly("back");
    assertThat(r.ideas().get(0).typo()).isTrue();
    Result ok = typed(q, "backpropagation, 1/4, tiny");
    assertThat(ok.right()).isTrue();
    assertThat(ok.exact()).isTrue();
    Result typo = typed(q, "backporpagation, .25, tiny");
    assertThat(typo.right()).isTrue();
    assertThat(typo.typoForgiven()).isTrue();
    assertThat(Rater.suggest(typo, true, 1000)).isEqualTo(Grade.HARD);
  }

  @Test
  void recallTyposScaleWithTheWord() {
    Question q = recall(new Question.Idea("early", List.of("earl* layer*")), new Question.Idea("slow", List.of("slow*")));
    assertThat(typed(q, "erly layers learn slowly").right()).isTrue(); // a letter dropped in a short word
    assertThat(typed(q, "eraly layers learn slowly").right()).isFalse(); // a swap in a short word is another word
    assertThat(typed(q, "early layers show").right()).isFalse(); // show is not slow
    assertThat(typed(recall(new Question.Idea("b", List.of("backpropagation"))), "backpropogaton").right()).isTrue();
  }

  @Test
  void aDeniedOrReversedIdeaIsContradictedAndCancelsARightOne() {
    Question.Recall q = bank("def-vanishing-recall", Question.Recall.class);
    Result never = typed(q, "During backprop the gradients never become extremely small.");
    assertThat(never.foundIdeas()).containsExactly("backward");
    assertThat(never.contradicted()).containsExactly("extremely-small");
    assertThat(never.score()).isZero();
    assertThat(never.feedback()).contains("contradicted: extremely small (denied: \"small\")");
    Result large = typed(q, "Gradients grow huge as they flow backward.");
    assertThat(large.contradicted()).containsExactly("extremely-small");
    assertThat(large.score()).isZero();
    Result late = typed(q, "The gradient shrinks on the way back, so the last layers stop learning.");
    assertThat(late.score()).isEqualTo(1.0 / 3); // two right ideas, one reversed
    // a negation in another clause, or one the pattern says itself, denies nothing
    assertThat(typed(q, "It does not happen in shallow nets; gradients shrink going backward and the early layers"
        + " do not learn.").right()).isTrue();
    Question clip = bank("clip-norm-recall");
    assertThat(typed(clip, "If the norm exceeds c, scale it down to c without changing its direction.").right()).isTrue();
    assertThat(typed(clip, "If the norm exceeds c, scale it down to c and change its direction.").score())
        .isEqualTo(1.0 / 3);
  }

  @Test
  void aMisconceptionEarnsNoCredit() {
    Question q = bank("fix-residual-recall");
    Result r = typed(q, "Skip connections let the gradient bypass layers, which prevents overfitting.");
    assertThat(r.foundIdeas()).isNotEmpty();
    assertThat(r.contradicted()).containsExactly("regularization");
    assertThat(r.score()).isZero();
    assertThat(r.right()).isFalse();
  }

  @Test
  void patternsThatTheTokeniserSplitsAreReported() {
    assertThat(IdeaMatcher.problems("fan_in")).hasSize(1);
    assertThat(IdeaMatcher.problems("dont")).hasSize(1);
    assertThat(IdeaMatcher.problems("0.25")).isEmpty();
    assertThat(IdeaMatcher.problems("1/4")).hasSize(1);
    assertThat(IdeaMatcher.problems("early layer* slow*/not")).isEmpty();
  }

  // --- match, order, diagnose, choice ------------------------------------------------------------------

  @Test
  void matchGivesCreditPerPair() {
    Question.Match q = first(Question.Match.class, x -> x.pairs().size() >= 3);
    int n = q.pairs().size();
    Map<Integer, Integer> all = new HashMap<>();
    for (int i = 0; i < n; i++) {
      all.put(i, i);
    }
    Result right = Grader.grade(q, new Answer.Pairs(all));
    assertThat(right.right()).isTrue();
    assertThat(right.score()).isEqualTo(1.0);
    Map<Integer, Integer> swapped = new HashMap<>(all);
    swapped.put(0, 1);
    swapped.put(1, 0);
    Result r = Grader.grade(q, new Answer.Pairs(swapped));
    assertThat(r.right()).isFalse();
    assertThat(r.score()).isEqualTo((double) (n - 2) / n);
    assertThat(r.pairs().subList(0, 3)).containsExactly(false, false, true);
    assertThat(r.feedback().get(0)).isEqualTo("Partly right: " + (n - 2) + " of " + n + " pairs matched.");
    assertThat(Grader.grade(q, new Answer.Pairs(Map.of())).score()).isZero();
  }

  @Test
  void orderGivesCreditForStepsInTheRightRelativeOrder() {
    Question.Order q = bank("order-vanishing-story", Question.Order.class);
    assertThat(q.steps()).hasSize(5);
    Result right = Grader.grade(q, new Answer.Order(List.of(0, 1, 2, 3, 4)));
    assertThat(right.right()).isTrue();
    assertThat(right.steps()).containsOnly(true);
    Result swap = Grader.grade(q, new Answer.Order(List.of(1, 0, 2, 3, 4)));
    assertThat(swap.right()).isFalse();
    assertThat(swap.score()).isEqualTo(0.75);
    assertThat(swap.steps()).containsExactly(false, false, true, true, true);
    Result moved = Grader.grade(q, new Answer.Order(List.of(1, 2, 3, 4, 0)));
    assertThat(moved.score()).isEqualTo(0.75);
    assertThat(moved.steps()).containsOnly(false);
    assertThat(Grader.grade(q, new Answer.Order(List.of(4, 3, 2, 1, 0))).score()).isZero();
    assertThat(Grader.grade(q, new Answer.Order(List.of(0, 1))).right()).isFalse();
  }

  @Test
  void diagnoseGivesHalfForTheDiagnosisAndHalfForAFix() {
    Question.Diagnose q = bank("diag-deep-sigmoid", Question.Diagnose.class);
    List<DiagnoseOptions.Option> opts = DiagnoseOptions.of(q);
    int problem = -1;
    int wrongProblem = -1;
    List<Integer> rightFixes = new ArrayList<>();
    int wrongFix = -1;
    for (int i = 0; i < opts.size(); i++) {
      DiagnoseOptions.Option o = opts.get(i);
      if (o.part() == DiagnoseOptions.Part.PROBLEM) {
        if (o.right()) {
          problem = i;
        } else {
          wrongProblem = i;
        }
      } else if (o.right()) {
        rightFixes.add(i);
      } else {
        wrongFix = i;
      }
    }
    assertThat(Grader.grade(q, new Answer.Picked(List.of(problem, rightFixes.get(0)))).score()).isEqualTo(1.0);
    assertThat(Grader.grade(q, new Answer.Picked(List.of(problem, rightFixes.get(1)))).right()).isTrue();
    List<Integer> both = new ArrayList<>(rightFixes);
    both.add(problem);
    assertThat(Grader.grade(q, new Answer.Picked(both)).right()).isTrue();
    Result halfFix = Grader.grade(q, new Answer.Picked(List.of(problem, wrongFix)));
    assertThat(halfFix.score()).isEqualTo(0.5);
    assertThat(halfFix.diagnosis()).contains(new Result.Diagnosis(true, false));
    Result mixed = Grader.grade(q, new Answer.Picked(List.of(problem, rightFixes.get(0), wrongFix)));
    assertThat(mixed.diagnosis()).contains(new Result.Diagnosis(true, false));
    Result halfProblem = Grader.grade(q, new Answer.Picked(List.of(wrongProblem, rightFixes.get(0))));
    assertThat(halfProblem.score()).isEqualTo(0.5);
    assertThat(halfProblem.right()).isFalse();
    assertThat(Grader.grade(q, new Answer.Picked(List.of(wrongProblem, wrongFix))).score()).isZero();
  }

  @Test
  void choiceAndTrueFalse() {
    Question q = bank("vanishing-def-choice") != null ? bank("vanishing-def-choice")
        : GradingCasesTest.BANK.questions().values().stream().filter(x -> x.type() == Question.Type.CHOICE)
            .findFirst().orElseThrow();
    List<Choices.Option> opts = Choices.of(q);
    List<Integer> right = new ArrayList<>();
    for (int i = 0; i < opts.size(); i++) {
      if (opts.get(i).right()) {
        right.add(i);
      }
    }
    assertThat(Grader.grade(q, new Answer.Picked(right)).right()).isTrue();
    int wrong = right.contains(0) ? 1 : 0;
    Result r = Grader.grade(q, new Answer.Picked(List.of(wrong)));
    assertThat(r.right()).isFalse();
    assertThat(r.score()).isZero();
    Question.TrueFalse tf = first(Question.TrueFalse.class, x -> true);
    assertThat(Grader.grade(tf, new Answer.Picked(List.of(tf.answer() ? 0 : 1))).right()).isTrue();
    assertThat(Grader.grade(tf, new Answer.Picked(List.of(tf.answer() ? 1 : 0))).right()).isFalse();
  }

  @Test
  void anAnswerOfTheWrongShapeIsAProgrammingError() {
    assertThatThrownBy(() -> Grader.grade(typein("x", ""), new Answer.Picked(List.of(0))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Typed");
  }

  // --- the rating ---------------------------------------------------------------------------------------

  @Test
  void suggestCoversEveryBranch() {
    Question q = typein("learning rate", "");
    Result wrong = typed(q, "momentum");
    Result typo = typed(q, "lerning rate");
    Result right = typed(q, "learning rate");
    Result hinted = Grader.grade(q, new Answer.Typed("learning rate"), true);
    assertThat(hinted.hintUsed()).isTrue();
    Result partial = typed(bank("def-vanishing-recall"), "The gradients become tiny during backpropagation.");

    assertThat(Rater.suggest(wrong, true, 1000)).isEqualTo(Grade.AGAIN);
    assertThat(Rater.suggest(partial, true, 1000)).isEqualTo(Grade.AGAIN);
    assertThat(Rater.suggest(typo, true, 1000)).isEqualTo(Grade.HARD);
    assertThat(Rater.suggest(hinted, true, 1000)).isEqualTo(Grade.HARD);
    assertThat(Rater.suggest(right, false, 1000)).isEqualTo(Grade.GOOD); // new card
    assertThat(Rater.suggest(right, true, 25_000)).isEqualTo(Grade.GOOD); // known, slow
    assertThat(Rater.suggest(right, true, -1)).isEqualTo(Grade.GOOD); // time unknown
    assertThat(Rater.suggest(right, true, 19_999)).isEqualTo(Grade.EASY); // known, quick
    assertThat(Rater.suggest(right, true, Rater.QUICK_TYPED_MS)).isEqualTo(Grade.GOOD);
  }

  @Test
  void quickDependsOnTheKindOfAnswer() {
    assertThat(Rater.quickMillis(Question.Type.CHOICE)).isEqualTo(8_000);
    assertThat(Rater.quickMillis(Question.Type.TRUEFALSE)).isEqualTo(8_000);
    assertThat(Rater.quickMillis(Question.Type.TYPEIN)).isEqualTo(20_000);
    assertThat(Rater.quickMillis(Question.Type.MATCH)).isEqualTo(30_000);
    assertThat(Rater.quickMillis(Question.Type.ORDER)).isEqualTo(30_000);
    assertThat(Rater.quickMillis(Question.Type.DIAGNOSE)).isEqualTo(30_000);
    assertThat(Rater.quickMillis(Question.Type.RECALL)).isEqualTo(60_000);
    Question.TrueFalse tf = first(Question.TrueFalse.class, x -> true);
    Result r = Grader.grade(tf, new Answer.Picked(List.of(tf.answer() ? 0 : 1)));
    assertThat(Rater.suggest(r, true, 7_999)).isEqualTo(Grade.EASY);
    assertThat(Rater.suggest(r, true, 8_000)).isEqualTo(Grade.GOOD);
  }
}
