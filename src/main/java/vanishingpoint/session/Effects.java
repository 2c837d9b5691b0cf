package vanishingpoint.session;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import vanishingpoint.core.Effect;
import vanishingpoint.core.Msg;
import vanishingpoint.core.Reader;
import vanishingpoint.core.Training;
import vanishingpoint.train.Activation;
import vanishingpoint.train.Init;
import vanishingpoint.train.TrainConfig;
import vanishingpoint.train.Trainer;

/**
 * Carries out one session's effects (all but saving, which the session batches): its training
 * run, the gradient probe, the diagnose runs. Each result goes back into the update as a message:
 * at once ({@code now}) when it is ready on the loop's thread, else queued for it ({@code later},
 * which wakes the loop). Used by the loop's thread only; the pool's threads only call
 * {@code later} and {@code wake}.
 */
final class Effects {

  private static final Logger LOG = Logger.getLogger(Effects.class.getName());
  /** The probe shows a network at initialisation; the seed only fixes which one. */
  private static final long PROBE_SEED = 7;

  private final TrainingPool pool;
  private final Runnable wake;
  private final Consumer<Msg> now;
  private final Consumer<Msg> later;
  private TrainingRun run;

  Effects(TrainingPool pool, Runnable wake, Consumer<Msg> now, Consumer<Msg> later) {
    this.pool = pool;
    this.wake = wake;
    this.now = now;
    this.later = later;
  }

  void carryOut(Effect e) {
    if (e instanceof Effect.StartRun r) {
      stop();
      run = new TrainingRun(r.run(), r.config(), pool, wake, r.restoring());
      run.follow(r.pace());
      run.start();
    } else if (e instanceof Effect.PaceRun p) {
      if (run != null && run.id == p.run()) {
        run.follow(p.pace());
      }
    } else if (e instanceof Effect.StopRun r) {
      if (run != null && run.id == r.run()) {
        stop();
      }
    } else if (e instanceof Effect.RunProbe p) {
      // about a millisecond: on this thread, so the result is drawn with the key's frame
      now.accept(probe(p.probe()));
    } else if (e instanceof Effect.FetchDiagnose f) {
      CompletableFuture<Training> t = DiagnoseRuns.start(f.spec(), pool);
      if (t.isDone() && !t.isCompletedExceptionally()) {
        now.accept(new Msg.DiagnoseReady(f.spec(), t.join())); // trained before: shown with this frame
      } else {
        t.thenAccept(done -> later.accept(new Msg.DiagnoseReady(f.spec(), done)));
      }
    } else if (e instanceof Effect.PrefetchDiagnose f) {
      DiagnoseRuns.start(f.spec(), pool);
    } else if (e instanceof Effect.Quit) {
      stop(); // its pool time is for the players still here
    } else {
      throw new IllegalStateException("unhandled effect " + e);
    }
  }

  /**
   * The run's latest numbers, or null without a run. Read by the loop when woken rather than sent
   * by the run: a frame replaces the one before, so frames that came while the loop was busy
   * coalesce into the latest.
   */
  Msg.TrainingFrame frame() {
    return run == null ? null : new Msg.TrainingFrame(run.id, run.snapshot());
  }

  /** Whether a run is training (a key then competes with it). */
  boolean training() {
    return run != null;
  }

  void close() {
    stop();
  }

  private void stop() {
    if (run != null) {
      run.stop();
      run = null;
    }
  }

  /** Runs the probe; its result as the message to feed back (no norms if it failed). */
  static Msg.ProbeDone probe(Reader.ProbeState p) {
    try {
      if (p.spectrum()) {
        var gains = network(p).spectrum();
        return new Msg.ProbeDone(p, gains.largest(), gains);
      }
      return new Msg.ProbeDone(p, norms(p), null);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "gradient probe failed for " + p, e);
      return new Msg.ProbeDone(p, new double[0], null);
    }
  }

  /** Per-layer gradient norms (hidden layers 1..depth, then the output layer) at initialisation. */
  static double[] norms(Reader.ProbeState p) {
    return network(p).step().gradNorms();
  }

  /** The probed network, at initialisation. */
  static Trainer network(Reader.ProbeState p) {
    TrainConfig cfg = TrainConfig.defaults().withDepth(p.depth()).withWidth(p.width())
        .withActivation(Activation.parse(p.activation())).withInit(Init.parse(p.init()))
        .withSteps(1).withSeed(PROBE_SEED);
    return new Trainer(cfg);
  }
}
