package vanishingpoint.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * Moving between screens and within a list, as every flow does it: the screen stack (push,
 * back) and the list keys all menus share. The flows call these; these call no flow, so the
 * dependencies go one way: {@link Update} -> flows -> Navigation.
 */
final class Navigation {

  private Navigation() {}

  /** Up one screen; the transient views of the screen left go with it. */
  static GameState back(GameState s) {
    GameState up = s.withStack(s.stack().subList(0, s.stack().size() - 1)).withChallenge(ChallengeState.NONE)
        .withQuiz(QuizState.NONE);
    // Back from a checkpoint to its lesson: the lesson's end page shows the new state.
    return up.screen() == Screen.LESSON ? up : up.withReader(Reader.START);
  }

  static GameState push(GameState s, Place p) {
    List<Place> st = new ArrayList<>(s.stack());
    st.add(p);
    return visitAll(s.withStack(st));
  }

  /** Records every screen on the stack as visited (the progress screen shows what was seen). */
  static GameState visitAll(GameState s) {
    Set<String> visited = new LinkedHashSet<>(s.profile().visited());
    s.stack().forEach(p -> visited.add(p.screen().id()));
    if (visited.equals(s.profile().visited())) {
      return s;
    }
    return s.withProfile(s.profile().withVisited(visited));
  }

  /** Moves the cursor of the current screen. */
  static GameState moveTo(GameState s, int cursor) {
    List<Place> st = new ArrayList<>(s.stack());
    st.set(st.size() - 1, s.top().withCursor(cursor));
    return s.withStack(st);
  }

  /**
   * The list keys every menu shares: Up/Down (or k/j) move the cursor over {@code n} entries,
   * wrapping; Home/End jump to the first and last. Null for any other key.
   */
  static GameState navigate(GameState s, Input in, int n) {
    int cur = Math.min(s.top().cursor(), n - 1);
    if (in.kind() == Input.Kind.UP || in.isChar('k')) {
      return moveTo(s, (cur + n - 1) % n);
    }
    if (in.kind() == Input.Kind.DOWN || in.isChar('j')) {
      return moveTo(s, (cur + 1) % n);
    }
    if (in.kind() == Input.Kind.HOME) {
      return moveTo(s, 0);
    }
    if (in.kind() == Input.Kind.END) {
      return moveTo(s, n - 1);
    }
    return null;
  }

  /**
   * A menu of {@code n} entries: the list keys move the cursor, the open keys hand the index under
   * it to {@code open}; any other key changes nothing.
   */
  static GameState menu(GameState s, Input in, int n, IntFunction<GameState> open) {
    if (n == 0) {
      return s;
    }
    GameState moved = navigate(s, in, n);
    if (moved != null) {
      return moved;
    }
    return opens(in) ? open.apply(Math.min(s.top().cursor(), n - 1)) : s;
  }

  /**
   * A numbered menu: as {@link #menu}, and a digit 1-9 moves the cursor to the entry drawn with
   * that number ({@code number} gives each entry's, or -1 for one drawn without) and opens it.
   */
  static GameState numbered(GameState s, Input in, int n, IntUnaryOperator number,
      BiFunction<GameState, Integer, GameState> open) {
    if (in.kind() == Input.Kind.CHAR && in.ch() >= '1' && in.ch() <= '9') {
      for (int i = 0; i < n; i++) {
        if (number.applyAsInt(i) == in.ch() - '0') {
          return open.apply(moveTo(s, i), i);
        }
      }
      return s;
    }
    return menu(s, in, n, cur -> open.apply(s, cur));
  }

  /** The keys that open the entry under a menu's cursor: Enter, Right, Space, l. */
  static boolean opens(Input in) {
    return in.kind() == Input.Kind.ENTER || in.kind() == Input.Kind.RIGHT || in.isChar(' ') || in.isChar('l');
  }
}
