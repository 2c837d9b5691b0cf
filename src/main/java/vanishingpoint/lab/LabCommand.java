package vanishingpoint.lab;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vanishingpoint.train.Activation;
import vanishingpoint.train.Clip;
import vanishingpoint.train.DataSpec;
import vanishingpoint.train.Init;
import vanishingpoint.train.Optimizer;
import vanishingpoint.train.TrainConfig;
import vanishingpoint.train.Trainer;
import vanishingpoint.train.Verdict;

/** {@code play lab}: trains one network from the command line and prints its steps and verdict. */
@Command(name = "lab", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Train a small MLP and watch its gradients, layer by layer.%n"
        + "Defaults are a healthy run: 6 x 32 ReLU, He init, Adam 0.01, full batch on a 512-point 2-arm spiral.")
public final class LabCommand implements Callable<Integer> {
  /** Exit code for invalid options, as picocli's default for usage errors. */
  public static final int USAGE_ERROR = 2;

  @Spec CommandSpec spec;

  @Option(names = "--depth", description = "hidden layers (default: ${DEFAULT-VALUE})")
  int depth = 6;
  @Option(names = "--width", description = "units per hidden layer (default: ${DEFAULT-VALUE})")
  int width = 32;
  @Option(names = "--activation", description = "sigmoid, tanh, relu, leaky-relu, linear (default: ${DEFAULT-VALUE})")
  String activation = "relu";
  @Option(names = "--init", description = "zeros, small, large, normal:S, xavier, xavier-normal, he (default: ${DEFAULT-VALUE})")
  String init = "he";
  @Option(names = "--clip", description = "none, value:C, norm:C (default: ${DEFAULT-VALUE})")
  String clip = "none";
  @Option(names = "--optimizer", description = "sgd, momentum, rmsprop, adam (default: ${DEFAULT-VALUE})")
  String optimizer = "adam";
  @Option(names = "--lr", description = "learning rate (default: ${DEFAULT-VALUE})")
  double lr = 0.01;
  @Option(names = "--batchnorm", description = "batch normalisation before each hidden activation")
  boolean batchNorm;
  @Option(names = "--residual", description = "residual connections where widths match")
  boolean residual;
  @Option(names = "--dataset", description = "spiral, spiral:3, circles, moons, xor (default: ${DEFAULT-VALUE})")
  String dataset = "spiral";
  @Option(names = "--noise", description = "dataset noise (default: ${DEFAULT-VALUE})")
  double noise = 0.1;
  @Option(names = "--points", description = "dataset size (default: ${DEFAULT-VALUE})")
  int points = 512;
  @Option(names = "--batch", description = "mini-batch size, 0 = full batch (default: ${DEFAULT-VALUE})")
  int batch = 0;
  @Option(names = "--steps", description = "step budget (default: ${DEFAULT-VALUE})")
  int steps = 1000;
  @Option(names = "--seed", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed = 1;
  @Option(names = "--target", description = "target accuracy (default: ${DEFAULT-VALUE})")
  double target = 0.95;
  @Option(names = "--every", description = "log every N steps (default: ${DEFAULT-VALUE})")
  int every = 50;
  @Option(names = "--json", description = "one JSON object per logged step, then the verdict")
  boolean json;
  @Option(names = "--dump", paramLabel = "FILE", description = "write config, data, initial weights and first-step gradients as JSON")
  Path dump;
  @Option(names = "--threads", description = "threads per run, 1 or 2 (the batch is cut in two halves);"
      + " the results are the same bits either way (default: ${DEFAULT-VALUE})")
  int threads = 1;
  @Option(names = "--bench", description = "benchmark three fixed networks on one thread and on --threads, and exit")
  boolean bench;
  @Option(names = "--challenge", paramLabel = "ID", description = "run a challenge with its settings; knob options"
      + " (--activation, --init, --clip, --optimizer, --lr, --batchnorm, --residual, --depth) override its unlocked knobs")
  String challenge;
  @Option(names = "--list-challenges", description = "list the challenges, their unlocked knobs and choices")
  boolean listChallenges;

  private final java.util.function.Supplier<vanishingpoint.lesson.Content> content;

  /** A lab that finds challenges in the given content (the game's lessons folder). */
  public LabCommand(java.util.function.Supplier<vanishingpoint.lesson.Content> content) {
    this.content = content;
  }

  public LabCommand() {
    this(() -> vanishingpoint.lesson.ContentLoader.load(Path.of("lessons")));
  }

  /**
   * Makes usage errors a single line on stderr with exit code {@value #USAGE_ERROR}. Apply it to
   * the top-level CommandLine too when lab is a subcommand: picocli uses the top-level handler.
   */
  public static CommandLine configure(CommandLine cl) {
    cl.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println("error: " + ex.getMessage());
      return USAGE_ERROR;
    });
    return cl;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (threads < 1 || threads > 2) {
      throw new ParameterException(spec.commandLine(), "threads: must be 1 or 2, got " + threads);
    }
    if (bench) {
      // the vector kernels' warm-up reports to the log, which the lab does not show
      java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
      Bench.run(out, threads);
      out.flush();
      return 0;
    }
    if (listChallenges) {
      ChallengeCommands.list(content.get(), json, out);
      out.flush();
      return 0;
    }
    TrainConfig config = challenge == null ? config() : challengeConfig();
    try (Trainer trainer = new Trainer(config, threads)) {
      if (dump != null) {
        try {
          Dump.write(dump, trainer);
        } catch (java.io.IOException e) {
          spec.commandLine().getErr().println("error: cannot write dump " + dump + ": " + e.getMessage());
          return 1;
        }
      }
      Report report = json ? new JsonReport(out) : new TableReport(out, config);
      report.start();
      Verdict verdict = trainer.run(report::step);
      report.end(trainer, verdict);
      out.flush();
      return 0;
    }
  }

  private TrainConfig challengeConfig() {
    vanishingpoint.lesson.Content c = content.get();
    vanishingpoint.challenge.Challenge ch = c.challenge(challenge).orElseThrow(() -> new ParameterException(
        spec.commandLine(), "no challenge '" + challenge + "' (see --list-challenges)"));
    TrainConfig base = ch.config(ChallengeCommands.settings(ch, spec.commandLine().getParseResult(), this));
    return json || !spec.commandLine().getParseResult().hasMatchedOption("--every") ? base : base.withLogEvery(every);
  }

  /** The value given for a knob's option, in the challenge files' spelling. */
  String valueOf(String knob) {
    switch (knob) {
      case "activation": return activation;
      case "init": return init;
      case "clip": return clip;
      case "optimizer": return optimizer;
      case "lr": return String.valueOf(lr);
      case "batchnorm": return String.valueOf(batchNorm);
      case "residual": return String.valueOf(residual);
      case "depth": return String.valueOf(depth);
      default: throw new IllegalArgumentException(knob);
    }
  }

  TrainConfig config() {
    try {
      return new TrainConfig(depth, width, Activation.parse(activation), Init.parse(init), batchNorm,
          residual, Clip.parse(clip), Optimizer.parse(optimizer), lr, DataSpec.parse(dataset), noise,
          points, batch, steps, seed, target, every);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
