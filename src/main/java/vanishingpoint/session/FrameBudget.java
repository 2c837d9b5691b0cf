package vanishingpoint.session;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's budget of training frames: how often a live view may be redrawn while its run
 * trains, shared among the views that are training now. One view alone gets the full rate (about
 * 15 frames a second); a class shares {@code perSecond} frames, so at 100 players each view
 * redraws a couple of times a second, and the frames never take the processor time that keys need. A
 * key's frame is never counted or held back: only the run's publishing is paced.
 *
 * <p>Each run holds a {@link Pace} while it trains and asks it, with the time, whether a frame is
 * due. The time is passed in, so tests need no clock and no sleeping.
 */
final class FrameBudget {

  /** A view alone redraws at most this often: about 15 frames a second. */
  static final long FASTEST_NANOS = 66_000_000;
  /**
   * Training frames per second and core, for the whole server (-Dvp.trainingFramesPerCore): a
   * frame of the live view costs about 0.3 ms of a core on the server's screen (SharedCellScreen),
   * so 100 keep its redraws near 3 % of the machine however many players train: 2 frames a
   * second each for 100 players on 2 cores, 4 for 50, the full 15 up to 13 players.
   */
  static final int PER_CORE = Integer.getInteger("vp.trainingFramesPerCore", 100);

  private static final FrameBudget SHARED = new FrameBudget(
      (double) PER_CORE * Runtime.getRuntime().availableProcessors(), FASTEST_NANOS);

  private final double perSecond;
  private final long fastestNanos;
  private final AtomicInteger training = new AtomicInteger();

  /**
   * @param perSecond    training frames a second, all views together
   * @param fastestNanos the shortest time between two frames of one view
   */
  FrameBudget(double perSecond, long fastestNanos) {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("a budget of " + perSecond + " frames a second");
    }
    this.perSecond = perSecond;
    this.fastestNanos = fastestNanos;
  }

  static FrameBudget shared() {
    return SHARED;
  }

  /** A view starts training: it shares the budget until its pace is {@link Pace#close closed}. */
  Pace join() {
    training.incrementAndGet();
    return new Pace();
  }

  /** Views training now. */
  int training() {
    return training.get();
  }

  /** The time between two frames of one view now: its share of the budget, never under the fastest. */
  long intervalNanos() {
    int n = Math.max(1, training.get());
    return Math.max(fastestNanos, (long) Math.ceil(n * 1e9 / perSecond));
  }

  /** One training view's frames. Asked by one thread at a time (the run's slices); closed from any. */
  final class Pace implements AutoCloseable {

    private final AtomicBoolean closed = new AtomicBoolean();
    private boolean drawn;
    private long last;

    /** Whether a frame is due at {@code now} (System.nanoTime); if so it is counted as drawn then. */
    boolean due(long now) {
      if (drawn && now - last < intervalNanos()) {
        return false;
      }
      drawn = true;
      last = now;
      return true;
    }

    /** The view no longer trains; idempotent. */
    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        training.decrementAndGet();
      }
    }
  }
}
