package vanishingpoint.core;

/** One level of the screen stack: a screen and the position of its cursor (or scroll). */
public record Place(Screen screen, int cursor) {

  public Place {
    cursor = Math.max(0, cursor);
  }

  public Place withCursor(int c) {
    return new Place(screen, c);
  }
}
