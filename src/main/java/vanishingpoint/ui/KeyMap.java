package vanishingpoint.ui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.Optional;
import vanishingpoint.core.Input;

/** Translates Lanterna key strokes into the game's {@link Input}. */
public final class KeyMap {

  private KeyMap() {}

  public static Optional<Input> translate(KeyStroke k) {
    if (k == null) {
      return Optional.empty();
    }
    switch (k.getKeyType()) {
      case ArrowUp: return Optional.of(Input.of(Input.Kind.UP));
      case ArrowDown: return Optional.of(Input.of(Input.Kind.DOWN));
      case ArrowLeft: return Optional.of(Input.of(Input.Kind.LEFT));
      case ArrowRight: return Optional.of(Input.of(Input.Kind.RIGHT));
      case PageUp: return Optional.of(Input.of(Input.Kind.PAGE_UP));
      case PageDown: return Optional.of(Input.of(Input.Kind.PAGE_DOWN));
      case Home: return Optional.of(Input.of(Input.Kind.HOME));
      case End: return Optional.of(Input.of(Input.Kind.END));
      case Enter: return Optional.of(Input.of(Input.Kind.ENTER));
      case Escape: return Optional.of(Input.of(Input.Kind.BACK));
      case Backspace: return Optional.of(Input.of(Input.Kind.BACKSPACE));
      case Tab: return Optional.of(Input.of(Input.Kind.TAB));
      case EOF: return Optional.of(Input.of(Input.Kind.INTERRUPT));
      case Character:
        char c = k.getCharacter();
        if (k.isCtrlDown() && (c == 'c' || c == 'C' || c == 'd' || c == 'D')) {
          return Optional.of(Input.of(Input.Kind.INTERRUPT));
        }
        if (k.isCtrlDown() && (c == 'z' || c == 'Z')) {
          return Optional.of(Input.ch(vanishingpoint.core.QuizFlow.UNDO_CTRL));
        }
        if (k.isCtrlDown() || k.isAltDown()) {
          return Optional.empty();
        }
        return Optional.of(Input.ch(c));
      default: return Optional.empty();
    }
  }
}
