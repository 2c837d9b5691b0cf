package vanishingpoint.core;

/**
 * A key press, already translated from the terminal's key codes, so that the state logic
 * knows nothing of Lanterna.
 *
 * @param kind what kind of key
 * @param ch   the character, for {@link Kind#CHAR} only
 */
public record Input(Kind kind, char ch) {

  public enum Kind { UP, DOWN, LEFT, RIGHT, PAGE_UP, PAGE_DOWN, HOME, END, ENTER, BACK, BACKSPACE, TAB, CHAR, INTERRUPT }

  public static Input of(Kind kind) {
    return new Input(kind, '\0');
  }

  public static Input ch(char c) {
    return new Input(Kind.CHAR, c);
  }

  public boolean isChar(char c) {
    return kind == Kind.CHAR && ch == c;
  }
}
