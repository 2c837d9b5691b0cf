package vanishingpoint.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends all diagnostics to a log file. The screen belongs to the game: java.util.logging's
 * default console handler is removed, and stray writes to System.err while the UI is up are
 * redirected to the log too.
 */
public final class Logs {

  private Logs() {}

  /** Returns false (and logs nowhere) when the log folder cannot be created. */
  public static boolean toFile(Path pattern) {
    LogManager.getLogManager().reset();
    System.setProperty("java.util.logging.SimpleFormatter.format",
        "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
    try {
      Files.createDirectories(pattern.getParent());
      FileHandler h = new FileHandler(pattern.toString(), 2_000_000, 1, true);
      h.setFormatter(new SimpleFormatter());
      h.setEncoding("UTF-8");
      Logger root = Logger.getLogger("");
      root.addHandler(h);
      root.setLevel(Level.INFO);
      return true;
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /** Replaces System.err with a stream into the log; returns the original to restore later. */
  public static PrintStream captureStderr() {
    PrintStream original = System.err;
    Logger log = Logger.getLogger("stderr");
    System.setErr(new PrintStream(new OutputStream() {
      private final StringBuilder line = new StringBuilder();

      @Override
      public synchronized void write(int b) {
        if (b == '\n') {
          log.warning(line.toString());
          line.setLength(0);
        } else {
          line.append((char) b);
        }
      }
    }, true, StandardCharsets.UTF_8));
    return original;
  }
}
