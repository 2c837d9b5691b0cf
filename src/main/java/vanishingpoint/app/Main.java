package vanishingpoint.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vanishingpoint.lab.LabCommand;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;
import vanishingpoint.save.InvalidProfileNameException;
import vanishingpoint.save.ProfileInUseException;
import vanishingpoint.save.ProfileLock;
import vanishingpoint.save.ProfileName;
import vanishingpoint.save.SaveStore;
import vanishingpoint.ssh.ServeCommand;
import vanishingpoint.ui.Style;

/** {@code play}: starts the game on this terminal. */
@Command(name = "play", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Vanishing Point: a terminal game about vanishing and exploding gradients.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the player quit", "1:the game could not start or stopped on an error",
        "2:invalid command-line options", "3:the player quit, but the last change could not be saved"})
public final class Main implements Callable<Integer> {

  static {
    // Before the first logger (the next line) creates the LogManager: the server holds its log
    // open through its shutdown (see HeldLogManager). Static initialisers run in textual order.
    if (System.getProperty("java.util.logging.manager") == null) {
      System.setProperty("java.util.logging.manager", HeldLogManager.class.getName());
    }
  }

  private static final Logger LOG = Logger.getLogger(Main.class.getName());

  /** The player quit, but the last change of progress is not on disk (said on stderr). */
  static final int SAVE_FAILED = 3;

