package vanishingpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The colours drawn follow the terminal's depth: indexed, the 16 ANSI ones, or none at all. */
class ColourDepthTest {

  static List<TextColor> coloursOnScreen(Style style) throws Exception {
    DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
    TerminalScreen screen = new TerminalScreen(vt);
    screen.startScreen();
    Renderer.draw(new Canvas(screen.newTextGraphics(), style), Fixtures.home());
    screen.refresh();
    List<TextColor> out = new ArrayList<>();
    for (int r = 0; r < 24; r++) {
      for (int c = 0; c < 80; c++) {
        TextCharacter ch = vt.getCharacter(c, r);
        out.add(ch.getForegroundColor());
        out.add(ch.getBackgroundColor());
      }
    }
    return out;
  }

  @Test
  void twoHundredFiftySixColours() throws Exception {
    assertThat(coloursOnScreen(new Style(Style.Colors.ANSI256, true))).anyMatch(c -> c instanceof TextColor.Indexed);
  }

  @Test
  void sixteenColoursOnly() throws Exception {
    List<TextColor> colours = coloursOnScreen(new Style(Style.Colors.ANSI16, true));
    assertThat(colours).allMatch(c -> c instanceof TextColor.ANSI);
    assertThat(colours).anyMatch(c -> c != TextColor.ANSI.DEFAULT);
  }

  @Test
  void noColourAtAll() throws Exception {
    assertThat(coloursOnScreen(new Style(Style.Colors.NONE, true))).allMatch(c -> c == TextColor.ANSI.DEFAULT);
  }
}
