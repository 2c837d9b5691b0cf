package vanishingpoint.session;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one pool every session's training runs on, bounded so that keys and drawing always find a
 * core: one core is left out of it (one thread on 2 cores, 3 on 4). Runs work in short slices
 * and queue again at the back, round-robin, so no run holds a thread for long and every player's
 * run keeps moving: under load a run slows down, its player's keys do not. The threads also run
 * at the lowest priority, which Linux mostly ignores: the bound is what keeps a core free.
 */
public final class TrainingPool {

  private static final TrainingPool SHARED = new TrainingPool(threadsFor(Runtime.getRuntime().availableProcessors()));

  private final ExecutorService workers;
  private final ScheduledExecutorService timer;

  TrainingPool(int threads) {
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "train-" + n.incrementAndGet()));
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "train-timer"));
  }

  /** All cores but one for training, and at least one thread. */
  static int threadsFor(int cores) {
    return Math.max(1, cores - 1);
  }

  public static TrainingPool shared() {
    return SHARED;
  }

  void submit(Runnable slice) {
    workers.execute(slice);
  }

  /** Queues the slice again after a pause (a slow run waiting for its next step is not busy). */
  void submitLater(Runnable slice, long millis) {
    timer.schedule(() -> workers.execute(slice), millis, TimeUnit.MILLISECONDS);
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    return t;
  }
}
