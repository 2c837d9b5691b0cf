package vanishingpoint.ui;

import java.util.ArrayList;
import java.util.List;
import vanishingpoint.core.Screen;

/** The keys of each screen, for the footer and the '?' overlay. */
public final class KeyHelp {

  /** A key (as the player types it) and what it does. */
  public record Entry(String key, String action) {}

  private KeyHelp() {}

  public static List<Entry> forScreen(Screen screen, Glyphs gl) {
    String updown = gl == Glyphs.UNICODE ? "↑ ↓ / j k" : "Up Down / j k";
    List<Entry> keys = new ArrayList<>();
    if (screen == Screen.HOME) {
      keys.add(new Entry(updown, "move the cursor"));
      keys.add(new Entry("Enter / Space", "open the item under the cursor"));
      keys.add(new Entry("1 - 7", "open an item by its number"));
      keys.add(new Entry("Home / End", "first / last item"));
    } else if (screen == Screen.LESSONS) {
      keys.add(new Entry(updown, "choose a lesson"));
      keys.add(new Entry("Enter", "open it where you left it"));
      keys.add(new Entry("Esc / Backspace", "back to the main menu"));
    } else if (screen == Screen.LESSON) {
      String lr = gl == Glyphs.UNICODE ? "← → / h l" : "Left Right / h l";
      keys.add(new Entry(lr + " / Space", "previous / next page (also PgUp PgDn)"));
      keys.add(new Entry(updown, "scroll a long page; choose an answer"));
      keys.add(new Entry("t", "table of contents"));
      keys.add(new Entry("f F / + -", "multiply widget: factor / depth"));
      keys.add(new Entry("a / i / r", "probe: activation / init / run it"));
      keys.add(new Entry("Enter", "next page; check an answer"));
      keys.add(new Entry("Esc / Backspace", "back to the lessons"));
    } else if (screen == Screen.QUIZZES) {
      keys.add(new Entry(updown, "choose a quiz"));
      keys.add(new Entry("Enter", "start it"));
      keys.add(new Entry("+ / -", "new cards a day: 5 more / 5 fewer"));
      keys.add(new Entry("Esc / Backspace", "back to the main menu"));
    } else if (screen == Screen.QUIZ) {
      keys.add(new Entry(updown, "choose an option / a line"));
      keys.add(new Entry("Space", "tick an option; pick up or put down a step"));
      keys.add(new Entry(gl == Glyphs.UNICODE ? "← →" : "Left Right", "match: choose the partner"));
      keys.add(new Entry("Enter", "check the answer; then the next question"));
      keys.add(new Entry("Tab", "typed answers: a hint (counts as Hard)"));
      keys.add(new Entry("1 2 3 4", "after answering: rate Again / Hard / Good / Easy"));
      keys.add(new Entry("u / Ctrl-Z", "undo the last rating, once (Ctrl-Z in a text field)"));
      keys.add(new Entry("Esc", "leave the quiz (answers so far are saved)"));
    } else if (screen == Screen.CHALLENGES) {
      keys.add(new Entry(updown, "choose a challenge"));
      keys.add(new Entry("Enter", "open it (locked ones need the one before)"));
      keys.add(new Entry("Esc / Backspace", "back to the main menu"));
    } else if (screen == Screen.CHALLENGE) {
      keys.add(new Entry(updown, "settings: choose a knob"));
      keys.add(new Entry(gl == Glyphs.UNICODE ? "← →" : "Left Right", "settings: change its value"));
      keys.add(new Entry("Enter", "train with these settings"));
      keys.add(new Entry("h", "a hint: the first costs the third star (h twice)"));
      keys.add(new Entry("Space / s", "training: pause or resume / one step"));
      keys.add(new Entry("+ / -", "training: faster / slower"));
      keys.add(new Entry("v", "next chart per layer; after a run: hide the verdict"));
      keys.add(new Entry("Space", "after a run: show the verdict again"));
      keys.add(new Entry("r", "run again from the start"));
      keys.add(new Entry("Esc / Backspace", "back to the settings, then the challenges"));
    } else {
      keys.add(new Entry("Esc / Backspace", "back to the previous screen"));
    }
    keys.add(new Entry("?", "show or hide this list of keys"));
    keys.add(new Entry("q / Ctrl-C", "quit (your progress is already saved)"));
    return keys;
  }

  /** The footer for this state: on a quiz, Tab is offered only where it works (a text field). */
  public static String footer(vanishingpoint.core.GameState s, Glyphs gl) {
    String f = footer(s.screen(), gl);
    return s.screen() == Screen.QUIZ && !vanishingpoint.core.QuizFlow.typing(s) ? f.replace("   Tab hint", "") : f;
  }

  /** The one-line footer: the main keys of the screen. */
  public static String footer(Screen screen, Glyphs gl) {
    String updown = gl == Glyphs.UNICODE ? "↑↓" : "Up/Dn";
    if (screen == Screen.HOME) {
      return updown + " move   Enter select   ? keys   q quit";
    }
    if (screen == Screen.LESSON) {
      return (gl == Glyphs.UNICODE ? "←→" : "<- ->") + " page   t contents   Esc back   ? keys   q quit";
    }
    if (screen == Screen.CHALLENGE) {
      return "Enter train  Space pause  s step  r again  +/- speed  v chart  h hint  Esc back";
    }
    if (screen == Screen.QUIZ) {
      return "Enter check/next   Space tick   1-4 rate   Tab hint   Esc leave   ? keys";
    }
    if (screen == Screen.LESSONS || screen == Screen.CHALLENGES || screen == Screen.QUIZZES) {
      return updown + " move   Enter open   Esc back   ? keys   q quit";
    }
    return "Esc back   ? keys   q quit";
  }
}
