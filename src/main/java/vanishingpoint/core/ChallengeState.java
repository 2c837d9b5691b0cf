package vanishingpoint.core;

import java.util.Map;

/**
 * The challenge screen's transient state: which phase, the knob settings, and the run.
 * {@code run}, {@code paused}, {@code speed} and {@code stepRequests} say what the training
 * should be doing; a change of them becomes a start, pace or stop effect ({@link Wants}): the
 * state says what, the session does how.
 *
 * @param phase        what the screen shows
 * @param settings     the chosen value of every unlocked knob
 * @param hints        how many hints have been shown
 * @param diagnosed    whether a diagnose-first challenge's problem has been named
 * @param run          which run (0 before the first): a new number starts a new run
 * @param paused       whether the run is paused
 * @param speed        speed level, 0 (slowest) to {@link #MAX_SPEED} (as fast as the engine goes)
 * @param stepRequests single steps asked for while paused (grows by one per request)
 * @param training     the latest view of the run
 * @param guess        the diagnosis picked, for diagnose-first challenges (-1 before one)
 * @param panel        which per-layer chart the live view shows ({@link Panel})
 * @param verdictShown whether the verdict box is drawn over the charts (v hides it to read them)
 * @param restoring    a finished run is being recomputed after Continue (runs are seeded and
 *                     reproducible, so the save keeps its settings, not its numbers): run
 *                     {@code run} is replayed off the key thread, and {@code training} is filled
 *                     in when it ends ({@code training} holds only the speed it first ran at)
 * @param hintAsked    h was pressed once and the price of a hint is shown: h again shows it; any
 *                     other change of the view drops the question (not saved)
 * @param previous     the run before this one in this visit to the challenge (the last with steps),
 *                     drawn dim behind the current one to compare them; {@link Training#NONE} before
 *                     the second run (not saved)
 */
