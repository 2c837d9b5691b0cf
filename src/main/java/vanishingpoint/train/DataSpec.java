package vanishingpoint.train;

import java.util.Locale;

/**
 * Which seeded 2-D dataset to generate.
 *
 * @param shape   the generator
 * @param classes number of classes: 2 or 3 arms for SPIRAL, 2 otherwise
 */
public record DataSpec(Shape shape, int classes) {

  /** The generators. */
  public enum Shape { SPIRAL, CIRCLES, MOONS, XOR }

  public DataSpec {
    int max = shape == Shape.SPIRAL ? 3 : 2;
    if (classes < 2 || classes > max) {
      throw new IllegalArgumentException("dataset: " + shape.name().toLowerCase(Locale.ROOT)
          + " cannot have " + classes + " classes");
    }
  }

  /** Parses {@code spiral}, {@code spiral:2}, {@code spiral:3}, {@code circles}, {@code moons} or {@code xor}. */
  public static DataSpec parse(String s) {
    String k = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    switch (k) {
      case "spiral": case "spiral:2": return new DataSpec(Shape.SPIRAL, 2);
      case "spiral:3": return new DataSpec(Shape.SPIRAL, 3);
      case "circles": return new DataSpec(Shape.CIRCLES, 2);
      case "moons": return new DataSpec(Shape.MOONS, 2);
      case "xor": return new DataSpec(Shape.XOR, 2);
      default:
        throw new IllegalArgumentException("dataset: unknown value '" + s
            + "' (expected spiral, spiral:3, circles, moons or xor)");
    }
  }

  @Override
  public String toString() {
    String n = shape.name().toLowerCase(Locale.ROOT);
    return shape == Shape.SPIRAL && classes == 3 ? n + ":3" : n;
  }
}
