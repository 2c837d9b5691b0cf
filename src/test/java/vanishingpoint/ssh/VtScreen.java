package vanishingpoint.ssh;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The client's side of the screen: a small terminal emulator for the sequences Lanterna sends
 * (cursor moves, clears, colours, which it ignores), fed by the channel's output. Waiting for a
 * screen is event-driven: every write wakes the waiters, so a test never sleeps on a guess.
 */
final class VtScreen extends OutputStream {

  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
  private final ByteBuffer pending = ByteBuffer.allocate(64);
  private final StringBuilder seq = new StringBuilder();
  private char[][] cells;
  private int row;
  private int col;
  private boolean escape;
  private long writes;

  VtScreen(int cols, int rows) {
    resize(cols, rows);
  }

  synchronized void resize(int cols, int rows) {
    char[][] next = new char[rows][cols];
    for (char[] line : next) {
      Arrays.fill(line, ' ');
    }
    cells = next;
    row = Math.min(row, rows - 1);
    col = Math.min(col, cols - 1);
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    for (int i = 0; i < len; i++) {
      pending.put(b[off + i]);
      CharBuffer out = CharBuffer.allocate(2);
      pending.flip();
      utf8.decode(pending, out, false);
      pending.compact();
      out.flip();
      while (out.hasRemaining()) {
        feed(out.get());
      }
    }
    writes++;
    notifyAll();
  }

  private void feed(char c) {
    if (escape) {
      seq.append(c);
      if (seq.length() == 1 && c != '[') {
        escape = false; // ESC 7, ESC 8 and the like: nothing a test looks at
        seq.setLength(0);
      } else if (seq.length() > 1 && c >= 0x40 && c <= 0x7e) {
        escape = false;
        csi(seq.substring(1, seq.length() - 1), c);
        seq.setLength(0);
      }
      return;
    }
    switch (c) {
      case 0x1b: escape = true; return;
      case '\r': col = 0; return;
      case '\n': row = Math.min(row + 1, cells.length - 1); return;
      case '\b': col = Math.max(0, col - 1); return;
      default:
        if (c < 0x20) {
          return;
        }
        if (col < cells[0].length) {
          cells[row][col] = c;
        }
        col = Math.min(col + 1, cells[0].length - 1);
    }
  }

  private void csi(String params, char command) {
    String p = params.startsWith("?") ? params.substring(1) : params;
    String[] parts = p.isEmpty() ? new String[0] : p.split(";");
    int a = parts.length > 0 && !parts[0].isEmpty() ? Integer.parseInt(parts[0]) : 1;
    int b = parts.length > 1 && !parts[1].isEmpty() ? Integer.parseInt(parts[1]) : 1;
    switch (command) {
      case 'H': case 'f':
        row = clamp(a - 1, cells.length);
        col = clamp(b - 1, cells[0].length);
        break;
      case 'A': row = clamp(row - a, cells.length); break;
      case 'B': row = clamp(row + a, cells.length); break;
      case 'C': col = clamp(col + a, cells[0].length); break;
      case 'D': col = clamp(col - a, cells[0].length); break;
      case 'J': if (parts.length > 0 && parts[0].equals("2")) { resize(cells[0].length, cells.length); } break;
      case 'K': Arrays.fill(cells[row], col, cells[0].length, ' '); break;
      default: break; // colours, modes: not part of the text
    }
  }

  private static int clamp(int v, int size) {
    return Math.max(0, Math.min(v, size - 1));
  }

  /** The screen as lines, trailing spaces trimmed. */
  synchronized String text() {
    StringBuilder sb = new StringBuilder();
    for (char[] line : cells) {
      sb.append(new String(line).stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  synchronized String line(int r) {
    return new String(cells[r]).stripTrailing();
  }

  synchronized long writes() {
    return writes;
  }

  /** Waits until the screen satisfies the condition; fails with the screen after the deadline. */
  synchronized String await(String what, Predicate<String> cond, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    String s = text();
    while (!cond.test(s)) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; the screen was:\n" + s);
      }
      wait(Math.max(1, left / 1_000_000));
      s = text();
    }
    return s;
  }
}
