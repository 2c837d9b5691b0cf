package vanishingpoint.app;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import vanishingpoint.core.Input;
import vanishingpoint.ui.KeyMap;
import vanishingpoint.ui.Style;

/**
 * Runs a game session on the process's own terminal. Built directly on {@link UnixTerminal},
 * never through Lanterna's factory, so no Swing window can ever open. The loop blocks on a queue
 * fed by the key reader and the resize signal: an idle game uses no CPU.
 */
final class LocalTerminal {

  private static final Logger LOG = Logger.getLogger(LocalTerminal.class.getName());

  /** What arrives in the queue: a key, or empty for "redraw" (a resize, a training frame). */
  private final BlockingQueue<Optional<KeyStroke>> events = new LinkedBlockingQueue<>();

  private final TerminalScreen screen;
  private volatile boolean stopped;

  LocalTerminal(Style style) throws IOException {
    Charset cs = style.unicode() ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII;
    // TRAP: Ctrl-C arrives as a key, so quitting goes through the same path that saves.
    Terminal terminal = new UnixTerminal(System.in, System.out, cs, CtrlCBehaviour.TRAP);
    this.screen = new TerminalScreen(terminal);
    terminal.addResizeListener((t, size) -> events.offer(Optional.empty()));
  }

  TerminalScreen screen() {
    return screen;
  }

  void start() throws IOException {
    screen.startScreen();
    Thread reader = new Thread(this::readKeys, "key-reader");
    reader.setDaemon(true);
    reader.start();
  }

  private void readKeys() {
    try {
      while (!stopped) {
        KeyStroke k = screen.readInput();
        if (k != null) {
          events.offer(Optional.of(k));
          if (k.getKeyType() == com.googlecode.lanterna.input.KeyType.EOF) {
            return;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      if (!stopped) {
        LOG.log(Level.WARNING, "reading keys failed; treating it as the end of input", e);
        events.offer(Optional.of(new KeyStroke(com.googlecode.lanterna.input.KeyType.EOF)));
      }
    }
  }

  /** Drives the session until the player quits. */
  void run(GameSession session) throws IOException, InterruptedException {
    session.onWake(() -> events.offer(Optional.empty()));
    session.render();
    while (true) {
      Optional<KeyStroke> ev = events.take();
      if (ev.isEmpty()) {
        // several wake-ups may be queued (resizes, training frames): one redraw serves them all
        events.removeIf(Optional::isEmpty);
        session.tick();
        continue;
      }
      Optional<Input> in = KeyMap.translate(ev.get());
      if (in.isPresent() && !session.handle(in.get())) {
        return;
      }
    }
  }

  /** Leaves the alternate screen and restores the terminal's modes. Idempotent. */
  synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
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
