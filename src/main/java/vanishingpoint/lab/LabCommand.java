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
import vanishingpoint.train.Footprint;
import vanishingpoint.train.Knob;
import vanishingpoint.train.Optimizer;
import vanishingpoint.train.TrainConfig;
import vanishingpoint.train.Trainer;
import vanishingpoint.train.Verdict;

/** {@code play lab}: trains one network from the command line and prints its steps and verdict. */
@Command(name = "lab", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Train a small MLP and watch its gradients, layer by layer.",
        "Defaults are a healthy run: 6 x 32 ReLU, He init, Adam 0.01, full batch on a 512-point 2-arm spiral."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the run ended (whatever its verdict) or the listing was printed",
        "1:the dump could not be written, or the run ran out of memory",
        "2:invalid options, or a network too large for the heap"})
public final class LabCommand implements Callable<Integer> {
  /** Exit code for invalid options, as picocli's default for usage errors. */
  public static final int USAGE_ERROR = UsageError.EXIT_CODE;
  /** Share of the heap a run may plan to use: the rest is for the JVM, the report and misjudgement. */
  static final double HEAP_SHARE = 0.9;

  /**
   * The allowed values of each numeric option; {@code got} shows the value as typed.
   *
   * @param option the option's name
   * @param range  what is allowed, to follow "must be"
   * @param whole  a whole number (else a finite decimal)
   */
  record Range(String option, String range, boolean whole, double min, double max, boolean maxOpen) {
    static Range ints(String option, long min, long max) {
      String range = max == Long.MAX_VALUE ? "at least " + min : max == min + 1 ? min + " or " + max
          : "between " + min + " and " + max;
      return new Range(option, range, true, min, max, false);
    }

    boolean allows(double v) {
      return Double.isFinite(v) && v >= min && (maxOpen ? v < max : v <= max);
    }

    /** The message for a value in the wrong range. */
    String outside(String got) {
      return option + " must be " + range + " (got " + got + ")";
    }

    /** The message for a value that is not a (finite, or whole) number. */
    String notANumber(String got) {
      return option + " must be " + (whole ? "a whole number " : "a finite number ") + range + " (got '" + got + "')";
    }
  }

  /** A run of more steps than this is a typo or a very long wait; ten million takes hours already. */
  static final int MAX_STEPS = 10_000_000;