  /** The content, being read since the process started (see {@link #main}). */
  private static java.util.concurrent.CompletableFuture<Content> content;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "whose progress to play (letters, digits, '-', '_', '.'; at most 32). Default: your login name.")
  String profile;

  @Option(names = "--saves", paramLabel = "DIR",
      description = "folder of the saves, one NAME.json per profile. Default: saves/ of the project.")
  Path saves;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  java.time.LocalDate today;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD",
      description = "testing aid: play as if today were this date (to try the review schedule end to end)")
  void today(String date) {
    try {
      today = java.time.LocalDate.parse(date);
    } catch (java.time.format.DateTimeParseException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--today: " + date + " is not a date (use YYYY-MM-DD)");
    }
  }

  public static void main(String[] args) {
    // Belt and braces with the UnixTerminal we build directly: no AWT window, ever.
    System.setProperty("java.awt.headless", "true");
    boolean game = args.length == 0 || args[0].startsWith("-") && !java.util.Arrays.asList(args).contains("--help")
        && !java.util.Arrays.asList(args).contains("-h");
    if (game) {
      // Reading and checking the content is the longest part of start-up: begin it at once, on
      // the other core, while the command line is parsed and the terminal set up.
      content = background("content", () -> ContentLoader.load(AppPaths.lessons(AppPaths.home())));
    }
    System.exit(commandLine(!game).execute(args));
  }

  static CommandLine commandLine() {
    return commandLine(true);
  }

  /**
   * Without subcommands when only the game is wanted: building them costs a tenth of a second
   * of start-up, so plain {@code ./play} skips it.
   */
  static CommandLine commandLine(boolean withSubcommands) {
    CommandLine cl = new CommandLine(new Main());
    cl.setParameterExceptionHandler(Main::usageError);
    if (!withSubcommands) {
      return cl;
    }
    cl.addSubcommand("lab", new LabCommand(() -> vanishingpoint.lesson.ContentLoader.load(AppPaths.lessons(AppPaths.home()))));
    cl.addSubcommand("check-lessons", new CheckLessonsCommand());
    cl.addSubcommand("serve", new ServeCommand());
    cl.addSubcommand("class", new ClassCommand(() -> ContentLoader.load(AppPaths.lessons(AppPaths.home()))));
    cl.addSubcommand("store", new vanishingpoint.store.StoreCommand());
    // -V is in every command's help: each prints the game's version
    cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
    return cl;
  }

  /**
   * Work on a thread of its own: the common pool has one thread on two cores, and start-up's
   * background jobs must not queue behind each other.
   */
  static <T> java.util.concurrent.CompletableFuture<T> background(String name,
      java.util.function.Supplier<T> job) {
    java.util.concurrent.CompletableFuture<T> f = new java.util.concurrent.CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        f.complete(job.get());
      } catch (Throwable e) {
        // Errors too (an OutOfMemoryError, say): else join() waits for ever, in a raw terminal
        // where Ctrl-C is only a key.
        f.completeExceptionally(e);
      }
    }, "start-" + name);
    t.setDaemon(true);
    t.start();
    return f;
  }

  /** One line naming what is wrong, exit code 2; the full usage only on --help. */
  private static int usageError(picocli.CommandLine.ParameterException ex, String[] args) {
    return vanishingpoint.lab.UsageError.handle(ex, args);
  }

  @Override
  public Integer call() {
    Path home = AppPaths.home();
    if (content == null) {
      content = background("content", () -> ContentLoader.load(AppPaths.lessons(home)));
    }
    String name;
    try {
      name = ProfileName.validate(profile != null ? profile : System.getProperty("user.name", ""));
    } catch (InvalidProfileNameException e) {
      System.err.println("play: " + e.getMessage()
          + (profile == null ? " (it comes from your login name; choose one with --profile NAME)" : ""));
      return 2;
    }
    Path savesDir = (saves != null ? saves : AppPaths.defaultSaves(home)).toAbsolutePath().normalize();
    try {
      Files.createDirectories(savesDir);
    } catch (IOException e) {
      System.err.println("play: cannot create the saves folder " + savesDir + ": " + e.getMessage());
      return 1;
    }
    boolean logging = Logs.toFile(AppPaths.logFile(savesDir));
    if (System.console() == null) {
      System.err.println("play: Vanishing Point needs an interactive terminal. Run it in a terminal,"
          + " or over SSH with a terminal: ssh -t HOST ./play");
      return 1;
    }
    try (ProfileLock lock = ProfileLock.acquire(savesDir, name)) {
      return play(name, savesDir, content, logging);
    } catch (ProfileInUseException e) {
      System.err.println("play: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      System.err.println("play: cannot lock the save of " + name + " (" + savesDir.resolve(name + ".lock")
          + "): " + vanishingpoint.save.OsReason.of(e));
      return 1;
    }
  }

  private int play(String name, Path savesDir, java.util.concurrent.CompletableFuture<Content> loading,
      boolean logging) {
    Style style = Style.detect(System.getenv());
    Clock clock = clock(today);
    SaveStore store = new SaveStore(savesDir, clock);
    // Under the profile lock already: reading the save may move a damaged one aside.
    java.util.concurrent.CompletableFuture<vanishingpoint.save.LoadResult> save = background("save", () -> {
      try {
        return store.load(name);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    LocalTerminal term;
    try {
      term = new LocalTerminal(style);
    } catch (IOException e) {
      System.err.println("play: cannot start: " + vanishingpoint.save.OsReason.of(e));
      return 1;
    }
    GameSession session;
    try {
      session = new GameSession(term.screen(), style, store, name, save.join(), loading.join(), clock);
    } catch (java.util.concurrent.CompletionException e) {
      term.stop(); // the terminal is raw already
      LOG.log(Level.SEVERE, "could not start", e.getCause());
      boolean reading = e.getCause() instanceof java.io.UncheckedIOException;
      System.err.println("play: cannot start: " + (reading ? "cannot read the save " + store.where(name) + ": "
          + vanishingpoint.save.OsReason.of(e.getCause().getCause()) : String.valueOf(e.getCause())));
      return 1;
    }
    // An Error on any other thread (training, the key reader, the writer) ends the game as one
    // on this thread would: terminal restored, a message, exit code 1.
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
      LOG.log(Level.SEVERE, "thread " + t.getName() + " failed", e);
      if (e instanceof Error) {
        term.fail(e);
      }
    });
    Thread hook = new Thread(() -> {
      session.close();
      term.stop();
    }, "restore-terminal");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintStream stderr = logging ? Logs.captureStderr() : System.err;
    try {
      term.start();
      session.render();
      LOG.info(() -> "profile " + name + ": first frame " + sinceStart() + " ms after the JVM started");
      // with the Vector API in the JVM (not by default: see play), while the player reads the menu
      vanishingpoint.train.Simd.warmUp();
      term.run(session);
      // The last write has to end before the message, and the message after the terminal is
      // restored, or the alternate screen would swallow it.
      session.close();
      term.stop();
      String failed = session.saveFailure();
      if (failed != null) {
        stderr.println("play: " + failed);
        return SAVE_FAILED;
      }
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (Exception | Error e) {
      LOG.log(Level.SEVERE, "the game stopped on an error", e);
      term.stop();
      session.close();
      String failed = session.saveFailure();
      stderr.println("play: the game stopped on an internal error (" + e + ")."
          + (failed == null ? " Your progress up to the last key is saved." : " Also, " + failed + ".")
          + " Details: " + savesDir.resolve("logs"));
      return 1;
    } finally {
      session.close();
      term.stop();
      System.setErr(stderr);
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down: the hook runs, and both of its steps are idempotent
      }
    }
  }

  /** The system clock, or one shifted by whole days so that it is {@code today} (time of day kept). */
  static Clock clock(java.time.LocalDate today) {
    Clock system = Clock.systemUTC();
    if (today == null) {
      return system;
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.now(system), today);
    return Clock.offset(system, java.time.Duration.ofDays(days));
  }

  /**
   * Milliseconds since the JVM started (the JVM's own clock; the process start time that the OS
   * reports is only accurate to a second). Read after the first frame, so it costs that frame nothing.
   */
  private static long sinceStart() {
    return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
  }
}
