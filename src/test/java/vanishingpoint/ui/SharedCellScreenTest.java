package vanishingpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanishingpoint.core.Input;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;
import vanishingpoint.save.SaveStore;
import vanishingpoint.session.GameSession;
import vanishingpoint.ui.Style;

/** The player's screen sends exactly the bytes Lanterna's own screen would, frame after frame. */
class SharedCellScreenTest {

  private static final Content CONTENT = ContentLoader.load(
      Path.of(System.getProperty("vp.projectDir", ".")).resolve("lessons"));

  @TempDir Path saves;

  /** An ANSI terminal of a fixed size whose output is kept. */
  private static final class Captured extends ANSITerminal {
    final ByteArrayOutputStream out;

    Captured(ByteArrayOutputStream out) {
      super(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8);
      this.out = out;
    }

    @Override
    protected TerminalSize findTerminalSize() {
      return new TerminalSize(100, 30);
    }

    String take() {
      String s = out.toString(StandardCharsets.UTF_8);
      out.reset();
      return s;
    }
  }

  /** The bytes of each frame of a game driven by these keys, on this kind of screen. */
  private List<String> frames(boolean channel, Path folder, List<Input> keys) throws Exception {
    Captured terminal = new Captured(new ByteArrayOutputStream());
    TerminalScreen screen = channel ? new SharedCellScreen(terminal) : new TerminalScreen(terminal);
    screen.startScreen();
    List<String> frames = new ArrayList<>();
    java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-11-29T10:00:00Z"),
        java.time.ZoneOffset.UTC);
    try (GameSession s = new GameSession(screen, new Style(Style.Colors.ANSI256, true), new SaveStore(folder, clock),
        "player", CONTENT, clock)) {
      s.render();
      frames.add(terminal.take());
      for (Input in : keys) {
        s.handle(in);
        frames.add(terminal.take());
      }
    }
    return frames;
  }

  @Test
  void aGameSendsTheSameBytesAsOnLanternasScreen() throws Exception {
    List<Input> keys = new ArrayList<>();
    // the lessons, the first lesson's pages (text, charts, widgets), back, the challenges and a
    // challenge's settings, the progress screen
    keys.add(Input.ch('2'));
    keys.add(Input.of(Input.Kind.ENTER));
    for (int i = 0; i < 8; i++) {
      keys.add(Input.of(Input.Kind.RIGHT));
    }
    keys.add(Input.of(Input.Kind.BACK));
    keys.add(Input.of(Input.Kind.BACK));
    keys.add(Input.ch('4'));
    keys.add(Input.of(Input.Kind.END));
    keys.add(Input.of(Input.Kind.ENTER));
    keys.add(Input.of(Input.Kind.DOWN));
    keys.add(Input.of(Input.Kind.RIGHT));
    keys.add(Input.of(Input.Kind.BACK));
    keys.add(Input.of(Input.Kind.BACK));
    keys.add(Input.ch('5'));
    // the same player in two folders of the same length: the same screens to the byte
    List<String> lanterna = frames(false, saves.resolve("a"), keys);
    List<String> ours = frames(true, saves.resolve("b"), keys);
    assertThat(ours).hasSameSizeAs(lanterna);
    for (int i = 0; i < ours.size(); i++) {
      // the progress screen shows the save's folder: its last letter differs
      assertThat(ours.get(i).replace("/b/player.json", "/a/player.json")).as("frame %d", i)
          .isEqualTo(lanterna.get(i));
    }
    assertThat(String.join("", ours)).contains("\u2500"); // box lines went through the shared cells
  }

  @Test
  void wideCharactersControlCharactersAndStylesAsLanternaDrawsThem() throws Exception {
    List<String> lanterna = drawn(new TerminalScreen(new Captured(new ByteArrayOutputStream())));
    List<String> ours = drawn(new SharedCellScreen(new Captured(new ByteArrayOutputStream())));
    assertThat(ours).isEqualTo(lanterna);
  }

  private static List<String> drawn(TerminalScreen screen) throws Exception {
    Captured t = (Captured) screen.getTerminal();
    screen.startScreen();
    List<String> frames = new ArrayList<>();
    for (int frame = 0; frame < 3; frame++) {
      TextGraphics g = screen.newTextGraphics();
      g.putString(0, 0, "plain text, frame " + frame);
      g.setForegroundColor(TextColor.ANSI.RED).enableModifiers(SGR.BOLD);
      g.putString(2, 1, "\u6f22\u5b57 wide, then \u283f braille \u2500\u2500 lines");
      g.setForegroundColor(new TextColor.Indexed(100 + frame)).setBackgroundColor(new TextColor.Indexed(17));
      g.setCharacter(5, 2, '\u2588');
      g.setCharacter(6, 2, 'x');
      g.clearModifiers();
      g.putString(0, 3, "a\tb tab");
      g.putString(0, 4, "cut\nhere");
      g.fillRectangle(new com.googlecode.lanterna.TerminalPosition(0, 6),
          new TerminalSize(10 + frame, 2), '.');
      screen.refresh();
      frames.add(t.take());
    }
    return frames;
  }
}
