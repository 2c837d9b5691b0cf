package vanishingpoint.core;

/** The main menu, and Continue: back to the places left, with what their screen showed. */
final class HomeFlow {

  private HomeFlow() {}

  static GameState key(GameState s, Input in) {
    int n = MenuItem.ALL.size();
    GameState moved = Navigation.navigate(s, in, n);
    if (moved != null) {
      return moved;
    }
    int cur = Math.min(s.top().cursor(), n - 1);
    if (in.kind() == Input.Kind.PAGE_UP || in.kind() == Input.Kind.PAGE_DOWN) {
      return Navigation.moveTo(s, in.kind() == Input.Kind.PAGE_UP ? 0 : n - 1);
    }
    if (Navigation.opens(in)) {
      return select(s, MenuItem.ALL.get(cur));
    }
    if (in.kind() == Input.Kind.CHAR && in.ch() >= '1' && in.ch() < '1' + n) {
      return select(Navigation.moveTo(s, in.ch() - '1'), MenuItem.ALL.get(in.ch() - '1'));
    }
    return s;
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
    ScreenStates kept = s.resumeStates();
    GameState r = LessonFlow.entered(Navigation.visitAll(s.withStack(s.resume())));
    if (r.screen() == Screen.LESSON && kept.reader() != null) {
      r = r.withReader(kept.reader());
    }
    return QuizFlow.resumed(ChallengeFlow.resumed(r, kept.challenge()), kept.quiz());
  }

  private static GameState open(GameState s, Screen screen) {
    return Navigation.push(s, new Place(screen, 0));
  }
}
