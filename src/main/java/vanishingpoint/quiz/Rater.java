package vanishingpoint.quiz;

/**
 * Turns a graded answer into a spaced-repetition rating. Pure: the answer time is passed in.
 *
 * <ul>
 *   <li>several right options, partly picked (score above 0) → {@link Grade#HARD}</li>
 *   <li>not right (wrong, or only partly right) → {@link Grade#AGAIN}</li>
 *   <li>right, but with a hint or with a typo forgiven → {@link Grade#HARD}</li>
 *   <li>right and exact, on a card already known, answered in less than {@link #quickMillis}
 *       → {@link Grade#EASY}</li>
 *   <li>any other right answer → {@link Grade#GOOD}</li>
 * </ul>
 */
public final class Rater {

  /** "Quickly" for choice and true/false: under 8 seconds (read the question, pick). */
  public static final long QUICK_PICK_MS = 8_000;
  /** "Quickly" for a type-in answer (a word or two): under 20 seconds. */
  public static final long QUICK_TYPED_MS = 20_000;
  /** "Quickly" for match and order (several items to place): under 30 seconds. */
  public static final long QUICK_ARRANGE_MS = 30_000;
  /** "Quickly" for diagnose (read a training run, pick a diagnosis and a fix): under 30 seconds. */
  public static final long QUICK_DIAGNOSE_MS = 30_000;
  /** "Quickly" for recall (a sentence in one's own words): under 60 seconds. */
  public static final long QUICK_RECALL_MS = 60_000;

  private Rater() {}

  /** The time under which an answer of this type counts as quick. */
  public static long quickMillis(Question.Type type) {
    return switch (type) {
      case CHOICE, TRUEFALSE -> QUICK_PICK_MS;
      case TYPEIN -> QUICK_TYPED_MS;
      case MATCH, ORDER -> QUICK_ARRANGE_MS;
      case DIAGNOSE -> QUICK_DIAGNOSE_MS;
      case RECALL -> QUICK_RECALL_MS;
    };
  }

  /**
   * The suggested rating.
   *
   * @param alreadyKnown  whether the card was already known (reviewed successfully before)
   * @param answerMillis  how long the player took; negative when unknown (never quick)
   */
  public static Grade suggest(Result r, boolean alreadyKnown, long answerMillis) {
    if (!r.right()) {
      // partial credit on a question with several right options: remembered in part
      return r.type() == Question.Type.CHOICE && r.score() > 0 ? Grade.HARD : Grade.AGAIN;
    }
    if (r.hintUsed() || r.typoForgiven()) {
      return Grade.HARD;
    }
    if (alreadyKnown && answerMillis >= 0 && answerMillis < quickMillis(r.type())) {
      return Grade.EASY;
    }
    return Grade.GOOD;
  }
}
