package vanishingpoint.srs;

import java.time.Instant;
import java.util.Objects;

/**
 * One question the player has met, with its FSRS memory state. How a save writes it is the save's
 * business ({@code save.SavedCard}), not this record's.
 *
 * @param id         the question's id
 * @param state      learning, review or relearning
 * @param step       index into the (re)learning steps; null in review
 * @param stability  days until retrievability falls to 90%; null before the first review
 * @param difficulty 1 (easy) to 10 (hard); null before the first review
 * @param due        when the card is next due
 * @param lastReview the latest review; null before the first one
 */
public record Card(
    String id,
    CardState state,
    Integer step,
    Double stability,
    Double difficulty,
    Instant due,
    Instant lastReview) {

  public Card {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(due, "due");
  }

  /** A card never reviewed: learning, first step, due at once (py-fsrs's {@code Card()}). */
  public static Card fresh(String id, Instant now) {
    return new Card(id, CardState.LEARNING, 0, null, null, now, null);
  }
}
