package vanishingpoint.ui;

import vanishingpoint.core.GameState;
import vanishingpoint.core.Screen;

/** Draws a whole frame: the current screen, then any overlay, or the "too small" message. */
public final class Renderer {

  private Renderer() {}

  /** Whether a terminal of this size shows the game; a smaller one shows only "please enlarge". */
  public static boolean fits(int cols, int rows) {
    return cols >= Frame.MIN_COLS && rows >= Frame.MIN_ROWS;
  }

  /** Draws the frame; returns how far the current page can scroll at this size (0 if not at all). */
  public static int draw(Canvas c, GameState s) {
    c.clear(0, 0, c.width(), c.height());
    if (!fits(c.width(), c.height())) {
      tooSmall(c);
      return 0;
    }
    int maxScroll = 0;
    if (s.screen() == Screen.HOME) {
      HomeView.draw(c, s);
    } else if (s.screen() == Screen.LESSONS) {
      LessonsView.draw(c, s);
    } else if (s.screen() == Screen.QUIZZES) {
      QuizzesView.draw(c, s);
    } else if (s.screen() == Screen.QUIZ) {
      QuizScreen.draw(c, s);
    } else if (s.screen() == Screen.CHALLENGES) {
      ChallengesView.draw(c, s);
    } else if (s.screen() == Screen.CHALLENGE) {
      s.content().challenge(s.top().item()).ifPresent(ch -> ChallengeScreen.draw(c, s, ch));
    } else if (s.screen() == Screen.LESSON) {
      var lesson = s.content().lesson(s.top().item());
      if (lesson.isPresent()) {
        maxScroll = LessonView.draw(c, s, lesson.get());
      }
    } else {
      SectionView.draw(c, s);
    }
    if (!s.notices().isEmpty()) {
      Overlays.notice(c, s.notices().get(0), s.notices().size());
    } else if (s.helpOpen()) {
      Overlays.keyHelp(c, s);
    }
    return maxScroll;
  }

  /** The main menu of {@code profile}'s game, before the content has been read (see {@link HomeView#splash}). */
  public static void splash(Canvas c, String profile) {
    c.clear(0, 0, c.width(), c.height());
    if (fits(c.width(), c.height())) {
      HomeView.splash(c, profile);
    } else {
      tooSmall(c);
    }
  }

  /** Centred, wrapped to whatever width there is; at 1x1 only what fits is drawn. */
  static void tooSmall(Canvas c) {
    String msg = "Please enlarge your terminal to " + Frame.MIN_COLS + "x" + Frame.MIN_ROWS
        + " (now " + c.width() + "x" + c.height() + "). q quits.";
    var lines = Wrap.lines(msg, c.width());
    int top = Math.max(0, (c.height() - lines.size()) / 2);
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      c.text(Math.max(0, (c.width() - l.length()) / 2), top + i, l, Palette.WARN);
    }
  }
}
