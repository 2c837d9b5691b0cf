package vanishingpoint.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one pool every session's training runs on: as many threads as cores, so a whole class
 * training at once shares the machine instead of starving it. Runs work in short slices and
 * queue again, so no run holds a thread for long and every player's run keeps moving.
 */
public final class TrainingPool {

  private static final TrainingPool SHARED = new TrainingPool(Runtime.getRuntime().availableProcessors());

  private final ExecutorService workers;
  private final ScheduledExecutorService timer;

  TrainingPool(int threads) {
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "train-" + n.incrementAndGet()));
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "train-timer"));
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
    t.setPriority(Thread.NORM_PRIORITY - 1);
    return t;
  }
}
