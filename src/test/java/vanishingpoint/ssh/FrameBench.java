package vanishingpoint.ssh;

import vanishingpoint.ui.SharedCellScreen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import vanishingpoint.core.Input;
import vanishingpoint.host.AppPaths;
import vanishingpoint.lesson.ContentLoader;
import vanishingpoint.save.SaveStore;
import vanishingpoint.session.GameSession;
import vanishingpoint.ui.Style;

/**
 * Bench, run on demand (not a test): what one frame of the live training view costs on the
 * server's thread (a training frame, then a key's, in turn), at 100x30 over an ANSI terminal
 * whose bytes are counted and dropped (no encryption), on the server's screen or, with
 * {@code lanterna}, on Lanterna's own.
 *
 * <pre>java -cp target/test-classes:target/vanishing-point.jar vanishingpoint.ssh.FrameBench [frames] [lanterna]</pre>
 */
public final class FrameBench {

  static final class Counting extends OutputStream {
    long bytes;
    long writes;
    @Override public void write(int b) { bytes++; writes++; }
    @Override public void write(byte[] b, int off, int len) { bytes += len; writes++; }
  }

  static final class Term extends ANSITerminal {
    Term(OutputStream out) {
      super(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8);
    }
    @Override protected com.googlecode.lanterna.TerminalSize findTerminalSize() {
      return new com.googlecode.lanterna.TerminalSize(100, 30);
    }
  }

  public static void main(String[] args) throws Exception {
    int frames = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Counting out = new Counting();
    boolean lanterna = args.length > 1 && args[1].equals("lanterna");
    if (args.length > 2 && args[2].equals("simd")) {
      vanishingpoint.train.Simd.warmUp(); // as the server: the training kernels compiled beside
    }
    TerminalScreen screen = lanterna ? new TerminalScreen(new Term(out)) : new SharedCellScreen(new Term(out));
    screen.startScreen();
    Path saves = Files.createTempDirectory("vp-bench");
    Clock clock = Clock.systemUTC();
    GameSession s = new GameSession(screen, new Style(Style.Colors.ANSI256, true), new SaveStore(saves, clock), "bench",
        ContentLoader.forPlay(AppPaths.lessons(Path.of("").toAbsolutePath())), clock);
    s.render();
    for (String k : new String[] {"4", "END", "ENTER", "j", "j", "j", "j", "j", "j", "j", "RIGHT", "RIGHT", "RIGHT",
        "RIGHT", "ENTER", "f", "f"}) {
      s.handle(k.length() == 1 ? Input.ch(k.charAt(0)) : Input.of(Input.Kind.valueOf(k)));
    }
    Thread.sleep(3000); // some steps to draw
    System.out.println(screen.getTerminalSize() + " " + s.training() + " " + s.state().screen());
    for (int round = 0; round < 3; round++) {
      long b0 = out.bytes;
      long w0 = out.writes;
      long t0 = System.nanoTime();
      long keyNanos = 0;
      for (int i = 0; i < frames; i++) {
        if (i % 2 == 0) {
          s.tick();
        } else {
          long k0 = System.nanoTime();
          s.handle(Input.ch('v'));
          keyNanos += System.nanoTime() - k0;
        }
      }
      long all = System.nanoTime() - t0;
      System.out.printf("tick %.3f ms, key %.3f ms%n", (all - keyNanos) / 1e6 / (frames / 2), keyNanos / 1e6 / (frames / 2));
      System.out.printf("%s: frame %.3f ms; %d bytes and %d writes a frame%n", lanterna ? "lanterna" : "channel",
          all / 1e6 / frames, (out.bytes - b0) / frames, (out.writes - w0) / frames);
    }
    s.close();
    System.exit(0);
  }
}
