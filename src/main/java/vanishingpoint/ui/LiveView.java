package vanishingpoint.ui;

import java.util.Locale;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.core.ChallengeView;
import vanishingpoint.core.Training;
import vanishingpoint.train.Fmt;

/** The live training view: status, loss curve, decision boundary, and one bar per layer. */
final class LiveView {

  private static final String[] SPEEDS = {"slowest", "slower", "slow", "normal", "fast", "fastest"};

  private LiveView() {}

  static void draw(Canvas c, ChallengeView v, Challenge ch) {
    Training t = v.training();
    int row = Frame.TOP;
    String state = t.finished() ? t.verdict() : v.paused() ? "paused" : "running";
    String status = Fmt.of("step %d/%d   accuracy %.1f%%   loss %s   %.0f steps/s   %s, %s",
        t.step(), t.budget() == 0 ? ChallengesView.budget(ch) : t.budget(), 100 * t.accuracy(),
        Double.isNaN(t.lastLoss()) ? "-" : ChallengeScreen.num(t.lastLoss()), t.stepsPerSecond(), state,
        SPEEDS[v.speed()]);
    c.text(1, row, status, t.finished() && !"converged".equals(t.verdict()) ? Palette.WARN : Palette.ACCENT);
    int top = row + 1;
    int bottom = Frame.bottom(c);
    int panelH = Math.max(5, (bottom - top + 1) - 8);
    int half = (c.width() - 3) / 2;
    LossChart.draw(c, 1, top, half - 1, panelH, t.losses());
    c.text(half + 2, top, "decision boundary", Palette.DIM);
    BoundaryMap.draw(c, half + 2, top + 1, c.width() - half - 3, panelH - 1, t);
    int barsTop = top + panelH;
    double[] n = t.gradNorms();
    if (n.length == 0) {
      c.text(1, barsTop, "gradient norm per layer: waiting for the first step", Palette.DIM);
      return;
    }
    c.text(1, barsTop, Fmt.of("gradient norm per layer (log scale): layer 1 %.2e, output %.2e",
        n[0], n[n.length - 1]), Palette.DIM);
    int colWidth = 7 + n.length * 2 <= c.width() - 2 ? 2 : 1;
    double[] range = Widgets.range(n);
    var rows = LogColumns.rows(n, Math.min(5, bottom - barsTop - 1), range[0], range[1], colWidth, Widgets::health,
        c.style().unicode());
    for (int i = 0; i < rows.size(); i++) {
      rows.get(i).draw(c, 1, barsTop + 1 + i);
    }
    c.text(8, barsTop + 1 + rows.size(), "layer 1", Palette.DIM);
    c.text(Math.max(16, 8 + n.length * colWidth - 6), barsTop + 1 + rows.size(), "output", Palette.DIM);
  }
}