  static final java.util.Map<String, Range> RANGES = java.util.stream.Stream.of(
      Range.ints("--depth", 1, TrainConfig.MAX_DEPTH),
      Range.ints("--width", 1, TrainConfig.MAX_WIDTH),
      new Range("--lr", "greater than 0", false, Double.MIN_VALUE, Double.MAX_VALUE, false),
      new Range("--momentum", "at least 0 and less than 1", false, 0, 1, true),
      new Range("--noise", "at least 0", false, 0, Double.MAX_VALUE, false),
      Range.ints("--points", 4, TrainConfig.MAX_POINTS),
      Range.ints("--batch", 0, TrainConfig.MAX_POINTS),
      Range.ints("--steps", 1, MAX_STEPS),
      new Range("--seed", "between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE, true, -Double.MAX_VALUE, Double.MAX_VALUE, false),
      new Range("--target", "greater than 0 and at most 1", false, Double.MIN_VALUE, 1, false),
      Range.ints("--every", 1, Integer.MAX_VALUE))
      .collect(java.util.stream.Collectors.toUnmodifiableMap(Range::option, r -> r));

  @Spec CommandSpec spec;

  @Option(names = "--depth", paramLabel = "N", description = "hidden layers, 1 to " + TrainConfig.MAX_DEPTH
      + " (default: ${DEFAULT-VALUE})")
  int depth = 6;
  @Option(names = "--width", paramLabel = "N", description = "units per hidden layer, 1 to " + TrainConfig.MAX_WIDTH
      + " (default: ${DEFAULT-VALUE})")
  int width = 32;
  @Option(names = "--activation", paramLabel = "NAME", completionCandidates = Activations.class,
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  String activation = "relu";
  @Option(names = "--init", paramLabel = "NAME", completionCandidates = Inits.class,
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  String init = "he";
  @Option(names = "--clip", paramLabel = "HOW", completionCandidates = Clips.class,
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  String clip = "none";
  @Option(names = "--optimizer", paramLabel = "NAME", completionCandidates = Optimizers.class,
      description = "${COMPLETION-CANDIDATES}; PyTorch's update rules and defaults, momentum being SGD with"
      + " momentum (default: ${DEFAULT-VALUE})")
  String optimizer = "adam";
  @Option(names = "--lr", paramLabel = "X", description = "learning rate, greater than 0 (default: ${DEFAULT-VALUE})")
  double lr = 0.01;
  @Option(names = "--momentum", paramLabel = "X", description = "with --optimizer momentum: the share of the"
      + " previous step kept in each step (PyTorch's SGD momentum), 0 to below 1 (default: ${DEFAULT-VALUE})")
  double momentum = TrainConfig.DEFAULT_MOMENTUM;
  @Option(names = "--batchnorm", description = "batch normalisation before each hidden activation"
      + " (needs batches of 2 or more)")
  boolean batchNorm;
  @Option(names = "--residual", description = "residual connections where widths match")
  boolean residual;
  @Option(names = "--dataset", paramLabel = "NAME", completionCandidates = Datasets.class,
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  String dataset = "spiral";
  @Option(names = "--noise", paramLabel = "X", description = "dataset noise, 0 or more (default: ${DEFAULT-VALUE})")
  double noise = 0.1;
  @Option(names = "--points", paramLabel = "N", description = "dataset size, 4 (6 for spiral:3) to "
      + TrainConfig.MAX_POINTS + " (default: ${DEFAULT-VALUE})")
  int points = 512;
  @Option(names = "--batch", paramLabel = "N", description = "mini-batch size; 0, or --points or more, is the full"
      + " batch (default: ${DEFAULT-VALUE}). Each epoch shuffles the points and takes whole batches in turn;"
      + " the points left over (--points modulo N) sit that epoch out (drop-last), and the next shuffle"
      + " leaves out others")
  int batch = 0;
  @Option(names = "--steps", paramLabel = "N", description = "step budget, 1 to " + MAX_STEPS
      + " (default: ${DEFAULT-VALUE})")
  int steps = 1000;
  @Option(names = "--seed", paramLabel = "N", description = "random seed: data, initial weights and batch order"
      + " (default: ${DEFAULT-VALUE})")
  long seed = 1;
  @Option(names = "--target", paramLabel = "X", description = "accuracy that counts as converged, above 0 and at"
      + " most 1 (default: ${DEFAULT-VALUE})")
  double target = 0.95;
  @Option(names = "--every", paramLabel = "N", description = "log every N steps (default: ${DEFAULT-VALUE})")
  int every = 50;
  @Option(names = "--json", description = "one JSON object per logged step, then the verdict; numbers that are"
      + " not finite (a diverged run) are null")
  boolean json;
  @Option(names = "--dump", paramLabel = "FILE", description = "write config, data, initial weights and first-step"
      + " gradients as JSON")
  Path dump;
  @Option(names = "--bench", description = "benchmark three fixed networks once the JIT and the vector kernels are"
      + " warm (as the SSH server trains), and exit; a one-off run's own speed ends its table")
  boolean bench;
  @Option(names = "--challenge", paramLabel = "ID", description = "run a challenge with its settings; the options"
      + " of its unlocked knobs (--list-challenges shows them) override them; a locked knob's option is refused")
  String challenge;
  @Option(names = "--list-challenges", description = "list the challenges, their unlocked knobs and choices")
  boolean listChallenges;

  /** The most heap the JVM will use (a test sets a smaller one). */
  java.util.function.LongSupplier maxHeap = () -> Runtime.getRuntime().maxMemory();
  /** Makes the run's trainer (a test makes one that runs out of memory). */
  java.util.function.Function<TrainConfig, Trainer> trainers = Trainer::new;

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
    cl.setParameterExceptionHandler(UsageError::handle);
    return cl;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    checkRanges();
    if (bench) {
      // the vector kernels' warm-up reports to the log, which the lab does not show
      java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
      Bench.run(out);
      out.flush();
      return 0;
    }
    if (listChallenges) {
      ChallengeCommands.list(content.get(), json, out);
      out.flush();
      return 0;
    }
    TrainConfig config = challenge == null ? config() : challengeConfig();
    if (spec.commandLine().getParseResult().hasMatchedOption("--momentum") && config.optimizer() != Optimizer.MOMENTUM) {
      throw new ParameterException(spec.commandLine(), "--momentum is for --optimizer momentum (this run uses "
          + config.optimizer() + ")");
    }
    double needed = Footprint.bytes(config);
    long heap = maxHeap.getAsLong();
    if (needed > HEAP_SHARE * heap) {
      throw new ParameterException(spec.commandLine(), "the network needs about " + Footprint.describe(needed)
          + (needed > heap ? ", more than the " : ", nearly all of the ") + Footprint.describe(heap) + " heap ("
          + sizeOptions(config) + "); " + remedy(needed / HEAP_SHARE));
    }
    try {
      return run(config, out);
    } catch (OutOfMemoryError e) {
      // the estimate above missed: one line, not a stack trace
      spec.commandLine().getErr().println(spec.qualifiedName() + ": ran out of memory (estimated "
          + Footprint.describe(needed) + " of a " + Footprint.describe(heap) + " heap, " + sizeOptions(config)
          + "); " + remedy(2 * needed));
      return 1;
    }
  }

  private int run(TrainConfig config, PrintWriter out) {
    Trainer trainer = trainers.apply(config);
    if (dump != null) {
      try {
        Dump.write(dump, trainer);
      } catch (java.io.IOException e) {
        spec.commandLine().getErr().println(spec.qualifiedName() + ": cannot write dump " + dump + ": "
            + e.getMessage());
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

  /** What to do about a network too large: a larger heap when this machine has the memory for it. */
  private static String remedy(double heap) {
    long gb = (long) Math.ceil(heap / (1L << 30));
    long ram = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getTotalMemorySize() : 0;
    return gb < ram / (1L << 30) ? "make it smaller, or give Java more: VP_JAVA_OPTS=-Xmx" + gb + "g"
        : "make it smaller";
  }

  /** The options that decide a network's size, as given. */
  private static String sizeOptions(TrainConfig c) {
    return "--depth " + c.depth() + " --width " + c.width() + (c.effectiveBatch() < c.points()
        ? " --batch " + c.batch() : " --points " + c.points() + " in full batches");
  }

  /** Every numeric option within its range, and finite; the message shows the value as typed. */
  private void checkRanges() {
    double[] values = {depth, width, lr, momentum, noise, points, batch, steps, seed, target, every};
    String[] names = {"--depth", "--width", "--lr", "--momentum", "--noise", "--points", "--batch", "--steps",
        "--seed", "--target", "--every"};
    for (int i = 0; i < names.length; i++) {
      Range r = RANGES.get(names[i]);
      if (!r.allows(values[i])) {
        java.util.List<String> given = spec.findOption(names[i]).originalStringValues();
        String got = given.isEmpty() ? String.valueOf(values[i]) : given.get(given.size() - 1);
        throw new ParameterException(spec.commandLine(), Double.isFinite(values[i]) ? r.outside(got)
            : r.notANumber(got));
      }
    }
    if (batchNorm && batch == 1 && points > 1) {
      throw new ParameterException(spec.commandLine(), "--batchnorm needs batches of 2 or more (got --batch 1):"
          + " one sample has no variance to normalise by (PyTorch refuses it too)");
    }
  }

  private TrainConfig challengeConfig() {
    vanishingpoint.lesson.Content c = content.get();
    vanishingpoint.challenge.Challenge ch = c.challenge(challenge).orElseThrow(() -> new ParameterException(
        spec.commandLine(), "no challenge '" + challenge + "' (see " + spec.qualifiedName() + " --list-challenges)"));
    TrainConfig base = ch.config(ChallengeCommands.settings(ch, spec.commandLine().getParseResult()));
    if (spec.commandLine().getParseResult().hasMatchedOption("--momentum")) {
      base = base.withMomentum(momentum);
    }
    return json || !spec.commandLine().getParseResult().hasMatchedOption("--every") ? base : base.withLogEvery(every);
  }

  /** The option that sets {@code knob}: its name with two dashes. */
  static String option(Knob knob) {
    return "--" + knob.id();
  }

  /** A knob's values for the help ({@code ${COMPLETION-CANDIDATES}}), from the engine's one list of knobs. */
  abstract static class Choices implements Iterable<String> {
    private final Knob knob;

    Choices(Knob knob) {
      this.knob = knob;
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return knob.choices().iterator();
    }
  }

  static final class Activations extends Choices {
    Activations() {
      super(Knob.ACTIVATION);
    }
  }

  static final class Inits extends Choices {
    Inits() {
      super(Knob.INIT);
    }
  }

  static final class Clips extends Choices {
    Clips() {
      super(Knob.CLIP);
    }
  }

  static final class Optimizers extends Choices {
    Optimizers() {
      super(Knob.OPTIMIZER);
    }
  }

  static final class Datasets extends Choices {
    Datasets() {
      super(Knob.DATASET);
    }
  }

  /**
   * The run the options describe. Each knob's option is read by the engine's {@link Knob}, one at a
   * time onto the defaults (where no other option can clash with it), then the run is built whole.
   */
  TrainConfig config() {
    try {
      TrainConfig k = TrainConfig.defaults();
      for (Knob knob : Knob.values()) {
        k = knob.apply(k, String.valueOf((Object) spec.findOption(option(knob)).getValue()));
      }
      return new TrainConfig(k.depth(), k.width(), k.activation(), k.init(), k.batchNorm(), k.residual(), k.clip(),
          k.optimizer(), k.lr(), momentum, k.data(), k.noise(), points, batch, steps, seed, target, every);
    } catch (IllegalArgumentException e) {
      // the engine's messages start with the setting's name; here it is an option
      throw new ParameterException(spec.commandLine(), "--" + e.getMessage(), e);
    }
  }
}
