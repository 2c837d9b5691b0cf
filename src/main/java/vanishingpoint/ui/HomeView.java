package vanishingpoint.ui;

import vanishingpoint.core.GameState;
import vanishingpoint.core.MenuItem;

/** The title screen and main menu. */
final class HomeView {

  private HomeView() {}

  static void draw(Canvas c, GameState s) {
    Frame.draw(c, s, TITLE);
    menu(c, Math.min(s.top().cursor(), MenuItem.ALL.size() - 1), item -> status(s, item), continueLabel(c, s));
  }

  /**
   * The menu before the content has been read (the first frame of a cold start): the same
   * screen without the counts, which the next frame adds, and Continue without its place.
   */
  static void splash(Canvas c, String profile) {
    Frame.draw(c, profile, TITLE, KeyHelp.footer(vanishingpoint.core.Screen.HOME, c.glyphs()));
    menu(c, 0, item -> "", MenuItem.CONTINUE.label());
  }

  private static final String TITLE = "VANISHING POINT";

  private static void menu(Canvas c, int cursor, java.util.function.Function<MenuItem, String> status,
      String continueLabel) {
    int row = Frame.TOP + 1;
    row = banner(c, row);
    c.text(4, row++, "Why deep networks stop learning, and how to make them learn again.", Palette.ACCENT);
    row++;
    for (int i = 0; i < MenuItem.ALL.size(); i++) {
      MenuItem item = MenuItem.ALL.get(i);
      boolean sel = i == cursor;
      String label = (i + 1) + "  " + (item == MenuItem.CONTINUE ? continueLabel : item.label());
      c.text(4, row, sel ? String.valueOf(c.glyphs().pointer()) : " ", Palette.ACCENT);
      c.text(6, row, " " + pad(label, 24) + " ", sel ? Palette.SELECTED : Palette.NORMAL);
      c.text(33, row, status.apply(item), Palette.DIM);
      row++;
    }
    row++;
    c.text(4, row, describe(MenuItem.ALL.get(cursor)), Palette.NORMAL);
  }

  /** A row of shrinking bars: a gradient fading layer by layer, the game's subject in one picture. */
  private static int banner(Canvas c, int row) {
    Glyphs gl = c.glyphs();
    int col = 4;
    int[] widths = {16, 11, 7, 4, 2, 1};
    StringBuilder sb = new StringBuilder();
    for (int w : widths) {
      sb.append(String.valueOf(gl.fullBlock()).repeat(w)).append(' ');
    }
    c.text(col, row, sb.toString(), Palette.TITLE);
    c.text(col + sb.length(), row, "gradient, layer by layer", Palette.DIM);
    return row + 2;
  }

  private static String status(GameState s, MenuItem item) {
    var content = s.content();
    switch (item) {
      case CONTINUE: return s.resume().isEmpty() ? "new here: starts with the lessons" : "";
      case LESSONS:
        long done = Mastery.lessonsDone(s);
        return count(content.lessons().size(), "lesson") + (done > 0 ? ", " + done + " done" : "");
      case QUIZZES:
        int due = vanishingpoint.core.QuizPicker.due(s).size();
        return count(content.questions().size(), "question") + (s.profile().cards().isEmpty() ? ""
            : ", " + due + " due today");
      case CHALLENGES: return count(content.challenges().size(), "challenge");
      default: return "";
    }
  }

  private static String describe(MenuItem item) {
    switch (item) {
      case CONTINUE: return "Pick up exactly where you left off.";
      case LESSONS: return "Learn how gradients flow back, and why they vanish or explode.";
      case QUIZZES: return "Memorise the definitions; review what is due today.";
      case CHALLENGES: return "Make a real deep network converge, live in the terminal.";
      case PROGRESS: return "What you have done so far, and what is saved.";
      case HELP: return "What this game is, and its keys.";
      case QUIT: return "Leave. Everything is saved as you go.";
      default: return "";
    }
  }

  /** "Continue: Exam, question 14 of 20": the place, cut to the width of the screen. */
  private static String continueLabel(Canvas c, GameState s) {
    String label = LessonView.text(vanishingpoint.core.ContinueLabel.of(s), c);
    int room = c.width() - 14;
    return label.length() <= room ? label : label.substring(0, room - 3) + "...";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static String pad(String s, int w) {
    return s.length() >= w ? s : s + " ".repeat(w - s.length());
  }
}
