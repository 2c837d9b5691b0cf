package vanishingpoint.srs;

/** Where a card is in its life: learning steps, day-based review, or relearning steps after a lapse. */
public enum CardState {
  LEARNING, REVIEW, RELEARNING
}
