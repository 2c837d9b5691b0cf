package vanishingpoint.text;

/** A run of text in one style, as inline markup produces it. */
public record Span(String text, Kind kind) {

  public enum Kind { PLAIN, EMPHASIS, TERM, CODE }
}
