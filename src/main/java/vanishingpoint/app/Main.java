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
        "2:invalid command-line options"})
public final class Main implements Callable<Integer> {

  private static final Logger LOG = Logger.getLogger(Main.class.getName());

  @Option(names = "--profile", paramLabel = "NAME",
      description = "whose progress to play (letters, digits, '-', '_', '.'; at most 32). Default: your login name.")
  String profile;

  @Option(names = "--saves", paramLabel = "DIR",
      description = "folder of the saves, one NAME.json per profile. Default: saves/ of the project.")
  Path saves;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD",
      description = "testing aid: play as if today were this date (to try the review schedule end to end)")
  java.time.LocalDate today;

  public static void main(String[] args) {
    // Belt and braces with the UnixTerminal we build directly: no AWT window, ever.
    System.setProperty("java.awt.headless", "true");
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.addSubcommand("lab", new LabCommand(() -> vanishingpoint.lesson.ContentLoader.load(AppPaths.lessons(AppPaths.home()))));
    cl.addSubcommand("check-lessons", new CheckLessonsCommand());
    cl.addSubcommand("serve", new ServeCommand());
    // One line naming what is wrong, exit code 2; the full usage only on --help.
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine bad = ex.getCommandLine();
      bad.getErr().println(bad.getCommandSpec().qualifiedName() + ": " + ex.getMessage()
          + " (see " + bad.getCommandSpec().qualifiedName() + " --help)");
      return 2;
    });
    return cl;
  }

  @Override
  public Integer call() {
    Path home = AppPaths.home();
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
      return play(name, savesDir, home, logging);
    } catch (ProfileInUseException e) {
      System.err.println("play: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      System.err.println("play: cannot lock the save of " + name + ": " + e.getMessage());
      return 1;
    }
  }

  private int play(String name, Path savesDir, Path home, boolean logging) {
    Style style = Style.detect(System.getenv());
    Content content = ContentLoader.load(AppPaths.lessons(home));
    Clock clock = clock(today);
    SaveStore store = new SaveStore(savesDir, clock);
    LocalTerminal term;
    GameSession session;
    try {
      term = new LocalTerminal(style);
      session = new GameSession(term.screen(), style, store, name, content, clock);
    } catch (IOException e) {
      System.err.println("play: cannot start: " + e.getMessage());
      return 1;
    }
    Thread hook = new Thread(() -> {
      session.close();
      term.stop();
    }, "restore-terminal");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintStream stderr = logging ? Logs.captureStderr() : System.err;
    try {
      term.start();
      session.render();
      LOG.info(() -> "profile " + name + ": first frame " + sinceStart() + " ms after the process started");
      term.run(session);
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (Exception | Error e) {
      LOG.log(Level.SEVERE, "the game stopped on an error", e);
      term.stop();
      stderr.println("play: the game stopped on an internal error (" + e + ")."
          + " Your progress up to the last key is saved. Details: " + savesDir.resolve("logs"));
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

  private static long sinceStart() {
    return ProcessHandle.current().info().startInstant()
        .map(t -> Duration.between(t, Instant.now()).toMillis()).orElse(-1L);
  }
}
