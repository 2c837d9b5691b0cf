package vanishingpoint.core;

import java.util.Map;

/**
 * The challenge screen's transient state: which phase, the knob settings, and the run. The
 * session reads {@code run}, {@code paused}, {@code speed} and {@code stepRequests} as what the
 * training should be doing, and makes it so: the state says what, the session does how.
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
 *                     reproducible, so the save keeps its settings, not its numbers): the session
 *                     replays run {@code run} off the key thread, and {@code training} is filled
 *                     in when it ends ({@code training} holds only the speed it first ran at)
 * @param hintAsked    h was pressed once and the price of a hint is shown: h again shows it; any
 *                     other change of the view drops the question (not saved)
 */
public record ChallengeView(Phase phase, Map<String, String> settings, int hints, boolean diagnosed, int run,
    boolean paused, int speed, int stepRequests, Training training, int guess, Panel panel, boolean verdictShown,
    boolean restoring, boolean hintAsked) {

  /** Not asking about a hint's price. */
  public ChallengeView(Phase phase, Map<String, String> settings, int hints, boolean diagnosed, int run,
      boolean paused, int speed, int stepRequests, Training training, int guess, Panel panel, boolean verdictShown,
      boolean restoring) {
    this(phase, settings, hints, diagnosed, run, paused, speed, stepRequests, training, guess, panel, verdictShown,
        restoring, false);
  }

  ChallengeView withHintAsked(boolean asked) {
    return new ChallengeView(phase, settings, hints, diagnosed, run, paused, speed, stepRequests, training, guess,
        panel, verdictShown, restoring, asked);
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
  public static final ChallengeView NONE = new ChallengeView(Phase.SETTINGS, Map.of(), 0, false, 0, false,
      DEFAULT_SPEED, 0, Training.NONE, -1, Panel.GRADIENTS, true, false);

  public ChallengeView {
    settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
  }

  ChallengeView with(Phase p) {
    return new ChallengeView(p, settings, hints, diagnosed, run, paused, speed, stepRequests, training, guess,
        panel, verdictShown, restoring);
  }

  ChallengeView withSettings(Map<String, String> s) {
    return new ChallengeView(phase, s, hints, diagnosed, run, paused, speed, stepRequests, training, guess,
        panel, verdictShown, restoring);
  }

  ChallengeView withHints(int h) {
    return new ChallengeView(phase, settings, h, diagnosed, run, paused, speed, stepRequests, training, guess,
        panel, verdictShown, restoring);
  }

  ChallengeView withDiagnosis(boolean d, int g) {
    return new ChallengeView(phase, settings, hints, d, run, paused, speed, stepRequests, training, g, panel,
        verdictShown, restoring);
  }

  ChallengeView started() {
    return new ChallengeView(Phase.TRAINING, settings, hints, diagnosed, run + 1, false, speed, 0, Training.NONE, guess,
        panel, true, false);
  }

  ChallengeView withPaused(boolean p) {
    return new ChallengeView(phase, settings, hints, diagnosed, run, p, speed, stepRequests, training, guess,
        panel, verdictShown, restoring);
  }

  ChallengeView withSpeed(int s) {
    return new ChallengeView(phase, settings, hints, diagnosed, run, paused, Math.max(0, Math.min(MAX_SPEED, s)),
        stepRequests, training, guess,
        panel, verdictShown, restoring);
  }

  ChallengeView stepOnce() {
    return new ChallengeView(phase, settings, hints, diagnosed, run, true, speed, stepRequests + 1, training, guess,
        panel, verdictShown, restoring);
  }

  ChallengeView withPanel(Panel p, boolean shown) {
    return new ChallengeView(phase, settings, hints, diagnosed, run, paused, speed, stepRequests, training, guess, p,
        shown, restoring);
  }

  ChallengeView withTraining(Training t) {
    return new ChallengeView(phase, settings, hints, diagnosed, run, paused, speed, stepRequests, t, guess, panel,
        verdictShown, restoring);
  }

  /** The finished run recomputed: drawn as it was. */
  ChallengeView restored(Training t) {
    Training shown = training.stepsPerSecond() > 0 ? t.withStepsPerSecond(training.stepsPerSecond()) : t;
    return new ChallengeView(phase, settings, hints, diagnosed, run, paused, speed, stepRequests, shown, guess, panel,
        verdictShown, false);
  }

  /** Asks the session to recompute the finished run {@code r} with these settings (after Continue). */
  ChallengeView restoring(Phase p, int r) {
    return new ChallengeView(p, settings, hints, diagnosed, Math.max(1, r), false, speed, 0, Training.NONE, guess,
        panel, verdictShown, true);
  }
}
