package vanishingpoint.ui;

/** The characters the screens draw with, in a Unicode and a plain ASCII set. */
public record Glyphs(
    char horizontal, char vertical,
    char topLeft, char topRight, char bottomLeft, char bottomRight,
    char pointer, char bullet, char fullBlock, char lightShade, String ellipsis, String arrow) {

  public static final Glyphs UNICODE = new Glyphs('─', '│', '┌', '┐', '└', '┘', '▶', '•', '█', '░', "…", "→");
  public static final Glyphs ASCII = new Glyphs('-', '|', '+', '+', '+', '+', '>', '*', '#', '.', "...", "->");

  /** A bar of {@code filled} cells out of {@code width}. */
  public String bar(int filled, int width) {
    int f = Math.max(0, Math.min(width, filled));
    return String.valueOf(fullBlock).repeat(f) + String.valueOf(lightShade).repeat(width - f);
  }
}
