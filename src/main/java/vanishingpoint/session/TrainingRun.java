package vanishingpoint.session;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import vanishingpoint.core.ChallengeState;
import vanishingpoint.core.Effect;
import vanishingpoint.core.Training;
import vanishingpoint.train.Dataset;
import vanishingpoint.train.Peaks;
import vanishingpoint.train.Spectrum;
import vanishingpoint.train.StepStats;
import vanishingpoint.train.TrainConfig;
import vanishingpoint.train.Trainer;
import vanishingpoint.train.Verdict;

/**
 * One challenge run on the training pool: steps the engine at the chosen speed in short slices,
 * and publishes what the live view needs as often as the server's {@link FrameBudget} lets it:
 * fifteen times a second for a player alone, about twice a second each when a class of 100 trains
 * on two cores.
 * A publication costs more than a slice (the decision-boundary grid through the whole network,
 * the verdict so far, now and then an SVD per layer), so it is only done for a frame that will
 * be drawn.
 */
final class TrainingRun {

  private static final Logger LOG = Logger.getLogger(TrainingRun.class.getName());
  /** Seconds the whole budget takes at each speed level; 0 = as fast as the engine goes. */
  private static final double[] SECONDS = {40, 16, 6, 2, 0.7, 0};
  /** A slice's length: short, so that a class's runs take turns many times a second. */
  static final long SLICE_NANOS = 5_000_000;
  /**
   * The weights' singular values are measured at most this often (an SVD per layer), and under
   * load at most every {@link #SPECTRUM_FRAMES} frames.
   */
  private static final long SPECTRUM_NANOS = 250_000_000;
  static final int SPECTRUM_FRAMES = 6;
  static final int GRID_COLS = 48;
  static final int GRID_ROWS = 24;

  final int id;
  private final TrainConfig config;
  /** Built by the first slice, on the pool: a deep network's set-up is no work for a key's thread. */
  private Trainer trainer;
  private final TrainingPool pool;
  private final Runnable wake;
  private final FrameBudget budget;
  /** This run's share of the frame budget while it trains (null before start, and for a replay). */
  private volatile FrameBudget.Pace pace;
  private final double[] losses;
  private final double[] gridX = new double[GRID_COLS * GRID_ROWS];
  private final double[] gridY = new double[GRID_COLS * GRID_ROWS];
  private double[] points;
  private final AtomicInteger stepsWanted = new AtomicInteger();
  private volatile boolean stopped;
  private volatile boolean paused;
  private volatile int speed = ChallengeState.DEFAULT_SPEED;
  private volatile Training snapshot = Training.NONE;
  private int stepRequestsSeen;
  private int done;
  private double credit;
  private long lastSlice;
  private long runNanos;
  private StepStats latest;
  private double[] peaks = new double[0];
  private boolean scheduled;
  private final boolean replay;
  private Spectrum.Gains gains;
  private long lastSpectrum;
  private int spectrumStep = -1;

  TrainingRun(int id, TrainConfig config, TrainingPool pool, Runnable wake) {
    this(id, config, pool, wake, false);
  }

  /**
   * @param replay recompute a finished run (after Continue) as fast as the engine goes, whatever
   *               the view's speed or pause says: the same seed and settings give the same run
   */
  TrainingRun(int id, TrainConfig config, TrainingPool pool, Runnable wake, boolean replay) {
    this(id, config, pool, wake, replay, FrameBudget.shared());
  }

  TrainingRun(int id, TrainConfig config, TrainingPool pool, Runnable wake, boolean replay, FrameBudget budget) {
    this.id = id;
    this.budget = budget;
    this.replay = replay;
    if (replay) {
      speed = ChallengeState.MAX_SPEED;
    }
    this.config = config;
    this.pool = pool;
    this.wake = wake;
    this.losses = new double[config.steps() + 1];
  }

  /** The network, its data and the grid of the decision boundary: the first slice's work. */
  private void build() {
    trainer = new Trainer(config);
    Dataset d = trainer.dataset();
    double span = 0;
    for (int i = 0; i < d.size(); i++) {
      span = Math.max(span, Math.max(Math.abs(d.xs()[i]), Math.abs(d.ys()[i])));
    }
    double half = span * 1.1;
    for (int r = 0; r < GRID_ROWS; r++) {
      for (int c = 0; c < GRID_COLS; c++) {
        gridX[r * GRID_COLS + c] = -half + (c + 0.5) * 2 * half / GRID_COLS;
        gridY[r * GRID_COLS + c] = half - (r + 0.5) * 2 * half / GRID_ROWS;
      }
    }
    points = new double[d.size() * 3];
    for (int i = 0; i < d.size(); i++) {
      points[3 * i] = d.xs()[i] / half;
      points[3 * i + 1] = d.ys()[i] / half;
      points[3 * i + 2] = d.labels()[i];
    }
  }

  Training snapshot() {
    return snapshot;
  }

