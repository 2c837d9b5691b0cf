package vanishingpoint.srs;

import java.time.Instant;
import java.util.Objects;

/**
 * One answer the player gave, enough to replay a card's history with other parameters.
 *
 * @param cardId         the card's id
 * @param rating         the rating given
 * @param reviewedAt     when the review was
 * @param durationMillis how long the player took; null if unknown
 */
public record ReviewLog(String cardId, Rating rating, Instant reviewedAt, Long durationMillis) {

  public ReviewLog {
    Objects.requireNonNull(cardId, "cardId");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(reviewedAt, "reviewedAt");
  }
}
