package vanishingpoint.app;

import vanishingpoint.host.AppPaths;
import vanishingpoint.host.HeldLogManager;
import vanishingpoint.host.Logs;
import vanishingpoint.session.GameSession;
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

  /** Not a static field: java.util.logging starts slowly, after the first frame (see {@link #play}). */
  private static Logger log() {
    return Logger.getLogger(Main.class.getName());
  }

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
      content = background("content", () -> ContentLoader.forPlay(AppPaths.lessons(AppPaths.home())));
    }
    Main quick = game ? quick(args) : null;
    System.exit(quick != null ? quick.call() : commandLine(!game).execute(args));
  }

  /**
   * The game's own options ({@code --profile}, {@code --saves}, {@code --today}, each with a
   * valid value) read without picocli, whose first parse of the annotations took a third of the
   * time to the first frame; null for anything else, which picocli then reads (and explains).
   */
  static Main quick(String[] args) {
    Main m = new Main();
    java.util.Set<String> given = new java.util.HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      int eq = a.indexOf('=');
      String name = eq < 0 ? a : a.substring(0, eq);
      String value = eq >= 0 ? a.substring(eq + 1) : ++i < args.length ? args[i] : null;
      if (value == null || value.startsWith("-") && eq < 0 || !given.add(name)) {
        return null; // picocli's message then names the option: no value, or given twice
      }
      switch (name) {
        case "--profile" -> m.profile = value;
        case "--saves" -> {
          try {
            m.saves = Path.of(value);
          } catch (java.nio.file.InvalidPathException e) {
            return null;
          }
        }
        case "--today" -> {
          try {
            m.today = java.time.LocalDate.parse(value);
          } catch (java.time.format.DateTimeParseException e) {
            return null;
          }
        }
        default -> {
          return null;
        }
      }
    }
    return m;
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
      content = background("content", () -> ContentLoader.forPlay(AppPaths.lessons(home)));
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
      System.err.println("play: cannot create the saves folder " + savesDir + ": " + vanishingpoint.save.OsReason.of(e));
      return 1;
    }
    if (System.console() == null) {
      System.err.println("play: Vanishing Point needs an interactive terminal. Run it in a terminal,"
          + " or over SSH with a terminal: ssh -t HOST ./play");
      return 1;
    }
    // Taking over the terminal runs stty in a child process: begin it while the profile lock is
    // taken (every way out below gives the terminal back).
    Style style = Style.detect(System.getenv());
    java.util.concurrent.CompletableFuture<LocalTerminal> terminal = background("terminal", () -> {
      try {
        return new LocalTerminal(style);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    try (ProfileLock lock = ProfileLock.acquire(savesDir, name)) {
      return play(name, savesDir, style, terminal);
    } catch (ProfileInUseException e) {
      giveBack(terminal);
      System.err.println("play: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      giveBack(terminal);
      System.err.println("play: cannot lock the save of " + name + " (" + savesDir.resolve(name + ".lock")
          + "): " + vanishingpoint.save.OsReason.of(e));
      return 1;
    }
  }

  /** Restores the terminal that was being taken over, before a message on stderr. */
  private static void giveBack(java.util.concurrent.CompletableFuture<LocalTerminal> terminal) {
    try {
      terminal.join().stop();
    } catch (java.util.concurrent.CompletionException e) {
      // it was never taken over
    }
  }

  private int play(String name, Path savesDir, Style style,
      java.util.concurrent.CompletableFuture<LocalTerminal> terminal) {
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
      term = terminal.join();
    } catch (java.util.concurrent.CompletionException e) {
      System.err.println("play: cannot start: " + vanishingpoint.save.OsReason.of(e.getCause().getCause()));
      return 1;
    }
    // From here on the terminal is raw: every way out, a signal included, restores it.
    java.util.concurrent.atomic.AtomicReference<GameSession> live = new java.util.concurrent.atomic.AtomicReference<>();
    Thread hook = new Thread(() -> {
      GameSession s = live.get();
      if (s != null) {
        s.close();
      }
      term.stop();
    }, "restore-terminal");
    Runtime.getRuntime().addShutdownHook(hook);
    // An Error on any other thread (training, the key reader, the writer) ends the game as one
    // on this thread would: terminal restored, a message, exit code 1.
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
      log().log(Level.SEVERE, "thread " + t.getName() + " failed", e);
      if (e instanceof Error) {
        term.fail(e);
      }
    });
    PrintStream stderr = System.err;
    GameSession session = null;
    try {
      term.start();
      // The menu at once, before the save is fitted to the content and the whole screen drawn
      // (often the content is still being read, cold the longest part of start-up): its counts and
      // Continue's place come with the next frame, which redraws only what changed.
      term.splash(name);
      long menuAt = System.nanoTime();
      // The log file after the menu: nothing before logs (java.util.logging takes tens of ms to start)
      if (Logs.toFile(AppPaths.logFile(savesDir))) {
        stderr = Logs.captureStderr();
      }
      try {
        session = new GameSession(term.screen(), style, store, name, save.join(), content.join(), clock);
      } catch (java.util.concurrent.CompletionException e) {
        term.stop();
        log().log(Level.SEVERE, "could not start", e.getCause());
        boolean reading = e.getCause() instanceof java.io.UncheckedIOException;
        stderr.println("play: cannot start: " + (reading ? "cannot read the save " + store.where(name) + ": "
            + vanishingpoint.save.OsReason.of(e.getCause().getCause()) : String.valueOf(e.getCause())));
        return 1;
      }
      live.set(session);
      session.render();
      long whole = sinceStart();
      // the uptime is read only now: the management classes take a few ms to load
      long first = whole - (System.nanoTime() - menuAt) / 1_000_000;
      log().info(() -> "profile " + name + ": first frame " + first + " ms after the JVM started"
          + " (the menu; the whole screen at " + whole + " ms)");
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
      term.stop(); // first: before the log file exists, a log record goes to the terminal
      log().log(Level.SEVERE, "the game stopped on an error", e);
      String failed = null;
      if (session != null) {
        session.close();
        failed = session.saveFailure();
      }
      stderr.println("play: the game stopped on an internal error (" + e + ")."
          + (failed == null ? " Your progress up to the last key is saved." : " Also, " + failed + ".")
          + " Details: " + savesDir.resolve("logs"));
      return 1;
    } finally {
      if (session != null) {
        session.close();
      }
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
