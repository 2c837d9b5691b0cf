package vanishingpoint.app;

import vanishingpoint.session.EventLoop;
import vanishingpoint.session.GameSession;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import vanishingpoint.ui.Style;

/**
 * Runs a game session on the process's own terminal. Built directly on {@link UnixTerminal},
 * never through Lanterna's factory, so no Swing window can ever open. The loop blocks on a queue
 * fed by the key reader and the resize signal: an idle game uses no CPU.
 */
final class LocalTerminal {

  private static final Logger LOG = Logger.getLogger(LocalTerminal.class.getName());

  private final TerminalScreen screen;
  private final Style style;
  private final EventLoop loop;
  private volatile boolean stopped;
  private volatile Throwable failed;

  LocalTerminal(Style style) throws IOException {
    this.style = style;
    Charset cs = style.unicode() ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII;
    // TRAP: Ctrl-C arrives as a key, so quitting goes through the same path that saves.
    Terminal terminal = new QuickUnixTerminal(System.in, System.out, cs, CtrlCBehaviour.TRAP);
    // Lanterna's own screen: the server's (ui.SharedCellScreen, cells shared by a hundred
    // players) made the first frame 30-40 ms later here (first_frame.sh, medians of 12 starts:
    // 235-268 ms against 207-221), and one player's frames cost little either way.
    this.screen = new TerminalScreen(terminal);
    this.loop = new EventLoop(screen);
    terminal.addResizeListener((t, size) -> loop.resized());
  }

  TerminalScreen screen() {
    return screen;
  }

  void start() throws IOException {
    screen.startScreen();
    loop.startReading("key-reader");
  }

  /** Draws the main menu before the game's content is read (see {@link vanishingpoint.ui.Renderer#splash}). */
  void splash(String profile) throws IOException {
    screen.doResizeIfNecessary();
    vanishingpoint.ui.Renderer.splash(new vanishingpoint.ui.Canvas(screen.newTextGraphics(), style), profile);
    screen.setCursorPosition(null);
    screen.refresh();
  }

  /** Drives the session until the player quits; throws what {@link #fail} was given. */
  void run(GameSession session) throws IOException, InterruptedException {
    try {
      loop.run(session, null);
    } finally {
      LOG.info(() -> "this game: " + loop.stats());
    }
    if (failed instanceof Error e) {
      throw e;
    }
    if (failed != null) {
      throw new IllegalStateException("a thread of the game failed", failed);
    }
  }

  /** Ends {@link #run} with {@code e}, from any thread: the game's own code failed elsewhere. */
  void fail(Throwable e) {
    failed = e;
    loop.stop(EventLoop.End.SHUTDOWN);
  }

  /** Leaves the alternate screen and restores the terminal's modes. Idempotent. */
  synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    loop.closing();
    try {
      screen.stopScreen();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "could not stop the screen cleanly", e);
    }
    try {
      screen.getTerminal().close();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "could not restore the terminal", e);
    }
  }
}
