package vanishingpoint.save;

/**
 * One answer the player gave, as the save file writes it (see {@link SavedCard} for why the save
 * has its own records).
 *
 * @param cardId         the card's id
 * @param rating         the rating given, by name
 * @param reviewedAt     ISO-8601 instant of the review
 * @param durationMillis how long the player took; absent if unknown
 */
public record SavedReview(String cardId, Rating rating, String reviewedAt, Long durationMillis) {

  /** The names written to the file: changing one changes the save format. */
  public enum Rating { AGAIN, HARD, GOOD, EASY }
}
