package vanishingpoint.ui;

import java.util.List;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.core.ChallengeState;
import vanishingpoint.core.Training;
import vanishingpoint.train.Finite;
import vanishingpoint.train.Fmt;
import vanishingpoint.train.Thresholds;

/** The live training view: status, loss curve, decision boundary, and one bar per layer. */
final class LiveView {

  private static final String[] SPEEDS = {"slowest", "slower", "slow", "normal", "fast", "fastest"};
  /**
   * A layer whose largest singular value is outside these stretches or shrinks every vector it
   * passes by a factor of five or more: twenty such layers make 5^20 = 1e14.
   */
  static final double GAIN_LOW = 0.2;
  static final double GAIN_HIGH = 5;

  private LiveView() {}

  static void draw(Canvas c, ChallengeState v, Challenge ch) {
    Training t = v.training();
    int row = Frame.TOP;
    // in a diagnose-first challenge the player names the problem: the status must not say it
    String state = t.finished() ? (v.phase() == ChallengeState.Phase.DIAGNOSE ? "ended" : t.verdict().label())
        : v.paused() ? "paused" : "running";
    String head = Fmt.of("step %d/%d   accuracy %.1f%%   loss %s", t.step(),
        t.budget() == 0 ? ChallengesView.budget(ch) : t.budget(), 100 * t.accuracy(),
        Double.isNaN(t.lastLoss()) ? "-" : ChallengeScreen.num(t.lastLoss()));
    String speed = Fmt.of("   %.0f steps/s", t.stepsPerSecond());
    String status = head + speed + "   " + state + ", " + SPEEDS[v.speed()];
    // the state is what matters most: the speed figures go first when the line is too long
    if (status.length() > c.width() - 2) {
      status = head + "   " + state + (t.finished() ? "" : ", " + SPEEDS[v.speed()]);
    }
    c.text(1, row, status, t.finished() && !t.converged() ? Palette.WARN : Palette.ACCENT);
    int top = row + 1;
    int bottom = Frame.bottom(c);
    int panelH = Math.max(5, (bottom - top + 1) - 8);
    int half = (c.width() - 3) / 2;
    // the previous run of this challenge, dim behind the new one, on one axis with it
    Training p = v.previous();
    LossChart.draw(c, 1, top, half - 1, panelH, t.losses(), p.losses(), v.lossSpan());
    c.text(half + 2, top, "decision boundary", Palette.DIM);
    BoundaryMap.draw(c, half + 2, top + 1, c.width() - half - 3, panelH - 1, t);
    int barsTop = top + panelH;
    double[] n = t.gradNorms();
    if (n.length == 0) {
      c.text(1, barsTop, "per-layer charts: waiting for the first step", Palette.DIM);
      return;
    }
    int height = Math.min(5, bottom - barsTop - 1);
    double[] values;
    List<LessonView.Row> rows;
    String title;
    int layers = n.length;
    switch (v.panel()) {
      case UNITS: {
        // a layer's worst: saturated tanh/sigmoid outputs, or ReLUs dead for the whole batch
        values = new double[t.saturation().length];
        for (int i = 0; i < values.length; i++) {
          values[i] = Math.max(t.saturation()[i], t.deadUnits()[i]);
        }
        layers = values.length;
        title = Fmt.of("saturated or dead units per hidden layer: worst %.0f%%", 100 * Finite.max(values));
        double[] before = new double[p.saturation().length];
        for (int i = 0; i < before.length && i < p.deadUnits().length; i++) {
          before[i] = Math.max(p.saturation()[i], p.deadUnits()[i]);
        }
        rows = LogColumns.fractions(values, before, height, colWidth(c, layers), f -> f >= Thresholds.SATURATED
            ? Palette.WARN : Palette.GOOD, c.style().unicode());
        break;
      }
      case UPDATES: {
        values = t.updateRatios();
        title = Fmt.of("update / weight per layer (log; about 1e-3 is healthy): median %.1e",
            Finite.median(values));
        double[] range = Widgets.range(ChallengeState.both(values, p.updateRatios()));
        rows = LogColumns.rows(values, p.updateRatios(), height, range[0], range[1], colWidth(c, layers),
            r -> !Double.isFinite(r)
            || r > Thresholds.STEP_LARGE || r < Thresholds.STEP_SMALL ? Palette.WARN : Palette.GOOD,
            c.style().unicode());
        break;
      }
      case SPECTRUM: {
        if (t.gains() == null) {
          values = new double[layers];
          title = "gain per layer (largest singular value): measuring";
          rows = List.of();
          break;
        }
        values = t.gains().largest();
        title = Fmt.of("gain per layer (largest singular value; 1 at half height): %s to %s",
            ChallengeScreen.num(Finite.min(values)), ChallengeScreen.num(Finite.max(values)));
        double[] before = p.gains() == null ? new double[0] : p.gains().largest();
        double[] range = Widgets.aroundOne(ChallengeState.both(values, before));
        rows = LogColumns.rows(values, before, height, range[0], range[1], colWidth(c, layers),
            g -> !Double.isFinite(g)
            || g < GAIN_LOW || g > GAIN_HIGH ? Palette.WARN : Palette.GOOD, c.style().unicode());
        break;
      }
      default: {
        values = n;
        title = Fmt.of("gradient norm per layer (log): layer 1 %.1e, output %.1e", n[0],
            n[n.length - 1]);
        double out = n[n.length - 1];
        // one decade range for both runs, so the previous run's bars stay comparable
        double[] range = Widgets.range(ChallengeState.both(n, p.gradNorms()));
        // red where a layer's gradient is as far from the output's as the verdict's thresholds
        rows = LogColumns.rows(n, p.gradNorms(), height, range[0], range[1], colWidth(c, layers),
            g -> !Double.isFinite(g)
            || g < Thresholds.VANISHING_RATIO * out || g > Thresholds.GRADIENT_GROWTH * out ? Palette.WARN
            : Palette.GOOD, c.style().unicode());
      }
    }
    c.text(1, barsTop, title, Palette.DIM);
    for (int i = 0; i < rows.size(); i++) {
      rows.get(i).draw(c, 1, barsTop + 1 + i);
    }
    int cw = colWidth(c, layers);
    int legend = barsTop + 1 + rows.size();
    c.text(8, legend, "layer 1", Palette.DIM);
    String end = v.panel() == ChallengeState.Panel.UNITS ? "last hidden" : "output";
    int endCol = Math.max(16, 8 + layers * cw - end.length());
    c.text(endCol, legend, end, Palette.DIM);
    // what the dim curve and bars are, where the legend row has room for it before the diagnosis
    int free = endCol + end.length() + 3;
    String soFarText = t.sofar() != null && !t.finished() ? "so far: " + (t.sofar().converged() ? "converged"
        : t.sofar().headline().word().replace('-', ' ')) : "";
    String ghostKey = c.style().unicode() ? "dim: the run before" : ". and : the run before";
    if (p.step() > 0 && free + ghostKey.length() + 1 < c.width() - 1 - soFarText.length()) {
      c.text(free, legend, ghostKey, Palette.DIM);
    }
    // the diagnosis forming as evidence comes in, at the right of the legend row
    if (t.sofar() != null && !t.finished()) {
      String soFar = "so far: " + (t.sofar().converged() ? "converged" : t.sofar().headline().word().replace('-', ' '));
      int col = c.width() - 1 - soFar.length();
      if (col > endCol + end.length() + 1) {
        c.text(col, legend, soFar, t.sofar().headline() == vanishingpoint.train.Diagnosis.Kind.HEALTHY
            ? Palette.GOOD : Palette.WARN);
      }
    }
  }

  private static int colWidth(Canvas c, int layers) {
    return 7 + layers * 2 <= c.width() - 2 ? 2 : 1;
  }

}
