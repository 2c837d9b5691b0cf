package vanishingpoint.train;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The calling thread plus helper threads that split one stage of a pass between them (the halves
 * of a batch, or the units of a layer; see {@link Pass}), then wait for each other before the next
 * stage. A part is computed the same whichever thread runs it, so the bits do not depend on the
 * number of threads.
 *
 * <p>Stages last microseconds, so helpers spin between them rather than sleep (a park and unpark
 * costs tens of microseconds); after {@link #SPIN_NANOS} without work they park, so an idle
 * trainer costs no CPU. One thread drives a team at a time (the Trainer's methods are synchronized).
 */
final class Team implements AutoCloseable {
  /** Rows [from, to) of one stage; {@code part} (0 for the caller) picks per-thread scratch. */
  interface Stage {
    void run(int part, int from, int to);
  }

  static final Team SOLO = new Team(1);
  private static final long SPIN_NANOS = 200_000;

  private final Worker[] helpers;
  private final int[] bounds;
  private final AtomicInteger pending = new AtomicInteger();
  private volatile Stage stage;
  private volatile long round;
  private volatile boolean closed;
  private volatile Throwable failure;

  Team(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: must be at least 1, got " + threads);
    }
    helpers = new Worker[threads - 1];
    bounds = new int[threads + 1];
    for (int i = 0; i < helpers.length; i++) {
      helpers[i] = new Worker(i + 1);
      helpers[i].setDaemon(true);
      helpers[i].start();
    }
  }

  int size() {
    return helpers.length + 1;
  }

  /**
   * Runs {@code s} over [0, n), split into parts whose bounds are multiples of {@code align}
   * (the kernels' row blocks), the caller doing the first; returns when every part is done.
   */
  void run(int n, int align, Stage s) {
    int parts = Math.min(size(), n / align);
    if (parts <= 1 || closed) {
      s.run(0, 0, n);
      return;
    }
    int blocks = (n + align - 1) / align;
    for (int p = 0; p <= parts; p++) {
      bounds[p] = Math.min(n, (int) ((long) blocks * p / parts) * align);
    }
    for (int p = parts + 1; p < bounds.length; p++) {
      bounds[p] = n;
    }
    stage = s;
    pending.set(helpers.length);
    round++;
    for (Worker w : helpers) {
      if (w.parked) {
        LockSupport.unpark(w);
      }
    }
    try {
      s.run(0, bounds[0], bounds[1]);
    } finally {
      while (pending.get() != 0) {
        Thread.onSpinWait();
      }
    }
    Throwable f = failure;
    if (f != null) {
      failure = null;
      if (f instanceof RuntimeException e) {
        throw e;
      }
      throw new IllegalStateException("a training thread failed", f);
    }
  }

  @Override
  public void close() {
    closed = true;
    for (Worker w : helpers) {
      LockSupport.unpark(w);
    }
  }

  private final class Worker extends Thread {
    private final int part;
    volatile boolean parked;

    Worker(int part) {
      super("vp-train-" + part);
      this.part = part;
    }

    @Override
    public void run() {
      // rounds are counted from 0 at construction: reading `round` here could already see the first
      long seen = 0;
      while (!closed) {
        long r = round;
        if (r == seen) {
          idle(seen);
          continue;
        }
        seen = r;
        try {
          int from = bounds[part];
          int to = bounds[part + 1];
          if (from < to) {
            stage.run(part, from, to);
          }
        } catch (Throwable e) {
          failure = e;
        } finally {
          pending.decrementAndGet();
        }
      }
    }

    private void idle(long seen) {
      long until = System.nanoTime() + SPIN_NANOS;
      while (round == seen && !closed) {
        if (System.nanoTime() > until) {
          parked = true;
          // re-check after announcing: a round started in between would not have unparked us
          if (round == seen && !closed) {
            LockSupport.park(this);
          }
          parked = false;
          return;
        }
        Thread.onSpinWait();
      }
    }
  }
}
