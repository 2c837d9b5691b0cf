package vanishingpoint.train;

import java.util.List;
import java.util.Locale;

/**
 * How a run went: did it converge, and what went wrong (or right) on the way. The two are separate
 * questions: a run can converge after exploding (clipping, Adam or BatchNorm carried it to the
 * target), and a run can fail for several reasons at once.
 *
 * @param outcome   converged, not converged, or diverged
 * @param diagnoses what the evidence supports, most fundamental first; never empty ("healthy"
 *                  when nothing went wrong)
 * @param evidence  the numbers every diagnosis and the outcome were decided from
 * @param reason    one line quoting the numbers behind the outcome
 */
public record Verdict(Outcome outcome, List<Diagnosis> diagnoses, Evidence evidence, String reason) {

  public Verdict {
    diagnoses = List.copyOf(diagnoses);
  }

  /** Whether the run reached its target; a run that diverged never did. */
  public enum Outcome {
    CONVERGED, NOT_CONVERGED, DIVERGED;

    /** The spelling in content files, the lab and saves: converged, not-converged, diverged. */
    public String word() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Outcome parse(String word) {
      for (Outcome o : values()) {
        if (o.word().equals(word)) {
          return o;
        }
      }
      throw new IllegalArgumentException("unknown outcome '" + word + "' (known: converged, not-converged, diverged)");
    }
  }

  public boolean converged() {
    return outcome == Outcome.CONVERGED;
  }

  public boolean has(Diagnosis.Kind kind) {
    return diagnoses.stream().anyMatch(d -> d.kind() == kind);
  }

  /** The most fundamental diagnosis: what a headline names. */
  public Diagnosis.Kind headline() {
    return diagnoses.get(0).kind();
  }

  /**
   * The verdict in a few words, for headers and the lab: "converged", "converged after exploding",
   * "diverged: exploding", "not converged: vanishing", "not converged" (nothing wrong but time).
   */
  public String label() {
    Diagnosis.Kind h = headline();
    switch (outcome) {
      case CONVERGED:
        return has(Diagnosis.Kind.EXPLODING) ? "converged after exploding" : "converged";
      case DIVERGED:
        return "diverged: " + h.word();
      default:
        return h == Diagnosis.Kind.HEALTHY ? "not converged" : "not converged: " + h.word();
    }
  }
}
