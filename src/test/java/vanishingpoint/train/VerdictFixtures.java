package vanishingpoint.train;

import java.util.Arrays;

/** Verdicts for screen and flow tests, with plausible evidence (real runs are tested elsewhere). */
public final class VerdictFixtures {
  private VerdictFixtures() {}

  /** A verdict with these diagnoses (each with a short evidence sentence); converged at {@code at} when > 0. */
  public static Verdict of(Verdict.Outcome outcome, int at, Diagnosis.Kind... kinds) {
    Evidence e = new Evidence(at > 0 ? at : 300, Math.log(2), 0.72, at > 0 ? 0.08 : 0.69, 0.75, 2,
        at > 0 ? 0.97 : 0.5, at, at > 0 ? 0.3 : 1.2e-9, at > 0 ? 0.3 : 1.2e-9, 1.4, 0, 0.3, 0, at > 0 ? 2e-3 : 1e-9, 1.01, 0, 0);
    return new Verdict(outcome, Arrays.stream(kinds).map(k -> new Diagnosis(k, "measured " + k.word())).toList(), e,
        at > 0 ? "held the target for 10 steps" : "50.0% accuracy (target 95.0%) after 300 steps");
  }

  public static Verdict vanishing() {
    Verdict v = of(Verdict.Outcome.NOT_CONVERGED, 0, Diagnosis.Kind.VANISHING);
    return new Verdict(v.outcome(), java.util.List.of(new Diagnosis(Diagnosis.Kind.VANISHING,
        "layer 1's largest gradient norm 1.68e-09 is 1.20e-09 of the output layer's largest, 1.400")), v.evidence(),
        v.reason());
  }

  public static Verdict converged(int at) {
    return of(Verdict.Outcome.CONVERGED, at, Diagnosis.Kind.HEALTHY);
  }
}
