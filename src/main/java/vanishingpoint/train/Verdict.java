package vanishingpoint.train;

/**
 * How a run ended.
 *
 * @param kind   the diagnosis
 * @param reason one line quoting the measured numbers behind it
 */
public record Verdict(Kind kind, String reason) {

  /** The four outcomes; the command-line spelling is the lower-case name. */
  public enum Kind { CONVERGED, VANISHING, EXPLODING, STALLED }
}