public record ChallengeState(Phase phase, Map<String, String> settings, int hints, boolean diagnosed, int run,
    boolean paused, int speed, int stepRequests, Training training, int guess, Panel panel, boolean verdictShown,
    boolean restoring, boolean hintAsked, Training previous) {

  /** No previous run. */
  public ChallengeState(Phase phase, Map<String, String> settings, int hints, boolean diagnosed, int run,
      boolean paused, int speed, int stepRequests, Training training, int guess, Panel panel, boolean verdictShown,
      boolean restoring, boolean hintAsked) {
    this(phase, settings, hints, diagnosed, run, paused, speed, stepRequests, training, guess, panel, verdictShown,
        restoring, hintAsked, Training.NONE);
  }

  /** Not asking about a hint's price. */
  public ChallengeState(Phase phase, Map<String, String> settings, int hints, boolean diagnosed, int run,
      boolean paused, int speed, int stepRequests, Training training, int guess, Panel panel, boolean verdictShown,
      boolean restoring) {
    this(phase, settings, hints, diagnosed, run, paused, speed, stepRequests, training, guess, panel, verdictShown,
        restoring, false);
  }

  ChallengeState withHintAsked(boolean asked) {
    return new ChallengeState(phase, settings, hints, diagnosed, run, paused, speed, stepRequests, training, guess,
        panel, verdictShown, restoring, asked, previous);
  }

  /** The per-layer charts under the loss curve; {@code v} shows the next. */
  public enum Panel {
    GRADIENTS, UNITS, UPDATES, SPECTRUM;

    Panel next() {
      return values()[(ordinal() + 1) % values().length];
    }
  }

  public enum Phase { SETTINGS, DIAGNOSE, TRAINING, VERDICT }

  public static final int MAX_SPEED = 5;
  public static final int DEFAULT_SPEED = 3;
  public static final ChallengeState NONE = new ChallengeState(Phase.SETTINGS, Map.of(), 0, false, 0, false,
      DEFAULT_SPEED, 0, Training.NONE, -1, Panel.GRADIENTS, true, false);

  public ChallengeState {
    settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
  }

  ChallengeState with(Phase p) {
    return new ChallengeState(p, settings, hints, diagnosed, run, paused, speed, stepRequests, training, guess,
        panel, verdictShown, restoring, false, previous);
  }

  ChallengeState withSettings(Map<String, String> s) {
    return new ChallengeState(phase, s, hints, diagnosed, run, paused, speed, stepRequests, training, guess,
        panel, verdictShown, restoring, false, previous);
  }

  ChallengeState withHints(int h) {
    return new ChallengeState(phase, settings, h, diagnosed, run, paused, speed, stepRequests, training, guess,
        panel, verdictShown, restoring, false, previous);
  }

  ChallengeState withDiagnosis(boolean d, int g) {
    return new ChallengeState(phase, settings, hints, d, run, paused, speed, stepRequests, training, g, panel,
        verdictShown, restoring, false, previous);
  }

  /** A new run; the current one, if it took a step, becomes the previous (the ghost drawn behind). */
  ChallengeState started() {
    return new ChallengeState(Phase.TRAINING, settings, hints, diagnosed, run + 1, false, speed, 0, Training.NONE, guess,
        panel, true, false, false, training.step() > 0 ? training : previous);
  }

  /**
   * The loss axis, lowest and highest finite loss of this run and the previous one together, so
   * that a rerun keeps the axis the comparison is drawn on; null before any finite loss.
   */
  public double[] lossSpan() {
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (double[] run : new double[][] {training.losses(), previous.losses()}) {
      for (double v : run) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    return lo > hi ? null : new double[] {lo, hi};
  }

  /**
   * A per-layer chart's values of this run and the previous one together (what its decade range
   * covers, so that the previous run's bars stay on the same scale).
   */
  public static double[] both(double[] current, double[] previous) {
    double[] out = java.util.Arrays.copyOf(current, current.length + previous.length);
    System.arraycopy(previous, 0, out, current.length, previous.length);
    return out;
  }

  ChallengeState withPaused(boolean p) {
    return new ChallengeState(phase, settings, hints, diagnosed, run, p, speed, stepRequests, training, guess,
        panel, verdictShown, restoring, false, previous);
  }

  ChallengeState withSpeed(int s) {
    return new ChallengeState(phase, settings, hints, diagnosed, run, paused, Math.max(0, Math.min(MAX_SPEED, s)),
        stepRequests, training, guess,
        panel, verdictShown, restoring, false, previous);
  }

  ChallengeState stepOnce() {
    return new ChallengeState(phase, settings, hints, diagnosed, run, true, speed, stepRequests + 1, training, guess,
        panel, verdictShown, restoring, false, previous);
  }

  ChallengeState withPanel(Panel p, boolean shown) {
    return new ChallengeState(phase, settings, hints, diagnosed, run, paused, speed, stepRequests, training, guess, p,
        shown, restoring, false, previous);
  }

  ChallengeState withTraining(Training t) {
    return new ChallengeState(phase, settings, hints, diagnosed, run, paused, speed, stepRequests, t, guess, panel,
        verdictShown, restoring, false, previous);
  }

  /** The finished run recomputed: drawn as it was. */
  ChallengeState restored(Training t) {
    Training shown = training.stepsPerSecond() > 0 ? t.withStepsPerSecond(training.stepsPerSecond()) : t;
    return new ChallengeState(phase, settings, hints, diagnosed, run, paused, speed, stepRequests, shown, guess, panel,
        verdictShown, false, false, previous);
  }

  /** Asks for the finished run {@code r} to be recomputed with these settings (after Continue). */
  ChallengeState restoring(Phase p, int r) {
    return new ChallengeState(p, settings, hints, diagnosed, Math.max(1, r), false, speed, 0, Training.NONE, guess,
        panel, verdictShown, true, false, previous);
  }
}
