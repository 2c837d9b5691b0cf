package vanishingpoint.srs;

import java.time.Instant;
import java.util.Objects;

/**
 * One question the player has met, with its FSRS memory state.
 * Instants are ISO-8601 strings (as in {@code SaveData}) so that Gson writes the record as is:
 * Gson cannot reflect into {@code java.time} classes on Java 17 without an adapter.
 *
 * @param id         the question's id
 * @param state      learning, review or relearning
 * @param step       index into the (re)learning steps; null in review
 * @param stability  days until retrievability falls to 90%; null before the first review
 * @param difficulty 1 (easy) to 10 (hard); null before the first review
 * @param due        ISO-8601 instant when the card is next due
 * @param lastReview ISO-8601 instant of the latest review; null before the first one
 */
public record Card(
    String id,
    CardState state,
    Integer step,
    Double stability,
    Double difficulty,
    String due,
    String lastReview) {

  public Card {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(due, "due");
  }

  /** A card never reviewed: learning, first step, due at once (py-fsrs's {@code Card()}). */
  public static Card fresh(String id, Instant now) {
    return new Card(id, CardState.LEARNING, 0, null, null, now.toString(), null);
  }

  public Instant dueAt() {
    return Instant.parse(due);
  }

  /** The latest review, or null if the card was never reviewed. */
  public Instant lastReviewAt() {
    return lastReview == null ? null : Instant.parse(lastReview);
  }
}
