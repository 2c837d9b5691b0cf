package vanishingpoint.srs;

/** How well the player recalled a card; {@link #value()} is the FSRS grade the formulas use. */
public enum Rating {
  AGAIN(1), HARD(2), GOOD(3), EASY(4);

  private final int value;

  Rating(int value) {
    this.value = value;
  }

  public int value() {
    return value;
  }
}
