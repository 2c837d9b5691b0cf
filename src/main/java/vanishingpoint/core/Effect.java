package vanishingpoint.core;

import vanishingpoint.train.TrainConfig;

/**
 * What {@link Update} asks the outside world to do: train, probe, fetch a run, save, quit. The
 * update decides; the session acts, and feeds the results back as {@link Msg messages}.
 */
public sealed interface Effect {

  /**
   * Start training run {@code run} of {@code config} off the key thread, paced by {@code pace}
   * (its frames come back as {@link Msg.TrainingFrame}). With {@code restoring} it recomputes a
   * finished run after Continue as fast as the engine goes, whatever the pace says.
   */
  record StartRun(int run, TrainConfig config, boolean restoring, Pace pace) implements Effect { }

  /** Run {@code run} should now go at this pace. */
  record PaceRun(int run, Pace pace) implements Effect { }

  /** Run {@code run} is no longer shown: stop it. */
  record StopRun(int run) implements Effect { }

  /**
   * How a run goes: paused or not, the speed level, and how many single steps were asked for so
   * far in this run (a count, so that a step is neither lost nor repeated).
   */
  record Pace(boolean paused, int speed, int stepRequests) { }

  /** Probe this network at initialisation; the result comes back as {@link Msg.ProbeDone}. */
  record RunProbe(Reader.ProbeState probe) implements Effect { }

  /** Bring the diagnose run of {@code spec} ({@link Msg.DiagnoseReady} when it is ready). */
  record FetchDiagnose(String spec) implements Effect { }

  /** Train the diagnose run of {@code spec} ahead, so it is ready when its question opens. */
  record PrefetchDiagnose(String spec) implements Effect { }

  /** The progress (profile, Continue's places and views) changed: save it. */
  record Save() implements Effect { }

  /** The player asked to leave. */
  record Quit() implements Effect { }
}
