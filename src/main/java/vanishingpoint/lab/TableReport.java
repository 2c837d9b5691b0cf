package vanishingpoint.lab;

import java.io.PrintWriter;
import java.util.Locale;
import vanishingpoint.train.StepStats;
import vanishingpoint.train.TrainConfig;
import vanishingpoint.train.Trainer;
import vanishingpoint.train.Diagnosis;
import vanishingpoint.train.Verdict;
import vanishingpoint.train.Fmt;

/** A readable table: loss, accuracy and the gradient norms of the first, middle and last layer. */
final class TableReport implements Report {
  private final PrintWriter out;
  private final TrainConfig config;

  TableReport(PrintWriter out, TrainConfig config) {
    this.out = out;
    this.config = config;
  }

  @Override
  public void start() {
    TrainConfig c = config;
    out.print(Fmt.of("%d x %d %s, init %s%s%s, %s%s lr %s, clip %s, %s (%d points, batch %d), seed %d%n",
        c.depth(), c.width(), c.activation(), c.init(), c.batchNorm() ? ", batchnorm" : "",
        c.residual() ? ", residual" : "", c.optimizer(),
        c.optimizer() == vanishingpoint.train.Optimizer.MOMENTUM ? " " + c.momentum() + "," : "", c.lr(), c.clip(),
        c.data(), c.points(),
        c.effectiveBatch(), c.seed()));
    int mid = (c.depth() + 1) / 2;
    out.print(Fmt.of("%7s %11s %7s %11s %11s %11s%n", "step", "loss", "acc",
        "|g| L1", "|g| L" + mid, "|g| out"));
  }

  @Override
  public void step(StepStats s) {
    double[] g = s.gradNorms();
    int mid = (g.length - 1 + 1) / 2 - 1;
    out.print(Fmt.of("%7d %11s %6.1f%% %11s %11s %11s%n", s.step(), num(s.loss()),
        100 * s.accuracy(), num(g[0]), num(g[Math.max(mid, 0)]), num(g[g.length - 1])));
  }

  @Override
  public void end(Trainer trainer, Verdict verdict) {
    out.println(verdict.label() + ": " + verdict.reason());
    for (Diagnosis d : verdict.diagnoses()) {
      out.println("  " + d.kind().word() + ": " + d.evidence());
    }
    // the speed of this very run, JIT warm-up included: what a one-off run costs (lab --bench
    // measures warm steps)
    double ms = trainer.trainNanos() / 1e6;
    out.print(Fmt.of("%d steps in %.2f s (%.2f ms a step)%n", trainer.stepsDone(), ms / 1000,
        ms / Math.max(1, trainer.stepsDone())));
  }

  static String num(double v) {
    return Double.isFinite(v) ? Fmt.of("%.3e", v) : Double.toString(v);
  }
}
