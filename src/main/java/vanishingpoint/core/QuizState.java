package vanishingpoint.core;

import java.util.List;
import java.util.Map;
import vanishingpoint.quiz.Result;
import vanishingpoint.srs.Rating;

/**
 * A quiz in progress. Every answer is saved as a card review the moment it is given; the quiz
 * itself (questions, index, scores, the answer being typed) is saved for Continue, see {@link ScreenStates}.
 *
 * @param mode      review, exam, topic:NAME or checkpoint:LESSON
 * @param questions the question ids, in the order asked
 * @param index     the question being asked (== size when finished)
 * @param cursor    highlighted option or step
 * @param picked    ticked options (choice, diagnose), or the step picked up (order: one element)
 * @param text      typed text (typein, recall)
 * @param pairs     match: left index to the pair index chosen for it
 * @param order     order: the steps as currently arranged
 * @param hint      whether a hint was shown for this question
 * @param result    the grading, once answered (null before)
 * @param rating    the rating to record: suggested by the grading, changed with keys 1-4
 * @param startedAt when this question was shown (epoch millis, from the injected clock)
 * @param scores    score of each question answered so far
 * @param diagnose  the run shown by a diagnose question (null until the session has run it)
 * @param undo      what the last rating changed, to take it back once ({@code u}); null when there
 *                  is nothing to undo. Only for this session: never saved
 */
public record QuizState(String mode, List<String> questions, int index, int cursor, List<Integer> picked, String text,
    Map<Integer, Integer> pairs, List<Integer> order, boolean hint, Result result, Rating rating, long startedAt,
    List<Double> scores, Training diagnose, Undo undo) {

  /**
   * The last rating, to undo: the quiz as it was just before it (the answer graded, its rating
   * chosen) and the profile's cards, reviews and lessons as they were.
   */
  public record Undo(QuizState before, Profile profile) {}

  /** With nothing to undo. */
  public QuizState(String mode, List<String> questions, int index, int cursor, List<Integer> picked, String text,
      Map<Integer, Integer> pairs, List<Integer> order, boolean hint, Result result, Rating rating, long startedAt,
      List<Double> scores, Training diagnose) {
    this(mode, questions, index, cursor, picked, text, pairs, order, hint, result, rating, startedAt, scores, diagnose,
        null);
  }

  public static final QuizState NONE = new QuizState("", List.of(), 0, 0, List.of(), "", Map.of(), List.of(), false,
      null, null, 0, List.of(), null);

  public QuizState {
    questions = List.copyOf(questions);
    picked = List.copyOf(picked);
    pairs = Map.copyOf(pairs);
    order = List.copyOf(order);
    scores = List.copyOf(scores);
  }

  public boolean finished() {
    return index >= questions.size();
  }

  public boolean answered() {
    return result != null;
  }

  QuizState with(int cursor, List<Integer> picked, String text, Map<Integer, Integer> pairs, List<Integer> order,
      boolean hint) {
    return new QuizState(mode, questions, index, cursor, picked, text, pairs, order, hint, result, rating, startedAt,
        scores, diagnose, undo);
  }

  QuizState graded(Result r, Rating suggested) {
    return new QuizState(mode, questions, index, cursor, picked, text, pairs, order, hint, r, suggested, startedAt,
        scores, diagnose, undo);
  }

  QuizState rated(Rating r) {
    return new QuizState(mode, questions, index, cursor, picked, text, pairs, order, hint, result, r, startedAt, scores,
        diagnose, undo);
  }

  QuizState next(List<Double> newScores, long now, List<Integer> firstOrder) {
    return new QuizState(mode, questions, index + 1, 0, List.of(), "", Map.of(), firstOrder, false, null, null, now,
        newScores, null);
  }

  QuizState withUndo(Undo u) {
    return new QuizState(mode, questions, index, cursor, picked, text, pairs, order, hint, result, rating, startedAt,
        scores, diagnose, u);
  }

  /** The same question shown again from {@code now} (after Continue): its run is fetched again. */
  QuizState shownAt(long now) {
    return new QuizState(mode, questions, index, cursor, picked, text, pairs, order, hint, result, rating, now,
        scores, null);
  }

  public QuizState withDiagnose(Training t) {
    return new QuizState(mode, questions, index, cursor, picked, text, pairs, order, hint, result, rating, startedAt,
        scores, t, undo);
  }
}
