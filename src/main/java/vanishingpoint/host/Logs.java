package vanishingpoint.host;

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

  /** Bytes per log file before the next one is started. */
  public static final int FILE_LIMIT = 2_000_000;

  private Logs() {}

  /** One file per game ({@code %u} in the pattern tells concurrent games apart). */
  public static boolean toFile(Path pattern) {
    return toFile(pattern, 1);
  }

  /**
   * Logs to {@code files} files of {@link #FILE_LIMIT} bytes: with more than one, the pattern
   * should hold {@code %g}; the newest is generation 0 and the oldest is dropped, whereas with one
   * file java.util.logging empties it at its limit. Returns false (and logs nowhere) when the log
   * folder cannot be created.
   */
  public static boolean toFile(Path pattern, int files) {
    LogManager.getLogManager().reset();
    System.setProperty("java.util.logging.SimpleFormatter.format",
        "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
    try {
      FileHandler h = handler(pattern, FILE_LIMIT, files);
      Logger root = Logger.getLogger("");
      root.addHandler(h);
      root.setLevel(Level.INFO);
      return true;
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  static FileHandler handler(Path pattern, int limit, int files) throws IOException {
    Files.createDirectories(pattern.getParent());
    FileHandler h = new FileHandler(pattern.toString(), limit, files, true);
    h.setFormatter(new SimpleFormatter());
    h.setEncoding("UTF-8");
    return h;
  }

  /**
   * Text from outside (a user name, a TERM, a line of a file) made safe for one line of the log:
   * control characters (C0 and C1), format characters (direction overrides, zero widths), line
   * and paragraph separators and lone surrogates become {@code \\uXXXX}, as does the backslash,
   * so an escape in the input cannot pass for one of ours.
   */
  public static String escape(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (needsEscape(c)) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(String.format("\\u%04x", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  private static boolean needsEscape(char c) {
    if (c == '\\') {
      return true;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL: // C0, DEL and C1 (U+0080..U+009F, U+009B is a terminal's CSI)
      case Character.FORMAT: // U+202E and the other bidi controls, U+200B, U+FEFF...
      case Character.LINE_SEPARATOR: // U+2028
      case Character.PARAGRAPH_SEPARATOR: // U+2029
      case Character.SURROGATE: // pairs too: nothing in a name or a TERM needs them
      case Character.UNASSIGNED:
      case Character.PRIVATE_USE:
        return true;
      default:
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
