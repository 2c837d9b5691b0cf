package vanishingpoint.ssh;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One line per key (an address, say) per period, with a count of the lines held back: a flood
 * of turned-away connections must not flood the log and rotate away what came before it.
 */
final class ThrottledLog {

  private final Logger log;
  private final long periodMillis;
  private final Map<String, long[]> last = new HashMap<>(); // key -> {time of the last line, held back}

  ThrottledLog(Logger log, long periodMillis) {
    this.log = log;
    this.periodMillis = periodMillis;
  }

  void log(String key, String line) {
    long now = System.currentTimeMillis();
    long held;
    synchronized (this) {
      if (last.size() > 10_000) {
        last.clear(); // bounded: at worst a few more lines
      }
      long[] l = last.computeIfAbsent(key, k -> new long[] {Long.MIN_VALUE / 2, 0});
      if (now - l[0] < periodMillis) {
        l[1]++;
        return;
      }
      held = l[1];
      l[0] = now;
      l[1] = 0;
    }
    log.info(held == 0 ? line : line + " (and " + held + " more like it since the last such line)");
  }
}
