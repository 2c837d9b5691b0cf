package vanishingpoint.app;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one pool that runs training jobs for every session of a process. Training is CPU-bound
 * and single-threaded per job, so one thread per core is the most that helps; more would only
 * make every player's job slower. The queue is bounded: when it is full a new job is refused at
 * once (the caller tells its player to try again) instead of piling up behind a busy class.
 */
public final class TrainingPool implements AutoCloseable {

  private final ThreadPoolExecutor executor;

  /** One thread per core, and a queue of a few jobs per thread. */
  public static TrainingPool sizedToCores() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new TrainingPool(cores, 4 * cores);
  }

  public TrainingPool(int threads, int queued) {
    AtomicInteger n = new AtomicInteger();
    executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(queued), r -> {
          Thread t = new Thread(r, "training-" + n.incrementAndGet());
          t.setDaemon(true);
          // Below the threads that draw screens and read keys: a busy pool never delays a frame.
          t.setPriority(Thread.NORM_PRIORITY - 1);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    executor.allowCoreThreadTimeOut(true); // an idle server keeps no training threads
  }

  /**
   * Queues a job.
   *
   * @throws RejectedExecutionException when the queue is full or the pool is shut down
   */
  public Future<?> submit(Runnable job) {
    return executor.submit(job);
  }

  public int threads() {
    return executor.getMaximumPoolSize();
  }

  /** Refuses new jobs, lets running ones finish for up to a few seconds, then interrupts them. */
  public void shutdown() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    shutdown();
  }
}
