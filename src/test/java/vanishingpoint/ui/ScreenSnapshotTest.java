package vanishingpoint.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Place;
import vanishingpoint.core.Screen;

/** Every screen at 80x24, compared with its golden file. */
class ScreenSnapshotTest {

  static final Style UNICODE = new Style(Style.Colors.ANSI256, true);
  static final Style ASCII = new Style(Style.Colors.ANSI16, false);

  static String render(GameState s, Style style, int cols, int rows) throws IOException {
    return drawn(c -> Renderer.draw(c, s), style, cols, rows);
  }

  static String drawn(java.util.function.Consumer<Canvas> draw, Style style, int cols, int rows) throws IOException {
    DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
    TerminalScreen screen = new TerminalScreen(vt);
    screen.startScreen();
    draw.accept(new Canvas(screen.newTextGraphics(), style));
    screen.refresh();
    return vt.toString();
  }

  @ParameterizedTest
  @EnumSource(value = Screen.class, names = {"LESSON", "CHALLENGE", "QUIZ"}, mode = EnumSource.Mode.EXCLUDE)
  void everyScreenAt80x24(Screen screen) throws IOException {
    GameState s = screen == Screen.HOME ? Fixtures.home() : Fixtures.on(screen);
    Golden.assertMatches("screen-" + screen.id(), render(s, UNICODE, 80, 24));
  }

  @ParameterizedTest
  @EnumSource(value = Screen.class, names = {"LESSON", "CHALLENGE", "QUIZ"}, mode = EnumSource.Mode.EXCLUDE)
  void everyScreenInAscii(Screen screen) throws IOException {
    GameState s = screen == Screen.HOME ? Fixtures.home() : Fixtures.on(screen);
    String out = render(s, ASCII, 80, 24);
    Golden.assertMatches("ascii-" + screen.id(), out);
    org.assertj.core.api.Assertions.assertThat(out.chars().allMatch(c -> c < 128))
        .as("ASCII screen %s has only ASCII characters", screen).isTrue();
  }

  @Test
  void homeWithSomewhereToContinue() throws IOException {
    GameState s = GameState.start(Fixtures.alice(), Fixtures.catalog(),
        List.of(new Place(Screen.HOME, 4), new Place(Screen.PROGRESS, 0)), List.of());
    Golden.assertMatches("home-continue", render(s, UNICODE, 80, 24));
  }

  /** The first frame of a cold start is the menu itself, the counts (drawn next) left out. */
  @Test
  void menuBeforeTheContentIsRead() throws IOException {
    GameState home = Fixtures.home();
    for (Style style : new Style[] {UNICODE, ASCII}) {
      String first = drawn(c -> Renderer.splash(c, home.profile().name()), style, 80, 24);
      Golden.assertMatches(style == UNICODE ? "splash" : "ascii-splash", first);
      String[] early = first.split("\n", -1);
      String[] full = render(home, style, 80, 24).split("\n", -1);
      org.assertj.core.api.Assertions.assertThat(early).hasSameSizeAs(full);
      for (int row = 0; row < full.length; row++) {
        org.assertj.core.api.Assertions.assertThat(full[row]).as("row %d", row).startsWith(early[row].stripTrailing());
      }
      org.assertj.core.api.Assertions.assertThat(first).isNotEqualTo(render(home, style, 80, 24));
    }
  }

  @Test
  void keyHelpOverlay() throws IOException {
    GameState s = vanishingpoint.core.Update.apply(Fixtures.home(), vanishingpoint.core.Input.ch('?'));
    Golden.assertMatches("overlay-keys", render(s, UNICODE, 80, 24));
  }

  @Test
  void noticeOverlay() throws IOException {
    GameState s = GameState.start(Fixtures.alice(), Fixtures.catalog(), List.of(), List.of(
        "Your save saves/alice.json could not be read (line 1: not JSON). It was kept as"
            + " saves/alice.json.corrupt-20261129T012233Z. Starting afresh."));
    Golden.assertMatches("overlay-notice", render(s, UNICODE, 80, 24));
  }

  @Test
  void largerTerminal() throws IOException {
    Golden.assertMatches("home-120x40", render(Fixtures.home(), UNICODE, 120, 40));
  }

  @Test
  void tooSmall() throws IOException {
    Golden.assertMatches("too-small-60x20", render(Fixtures.home(), UNICODE, 60, 20));
  }
}
