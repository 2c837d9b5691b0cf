package vanishingpoint.ssh;

import vanishingpoint.ui.SharedCellScreen;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import vanishingpoint.core.Input;
import vanishingpoint.lesson.Content;
import vanishingpoint.save.SaveStore;
import vanishingpoint.session.GameSession;
import vanishingpoint.ui.Style;

/**
 * Draws a few hundred frames of what a class sees (the menus, the challenges, a training run's
 * live view) on a screen whose output goes nowhere, before the server listens, so that the JIT
 * has compiled the drawing path before the first player's key. Profiled at 100 players logging
 * in at once, the first half minute of a fresh server ran half of its samples in Lanterna's
 * screen diff still interpreted: the compiler threads, at the same priority as a hundred busy
 * game threads, had not got to it. Best effort: a failure only costs the warm start.
 */
final class FrameWarmup {

  private static final Logger LOG = Logger.getLogger(FrameWarmup.class.getName());
  static final int FRAMES = 600;
  static final long LIMIT_NANOS = 3_000_000_000L;

  private static final Input[] ROUND = round();

  private FrameWarmup() {}

  /** One round of keys (null: a training frame), as the load driver's students press them. */
  private static Input[] round() {
    java.util.List<Input> keys = new java.util.ArrayList<>();
    keys.add(Input.ch('2'));
    keys.add(Input.of(Input.Kind.ENTER));
    for (int i = 0; i < 3; i++) {
      keys.add(Input.of(Input.Kind.RIGHT));
    }
    keys.add(Input.of(Input.Kind.BACK));
    keys.add(Input.of(Input.Kind.BACK));
    keys.add(Input.ch('4'));
    keys.add(Input.of(Input.Kind.DOWN));
    keys.add(Input.of(Input.Kind.END));
    keys.add(Input.of(Input.Kind.ENTER));
    for (int i = 0; i < 7; i++) {
      keys.add(Input.ch('j'));
    }
    keys.add(Input.of(Input.Kind.RIGHT));
    keys.add(Input.of(Input.Kind.LEFT));
    keys.add(Input.of(Input.Kind.ENTER));
    keys.add(Input.ch('f'));
    keys.add(Input.ch('f'));
    for (int i = 0; i < 40; i++) {
      keys.add(i % 2 == 0 ? null : Input.ch(i == 39 ? 'r' : 'v'));
    }
    keys.add(Input.of(Input.Kind.BACK));
    keys.add(Input.of(Input.Kind.BACK));
    return keys.toArray(new Input[0]);
  }

  /** A terminal of a class's usual size whose output is dropped. */
  private static final class Nowhere extends ANSITerminal {
    Nowhere() {
      super(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
    }

    @Override
    protected TerminalSize findTerminalSize() {
      return new TerminalSize(100, 30);
    }
  }

  /** Draws up to {@code frames} frames or until {@code limitNanos} have passed; returns the frames drawn. */
  static int run(Content content, int frames, long limitNanos) {
    long start = System.nanoTime();
    int drawn = 0;
    Path dir = null;
    try {
      dir = Files.createTempDirectory("vp-frame-warmup");
      SharedCellScreen screen = new SharedCellScreen(new Nowhere());
      screen.startScreen();
      Clock clock = Clock.systemUTC();
      try (GameSession s = new GameSession(screen, new Style(Style.Colors.ANSI256, true), new SaveStore(dir, clock),
          "warmup", content, clock)) {
        // a class's first minutes, over and over: the lessons and a few pages, the challenges,
        // the sandbox's settings and knobs, its run at the fastest speed with training frames and
        // the live view's panels in turn, back to the menu (which stops the run)
        boolean going = true;
        for (int i = 0; going && drawn < frames && System.nanoTime() - start < limitNanos; i++) {
          Input in = ROUND[i % ROUND.length];
          if (in == null) {
            s.tick(); // a training frame
          } else {
            going = s.handle(in);
          }
          drawn++;
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "the frame warm-up stopped early", e);
    } finally {
      delete(dir);
    }
    int n = drawn;
    LOG.info(() -> String.format("drew %d frames to warm up in %d ms", n, (System.nanoTime() - start) / 1_000_000));
    return drawn;
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.fine(() -> "could not remove " + dir + ": " + e);
    }
  }
}
