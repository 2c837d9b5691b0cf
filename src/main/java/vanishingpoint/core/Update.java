package vanishingpoint.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The pure state transition: a state and a key in, a new state out. No I/O, no clock. */
public final class Update {

  private Update() {}

  public static GameState apply(GameState s, Input in) {
    if (s.quit()) {
      return s;
    }
    if (in.kind() == Input.Kind.INTERRUPT) {
      return s.quitting();
    }
    if (s.notices().isEmpty() && !s.helpOpen() && QuizFlow.typing(s)) {
      // A text field has the keys: 'q' and '?' are letters; Esc still leaves.
      return QuizFlow.key(s, in);
    }
    if (in.kind() == Input.Kind.BACKSPACE) {
      in = Input.of(Input.Kind.BACK);
    }
    if (in.isChar('q') || in.isChar('Q')) {
      return s.quitting();
    }
    if (!s.notices().isEmpty()) {
      // Any key acknowledges the oldest notice; the player must have seen each one.
      return s.withNotices(s.notices().subList(1, s.notices().size()));
    }
    if (s.helpOpen()) {
      boolean closes = in.isChar('?') || in.kind() == Input.Kind.BACK || in.kind() == Input.Kind.ENTER;
      return closes ? s.withHelp(false) : s;
    }
    if (in.isChar('?')) {
      return s.withHelp(true);
    }
    if (s.screen() == Screen.HOME) {
      return home(s, in);
    }
    return section(s, in);
  }

  private static GameState home(GameState s, Input in) {
    int n = MenuItem.ALL.size();
    GameState moved = navigate(s, in, n);
    if (moved != null) {
      return moved;
    }
    int cur = Math.min(s.top().cursor(), n - 1);
    if (in.kind() == Input.Kind.PAGE_UP || in.kind() == Input.Kind.PAGE_DOWN) {
      return moveTo(s, in.kind() == Input.Kind.PAGE_UP ? 0 : n - 1);
    }
    if (opens(in)) {
      return select(s, MenuItem.ALL.get(cur));
    }
    if (in.kind() == Input.Kind.CHAR && in.ch() >= '1' && in.ch() < '1' + n) {
      return select(moveTo(s, in.ch() - '1'), MenuItem.ALL.get(in.ch() - '1'));
    }
    return s;
  }


  private static GameState section(GameState s, Input in) {
    if (s.screen() == Screen.LESSON) {
      return LessonFlow.read(s, in);
    }
    if (s.screen() == Screen.CHALLENGE) {
      return ChallengeFlow.key(s, in);
    }
    if (s.screen() == Screen.QUIZ) {
      return QuizFlow.key(s, in);
    }
    if (in.kind() == Input.Kind.BACK || in.kind() == Input.Kind.LEFT || in.isChar('h')) {
      return back(s);
    }
    if (s.screen() == Screen.LESSONS) {
      return LessonFlow.list(s, in);
    }
    if (s.screen() == Screen.CHALLENGES) {
      return ChallengeFlow.list(s, in);
    }
    if (s.screen() == Screen.QUIZZES) {
      return QuizFlow.menu(s, in);
    }
    return s;
  }

  /** A training run's latest numbers, copied from the engine by the session. */
  public static GameState trainingTick(GameState s, int run, Training t) {
    return ChallengeFlow.tick(s, run, t);
  }

  /** The gradient probe's result, run outside by the session. */
  public static GameState probeDone(GameState s, Reader.ProbeView ran, double[] norms) {
    return LessonFlow.probeDone(s, ran, norms, null);
  }

  /** The spectrum probe's result: each layer's largest singular value, and all of them. */
  public static GameState probeDone(GameState s, Reader.ProbeView ran, vanishingpoint.train.Spectrum.Gains gains) {
    return LessonFlow.probeDone(s, ran, gains.largest(), gains);
  }

  static GameState back(GameState s) {
    GameState up = s.withStack(s.stack().subList(0, s.stack().size() - 1)).withChallenge(ChallengeView.NONE)
        .withQuiz(QuizView.NONE);
    // Back from a checkpoint to its lesson: the lesson's end page shows the new state.
    return up.screen() == Screen.LESSON ? up : up.withReader(Reader.START);
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
  static GameState menu(GameState s, Input in, int n, java.util.function.IntFunction<GameState> open) {
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
  static GameState numbered(GameState s, Input in, int n, java.util.function.IntUnaryOperator number,
      java.util.function.BiFunction<GameState, Integer, GameState> open) {
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

  static GameState push(GameState s, Place p) {
    List<Place> st = new ArrayList<>(s.stack());
    st.add(p);
    return visitAll(s.withStack(st));
  }

  private static GameState select(GameState s, MenuItem item) {
    switch (item) {
      case CONTINUE:
        return s.resume().isEmpty() ? open(s, Screen.LESSONS) : resumed(s);
      case LESSONS: return open(s, Screen.LESSONS);
      case QUIZZES: return open(s, Screen.QUIZZES);
      case CHALLENGES: return open(s, Screen.CHALLENGES);
      case PROGRESS: return open(s, Screen.PROGRESS);
      case HELP: return open(s, Screen.HELP);
      case QUIT: return s.quitting();
      default: throw new IllegalStateException("unhandled menu item " + item);
    }
  }

  /**
   * Continue: the places left, and what their screen on top showed (the views kept with them):
   * the lesson page's widgets, the challenge's settings, phase and run, the quiz's questions,
   * scores and answer being given. A screen whose views were not kept starts as it would.
   */
  private static GameState resumed(GameState s) {
    Views kept = s.resumeViews();
    GameState r = LessonFlow.entered(visitAll(s.withStack(s.resume())));
    if (r.screen() == Screen.LESSON && kept.reader() != null) {
      r = r.withReader(kept.reader());
    }
    return QuizFlow.resumed(ChallengeFlow.resumed(r, kept.challenge()), kept.quiz());
  }

  private static GameState open(GameState s, Screen screen) {
    return push(s, new Place(screen, 0));
  }

  private static GameState visitAll(GameState s) {
    Set<String> visited = new LinkedHashSet<>(s.profile().visited());
    s.stack().forEach(p -> visited.add(p.screen().id()));
    if (visited.equals(s.profile().visited())) {
      return s;
    }
    return s.withProfile(s.profile().withVisited(visited));
  }
}
