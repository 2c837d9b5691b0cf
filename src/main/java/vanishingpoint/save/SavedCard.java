package vanishingpoint.save;

/**
 * A spaced-repetition card as the save file writes it: times as ISO-8601 text, the state by name.
 * The save format's own record, so that the scheduler's {@code srs.Card} can change without
 * changing the files (the mapping between the two is the app's, in {@code SaveMapping}).
 * Gson leaves a missing or unknown value null; {@link SaveData#problems()} reports it.
 *
 * @param id         the question's id, the same as the card's key in {@code cards}
 * @param state      learning, review or relearning
 * @param step       index into the (re)learning steps; absent in review
 * @param stability  days until recall falls to 90%; absent before the first review
 * @param difficulty 1 (easy) to 10 (hard); absent before the first review
 * @param due        ISO-8601 instant when the card is next due
 * @param lastReview ISO-8601 instant of the latest review; absent before the first one
 */
public record SavedCard(String id, State state, Integer step, Double stability, Double difficulty, String due,
    String lastReview) {

  /** The names written to the file: changing one changes the save format. */
  public enum State { LEARNING, REVIEW, RELEARNING }
}