  /** Queues the run's first slice, which builds it: the caller (a key's handling) returns at once. */
  void start() {
    if (!replay) {
      // a replay is not drawn until it has ended: it takes no share of the frames
      pace = budget.join();
    }
    lastSlice = System.nanoTime();
    schedule(0);
  }

  void stop() {
    stopped = true;
    leave();
  }

  /** The run is no longer drawn while training: its share of the frames goes to the others. */
  private void leave() {
    FrameBudget.Pace p = pace;
    if (p != null) {
      p.close();
    }
  }

  /**
   * Whether the view gets a frame now: always for the run's end and while paused (single steps
   * are the player's keys); a replay only at its end; else when the run's share of the budget
   * says so.
   */
  private boolean frameDue(boolean finished, long now) {
    if (finished) {
      return true;
    }
    FrameBudget.Pace p = pace;
    return p != null && (paused || p.due(now));
  }

  /** Goes at this pace: pause, speed, and single steps asked for (counted, so none is lost or repeated). */
  synchronized void follow(Effect.Pace v) {
    if (replay) {
      return;
    }
    boolean wasIdle = paused && stepsWanted.get() == 0;
    paused = v.paused();
    speed = v.speed();
    if (v.stepRequests() > stepRequestsSeen) {
      stepsWanted.addAndGet(v.stepRequests() - stepRequestsSeen);
      stepRequestsSeen = v.stepRequests();
    }
    if (wasIdle && (!paused || stepsWanted.get() > 0)) {
      lastSlice = System.nanoTime();
      schedule(0);
    }
  }

  private synchronized void schedule(long millis) {
    if (scheduled || stopped) {
      return;
    }
    scheduled = true;
    Runnable slice = () -> {
      synchronized (this) {
        scheduled = false;
      }
      slice();
    };
    if (millis == 0) {
      pool.submit(slice);
    } else {
      pool.submitLater(slice, millis);
    }
  }

  private void slice() {
    try {
      if (trainer == null) {
        if (stopped) {
          return; // left before it began: nothing to build
        }
        build();
        if (frameDue(false, System.nanoTime())) {
          publish(null); // the network as built: the view's first frame
        }
        lastSlice = System.nanoTime();
      }
      long now = System.nanoTime();
      double rate = SECONDS[speed] == 0 ? Double.POSITIVE_INFINITY : losses.length / SECONDS[speed];
      credit = Math.min(credit + rate * (now - lastSlice) / 1e9, Math.max(1, rate * 0.1));
      lastSlice = now;
      long end = now + SLICE_NANOS;
      while (!stopped && !trainer.finished() && System.nanoTime() < end) {
        boolean single = paused && stepsWanted.get() > 0;
        if (paused && !single || !paused && credit < 1) {
          break;
        }
        long t0 = System.nanoTime();
        StepStats s = trainer.step();
        runNanos += System.nanoTime() - t0;
        losses[done++] = s.loss();
        latest = s;
        peaks = Peaks.update(peaks, s.gradNorms());
        if (single) {
          stepsWanted.decrementAndGet();
        } else {
          credit -= 1;
        }
        if (single) {
          break;
        }
      }
      boolean finished = trainer.finished();
      if (frameDue(finished, System.nanoTime())) {
        publish(finished ? trainer.verdict() : null);
      }
      if (finished || stopped) {
        leave();
        return;
      }
      if (!paused || stepsWanted.get() > 0) {
        schedule(credit >= 1 ? 0 : Math.max(1, (long) Math.ceil((1 - credit) / rate * 1000)));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "training run " + id + " failed", e);
      // the run ends where it is; the verdict on the steps it took is still the truth about them
      if (trainer != null && points != null) {
        snapshot = snapshot(new int[0], trainer.verdict(), null);
      }
      leave();
      wake.run();
    }
  }

  private void publish(Verdict verdict) {
    long now = System.nanoTime();
    long every = Math.max(SPECTRUM_NANOS, SPECTRUM_FRAMES * budget.intervalNanos());
    if (spectrumStep != done && (verdict != null || paused || now - lastSpectrum > every)) {
      gains = trainer.spectrum();
      spectrumStep = done;
      lastSpectrum = now;
    }
    snapshot = snapshot(trainer.predict(gridX, gridY), verdict, done == 0 ? null : verdict != null ? verdict
        : trainer.verdict());
    wake.run();
  }

  private Training snapshot(int[] grid, Verdict verdict, Verdict sofar) {
    double sps = runNanos == 0 ? 0 : done / (runNanos / 1e9);
    StepStats s = latest;
    double[] none = new double[0];
    // Training copies what it is given: the run's own arrays go in as they are
    return new Training(done, losses.length - 1, Arrays.copyOf(losses, done), s == null ? 0 : s.accuracy(),
        s == null ? none : s.gradNorms(), peaks, s == null ? none : s.saturation(),
        s == null ? none : s.deadRelu(), s == null ? none : s.updateRatios(), sps, grid, GRID_COLS, points,
        trainer.dataset().classes(), verdict, sofar, gains);
  }
}
