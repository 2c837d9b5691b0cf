package vanishingpoint.core;

import java.time.Instant;
import vanishingpoint.train.Spectrum;

/**
 * Everything that can happen to a game, as {@link Update#update} takes it: a key, the passing
 * of time, and the results of the effects the session carried out (a training frame, a probe, a
 * diagnose run, a failed save, a page drawn). Results come back as messages rather than through
 * side entries, so one function sees every change of the state.
 */
public sealed interface Msg {

  /** A key the player pressed. */
  record Key(Input in) implements Msg { }

  /** The session's clock before a key: the state's {@code now} (for the scheduler and timing answers). */
  record Time(Instant now) implements Msg { }

  /**
   * The page just drawn can scroll this far at the terminal's size (0: not at all). Only the
   * renderer knows a page's height at a given width, so it reports it, and update pulls a
   * scroll that went past the end back in.
   */
  record PageMeasured(int maxScroll) implements Msg { }

  /** The latest numbers of training run {@code run}; stale runs' frames change nothing. */
  record TrainingFrame(int run, Training training) implements Msg { }

  /**
   * The gradient probe {@code ran} gave these per-layer norms (empty if it failed), and with a
   * spectrum probe the layers' singular values ({@code gains}, else null).
   */
  record ProbeDone(Reader.ProbeState ran, double[] norms, Spectrum.Gains gains) implements Msg {
    public ProbeDone {
      norms = norms.clone(); // a copy: nothing outside may write to what the state holds
    }
  }

  /** The diagnose run trained from {@code spec} is ready. */
  record DiagnoseReady(String spec, Training training) implements Msg { }

  /** The last change of progress could not be saved: why, for the player to read. */
  record SaveFailed(String notice) implements Msg { }
}
