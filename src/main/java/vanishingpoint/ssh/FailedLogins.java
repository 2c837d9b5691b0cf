package vanishingpoint.ssh;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts refused logins per client address; an address with too many in the last window is
 * turned away until the window slides past them. Keys cannot be guessed, so this is not about
 * brute force but about cost: each refusal costs a signature check and a log line. The limit is
 * generous because a whole class may come from one address behind a school's NAT. In memory, for
 * one server; servers sharing a database share their counts there instead (see
 * {@code vanishingpoint.store.PgCounts}).
 */
final class FailedLogins implements vanishingpoint.store.AddressCounts {

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Long>> failures = new HashMap<>();

  FailedLogins(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  @Override
  public void add(String address) {
    failed(address);
  }

  synchronized void failed(String address) {
    Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    times.addLast(clock.millis());
    prune(address, times);
  }

  @Override
  public synchronized boolean blocked(String address) {
    Deque<Long> times = failures.get(address);
    return times != null && prune(address, times) >= limit;
  }

  private int prune(String address, Deque<Long> times) {
    long oldest = clock.millis() - window.toMillis();
    while (!times.isEmpty() && times.peekFirst() < oldest) {
      times.removeFirst();
    }
    while (times.size() > limit) {
      times.removeFirst(); // the newest ones decide; memory stays bounded per address
    }
    if (times.isEmpty()) {
      failures.remove(address);
    }
    return times.size();
  }
}
