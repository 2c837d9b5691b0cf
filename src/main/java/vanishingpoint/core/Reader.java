package vanishingpoint.core;

import java.util.List;

/**
 * What the lesson reader shows beyond the page itself; reset whenever the page changes, never
 * saved (only the page is progress).
 *
 * @param scroll     first line of the page shown
 * @param toc        whether the table of contents is open
 * @param tocCursor  the highlighted entry of the table of contents
 * @param factor     the "multiply it out" widget's per-layer factor
 * @param depth      the "multiply it out" widget's depth
 * @param probe      the gradient probe's settings and last result
 */
public record Reader(int scroll, boolean toc, int tocCursor, double factor, int depth, ProbeState probe) {

  public static final Reader START = new Reader(0, false, 0, 0.25, 10, ProbeState.NONE);

  /**
   * A scroll meaning "the page's end": the renderer draws the end of a page scrolled past it, and
   * its measure of the page ({@link Msg.PageMeasured}) brings the scroll back to that end.
   */
  static final int END = Integer.MAX_VALUE / 2;

  /** The factors the player can step through with the multiply widget. */
  public static final List<Double> FACTORS = List.of(0.1, 0.25, 0.5, 0.9, 1.0, 1.1, 1.5, 2.0);

  public Reader withScroll(int s) {
    return new Reader(Math.max(0, s), toc, tocCursor, factor, depth, probe);
  }

  Reader withToc(boolean open, int cursor) {
    return new Reader(scroll, open, cursor, factor, depth, probe);
  }

  Reader withMultiply(double f, int d) {
    return new Reader(scroll, toc, tocCursor, f, d, probe);
  }

  Reader withProbe(ProbeState p) {
    return new Reader(scroll, toc, tocCursor, factor, depth, p);
  }


  /**
   * The probe: the network to probe, and the per-layer gradient norms of its last run (null
   * before the first). {@code requested}: a run is asked for ({@link Effect.RunProbe}); the
   * engine is I/O from the state's point of view, so the run happens outside {@link Update} and
   * its result comes back as {@link Msg.ProbeDone}. With {@code spectrum} the
   * probe measures the layers' singular values instead, into {@code gains} (and each layer's
   * largest into {@code norms}). {@code previous} is the run before the one shown (its settings
   * and norms, drawn dim behind the new bars), or null before a second run (not saved).
   */
  public record ProbeState(String activation, String init, int depth, int width, double[] norms, boolean requested,
      boolean spectrum, vanishingpoint.train.Spectrum.Gains gains, ProbeState previous) {
    public static final ProbeState NONE = new ProbeState("sigmoid", "xavier", 20, 32, null, false);

    public ProbeState(String activation, String init, int depth, int width, double[] norms, boolean requested) {
      this(activation, init, depth, width, norms, requested, false, null);
    }

    public ProbeState(String activation, String init, int depth, int width, double[] norms, boolean requested,
        boolean spectrum, vanishingpoint.train.Spectrum.Gains gains) {
      this(activation, init, depth, width, norms, requested, spectrum, gains, null);
    }

    /** The same network, with other settings and no result yet; a result shown becomes the previous. */
    ProbeState with(String act, String in) {
      return new ProbeState(act, in, depth, width, null, false, spectrum, null, shownOr());
    }

    ProbeState asked() {
      return new ProbeState(activation, init, depth, width, norms, true, spectrum, gains, previous);
    }

    /** A new result; the one it replaces (if any) becomes the previous. */
    ProbeState done(double[] n, vanishingpoint.train.Spectrum.Gains g) {
      return new ProbeState(activation, init, depth, width, n, false, spectrum, g, shownOr());
    }

    /** This run as a previous one (no chain behind it), if it has a result; else the previous kept. */
    private ProbeState shownOr() {
      return norms == null || norms.length == 0 ? previous
          : new ProbeState(activation, init, depth, width, norms, false, spectrum, gains, null);
    }
  }
}
