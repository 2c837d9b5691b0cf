package vanishingpoint.session;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A server's key-to-frame latencies across all its games: from the moment a key's bytes reached
 * the server to the moment the frame it caused was written to the connection. Thread-safe and
 * lock-free (a count per 0.1 ms up to 2 s, one above), so every game's loop records into the same
 * one without waiting on the others.
 */
public final class KeyLatency {

  private static final long BUCKET_NANOS = 100_000;
  private static final int BUCKETS = 20_000;

  private final AtomicLongArray counts = new AtomicLongArray(BUCKETS + 1);
  private final AtomicLong keys = new AtomicLong();
  private final AtomicLong max = new AtomicLong();

  public void record(long nanos) {
    long n = Math.max(0, nanos);
    counts.incrementAndGet((int) Math.min(BUCKETS, n / BUCKET_NANOS));
    keys.incrementAndGet();
    max.accumulateAndGet(n, Math::max);
  }

  public long keys() {
    return keys.get();
  }

  /** The latency in ms under which {@code pct} percent of the keys were (the bucket's upper edge). */
  public double percentileMillis(double pct) {
    long total = 0;
    long[] c = new long[BUCKETS + 1];
    for (int i = 0; i <= BUCKETS; i++) {
      c[i] = counts.get(i);
      total += c[i];
    }
    if (total == 0) {
      return Double.NaN;
    }
    long rank = Math.max(1, (long) Math.ceil(pct / 100.0 * total));
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += c[i];
      if (seen >= rank) {
        return (i + 1) * BUCKET_NANOS / 1e6;
      }
    }
    return max.get() / 1e6;
  }

  /** "keys: 1234, key-to-frame p50 1.2 ms p99 8.4 ms max 20.1 ms": the line the load driver reads. */
  public String summary() {
    return String.format(Locale.ROOT, "keys: %d, key-to-frame p50 %.1f ms p99 %.1f ms max %.1f ms", keys(),
        percentileMillis(50), percentileMillis(99), max.get() / 1e6);
  }
}
