package vanishingpoint.train;

/**
 * Every threshold a verdict uses, in one place (listed for content authors and lab users in
 * {@code lessons/README.md}, "How a run is judged").
 */
public final class Thresholds {
  private Thresholds() {}

  /** Converged: the whole-dataset accuracy at or above the target on this many consecutive steps. */
  public static final int HOLD_STEPS = 10;
  /** Converged also needs the loss at most this fraction of the chance loss ln K, on each of those steps. */
  public static final double LOSS_BELOW_CHANCE = 0.5;

  /** Exploding: the first loss this many times above chance (the forward pass blew up at initialisation). */
  public static final double INITIAL_LOSS_BLOWUP = 100;
  /** Exploding: a loss this many times above max(first loss, chance). Diverged when the run also ends there. */
  public static final double LOSS_BLOWUP = 10;
  /** Exploding: the total weight norm grown this many times over its value after step 1. */
  public static final double WEIGHT_BLOWUP = 1e3;
  /** Exploding: layer 1's largest gradient this many times the output layer's largest. */
  public static final double GRADIENT_GROWTH = 1e4;

  /** The end of a run, for saturation and late vanishing: its last 1/END_WINDOW of steps (at least HOLD_STEPS). */
  public static final int END_WINDOW = 10;
  /** Vanishing: layer 1's gradient below this fraction of the output layer's, over the run or over its end. */
  public static final double VANISHING_RATIO = 1e-4;
  /**
   * Vanishing: or every layer's gradient norm below this at every step (the signal faded on the way
   * forward, so even the output layer gets almost nothing; healthy runs of the game's networks start
   * between 0.1 and 10).
   */
  public static final double TINY_GRADIENT = 1e-2;

  /** Saturated: the most saturated layer has at least this fraction of its outputs at the flat limits. */
  public static final double SATURATED = 0.5;
  /** Dead units: the deadest layer has at least this fraction of ReLUs outputting 0 for every point. */
  public static final double DEAD = 0.9;
  /** Dead units also when layer 1's gradient has been exactly 0 for this many steps at the end. */
  public static final int DEAD_STEPS = 10;

  /** Step too large: the median update-to-weight ratio above this (about 1e-3 is healthy). */
  public static final double STEP_LARGE = 3e-2;
  /** Step too small: the median update-to-weight ratio below this, while the gradient reaches layer 1. */
  public static final double STEP_SMALL = 3e-4;
  /**
   * Step too small only while the output's gradient over the run's last steps is still at least
   * this fraction of its largest (a plateau's gradient fades: bigger steps would not help).
   */
  public static final double STILL_PULLING = 0.1;
  /** Step too small only when layer 1's largest gradient is at least this fraction of the output's (it gets through). */
  public static final double STEP_SMALL_GRADIENT_RATIO = 1e-2;
}
