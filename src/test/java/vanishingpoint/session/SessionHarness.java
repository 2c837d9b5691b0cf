package vanishingpoint.session;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import vanishingpoint.core.Input;
import vanishingpoint.lesson.Content;
import vanishingpoint.save.SaveStore;
import vanishingpoint.ui.Style;

/** A game session on a virtual terminal, driven from the test thread. */
final class SessionHarness implements AutoCloseable {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

  final DefaultVirtualTerminal terminal;
  final GameSession session;
  final SaveStore store;

  SessionHarness(Path saves, String profile, int cols, int rows) throws IOException {
    this(saves, profile, cols, rows, Content.empty("lessons"));
  }

  SessionHarness(Path saves, String profile, int cols, int rows, Content content) throws IOException {
    terminal = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
    TerminalScreen screen = new TerminalScreen(terminal);
    screen.startScreen();
    store = new SaveStore(saves, CLOCK);
    session = new GameSession(screen, new Style(Style.Colors.ANSI256, true), store, profile,
        content, CLOCK);
    session.render();
  }

  boolean press(Input in) throws IOException {
    return session.handle(in);
  }

  String text() {
    return terminal.toString();
  }

  @Override
  public void close() {
    session.close();
  }
}
