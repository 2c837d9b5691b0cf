package vanishingpoint.core;

/**
 * One level of the screen stack: a screen, the position of its cursor (a menu row, a lesson's
 * page), and the thing it shows ({@code item}: a lesson id; null when there is none).
 */
public record Place(Screen screen, int cursor, String item) {

  public Place {
    cursor = Math.max(0, cursor);
  }

  public Place(Screen screen, int cursor) {
    this(screen, cursor, null);
  }

  public Place withCursor(int c) {
    return new Place(screen, c, item);
  }
}
