package vanishingpoint.session;

import java.util.Arrays;
import java.util.Locale;

/**
 * What the player waited for, logged when a game ends: how long keys took from arriving to
 * being on screen, and how many frames the live training view drew per second. Thread-safe: the
 * loop records, and a shutdown may summarise from another thread.
 */
final class LoopStats {

  private static final int KEPT = 4096;

  private final long[] keyNanos = new long[KEPT];
  private int keys;
  private int frames;
  private int draws;
  private long firstFrame;
  private long lastFrame;

  synchronized void key(long nanos) {
    keyNanos[keys % KEPT] = nanos;
    keys++;
  }

  /** A frame drawn after one or more keys (a paste is drawn once, however many keys it has). */
  void draw() {
    draws++;
  }

  /** Frames drawn for keys so far. */
  int draws() {
    return draws;
  }

  /** A redraw caused by a training frame (or a resize). */
  synchronized void frame(long at) {
    if (frames++ == 0) {
      firstFrame = at;
    }
    lastFrame = at;
  }

  synchronized String summary() {
    StringBuilder b = new StringBuilder();
    int n = Math.min(keys, KEPT);
    if (n > 0) {
      long[] sorted = Arrays.copyOf(keyNanos, n);
      Arrays.sort(sorted);
      b.append(String.format(Locale.ROOT, "%d keys, key to screen p50 %.2f ms, p99 %.2f ms, max %.2f ms", keys,
          sorted[n / 2] / 1e6, sorted[Math.min(n - 1, (int) (n * 0.99))] / 1e6, sorted[n - 1] / 1e6));
      b.append(String.format(Locale.ROOT, ", drawn in %d frames", draws));
    }
    if (frames > 1) {
      double secs = (lastFrame - firstFrame) / 1e9;
      b.append(String.format(Locale.ROOT, "; %d redraws in %.1f s (%.1f per second while drawing)", frames, secs,
          (frames - 1) / Math.max(1e-9, secs)));
    }
    return b.toString();
  }
}
