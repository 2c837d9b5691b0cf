package vanishingpoint.lab;

import java.io.PrintWriter;
import java.util.Locale;
import vanishingpoint.train.Activation;
import vanishingpoint.train.Init;
import vanishingpoint.train.Optimizer;
import vanishingpoint.train.Simd;
import vanishingpoint.train.TrainConfig;
import vanishingpoint.train.Trainer;

/**
 * Times full-batch SGD steps (forward, softmax cross-entropy, backward, update) on three fixed
 * networks; src/test/python/numpy_bench.py times the same steps in numpy for comparison.
 */
final class Bench {
  /**
   * Warm-up runs until the JIT is done with the hot code (C2 compiles the Vector API kernels only
   * after thousands of calls, and on one core it competes with the run itself); then a timed run
   * of about a second, and at least this many steps.
   */
  private static final long WARMUP_NANOS = 2_000_000_000L;
  private static final long TIMED_NANOS = 1_000_000_000L;
  private static final int MIN_TIMED_STEPS = 500;

  private Bench() {}

  record Case(String name, int depth, int width, int batch, Activation act) {
    /** Multiply-adds of the three products per layer (the first layer needs no input gradient). */
    double flops() {
      double f = 0;
      int in = 2;
      for (int l = 0; l <= depth; l++) {
        int out = l == depth ? 2 : width;
        f += 2.0 * in * out * batch * (l == 0 ? 2 : 3);
        in = out;
      }
      return f;
    }
  }

  static final Case[] CASES = {
    new Case("A", 20, 32, 256, Activation.TANH),
    new Case("B", 10, 16, 128, Activation.RELU),
    new Case("C", 30, 64, 256, Activation.RELU),
  };

  /** Each case, warm. */
  static void run(PrintWriter out) throws InterruptedException {
    Simd.awaitWarmUp();
    out.printf(Locale.ROOT, "kernels: %s%n", Simd.describe());
    out.printf(Locale.ROOT, "%-4s %-22s %10s %10s %9s %10s%n", "case", "network", "ms/step", "steps/s", "GFLOP/s",
        "cpu ms");
    for (Case c : CASES) {
      time(out, c);
    }
  }

  private static void time(PrintWriter out, Case c) {
    TrainConfig cfg = TrainConfig.defaults().withDepth(c.depth()).withWidth(c.width())
        .withActivation(c.act()).withInit(c.act() == Activation.TANH ? Init.XAVIER : Init.HE)
        .withOptimizer(Optimizer.SGD).withLr(1e-4).withPoints(c.batch()).withBatch(0)
        .withTargetAccuracy(1.0).withLogEvery(Integer.MAX_VALUE);
    long start = System.nanoTime();
    long warmSteps = 0;
    // warm up for a while, and on until a whole round passes without the JIT compiling anything
    // (pinned to one core, a late compilation would otherwise run inside the timed steps)
    java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
    long compiled = -1;
    while (System.nanoTime() - start < WARMUP_NANOS
        || (jit.getTotalCompilationTime() != compiled && System.nanoTime() - start < 3 * WARMUP_NANOS)) {
      compiled = jit.getTotalCompilationTime();
      Trainer warm = new Trainer(cfg.withSteps(200));
      warm.run(null);
      warmSteps += warm.stepsDone();
    }
    double warmMs = (System.nanoTime() - start) / 1e6 / warmSteps;
    int steps = (int) Math.max(MIN_TIMED_STEPS, TIMED_NANOS / 1e6 / warmMs);
    Trainer t = new Trainer(cfg.withSteps(steps));
    // the thread's processor time too: on a shared machine, waiting for a core inflates the wall time
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    t.run(null);
    double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / t.stepsDone();
    double ms = t.trainNanos() / 1e6 / t.stepsDone();
    out.printf(Locale.ROOT, "%-4s %-22s %10.3f %10.0f %9.2f %10.3f%n", c.name(),
        String.format(Locale.ROOT, "%dx%d %s b%d", c.depth(), c.width(), c.act(), c.batch()),
        ms, 1000 / ms, c.flops() / (ms * 1e6), cpuMs);
    out.flush();
  }
}
