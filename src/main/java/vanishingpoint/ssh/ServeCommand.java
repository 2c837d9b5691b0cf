package vanishingpoint.ssh;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vanishingpoint.host.AppPaths;
import vanishingpoint.host.HeldLogManager;
import vanishingpoint.host.Logs;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;
import vanishingpoint.store.Store;
import vanishingpoint.store.StoreUrl;

/** {@code play serve}: the game's own SSH server, so a class plays with nothing but ssh. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Run the game's own SSH server, so a class plays with nothing but ssh.",
        "Every player logs in with their own name and key:", "  ssh -p PORT NAME@HOST",
        "and lands in the game with their progress. Ctrl-C saves every game and stops."})
public final class ServeCommand implements Callable<Integer> {

  private static final Logger LOG = Logger.getLogger(ServeCommand.class.getName());
  /** Log files kept, {@link Logs#FILE_LIMIT} bytes each. */
  static final int LOG_FILES = 5;

  @Option(names = "--port", paramLabel = "N", defaultValue = "2222", description = "port to listen on (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "address to listen on; 0.0.0.0 for every network (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--saves", paramLabel = "DIR", description = "folder of the saves (default: saves/ of the project)")
  Path saves;

  @Option(names = "--store", paramLabel = "URL",
      description = "where saves, locks, claimed keys and failed-login counts live: a PostgreSQL database"
          + " (postgresql://USER@HOST:PORT/DB; password from PGPASSWORD) shared by several servers."
          + " Default: the saves folder. The log and the host key stay in --saves.")
  String store;

  @Option(names = "--host-key", paramLabel = "FILE",
      description = "the server's key, created on first start and kept (default: SAVES/.ssh-server/host-key)")
  Path hostKey;

  @Option(names = "--authorized-keys", paramLabel = "FILE",
      description = "only these keys get in: lines of NAME KEYTYPE BASE64 [comment]."
          + " Without it, the first key to log in as a name claims it.")
  Path authorizedKeys;

  @Option(names = "--max-sessions", paramLabel = "N", defaultValue = "100",
      description = "games at once, in all (default: ${DEFAULT-VALUE})")
  int maxSessions;

  @Option(names = "--max-per-address", paramLabel = "N",
      description = "games at once from one client address; a class behind one NAT shares one"
          + " (default: half of --max-sessions)")
  Integer maxPerAddress;

  @Option(names = "--idle-minutes", paramLabel = "N", defaultValue = "30",
      description = "close a game after this long without a key, saving it (default: ${DEFAULT-VALUE})")
  int idleMinutes;

  @Option(names = "--proxy-protocol",
      description = "every connection starts with a PROXY protocol header (v1 or v2) from a TCP load balancer,"
          + " which gives the players' real addresses; the port must then be reachable from the balancer only")
  boolean proxyProtocol;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    if (port < 0 || port > 65535 || maxSessions < 1 || idleMinutes < 1 || maxPerAddress != null && maxPerAddress < 1) {
      System.err.println("play serve: --port must be 0..65535, --max-sessions, --max-per-address and --idle-minutes"
          + " at least 1");
      return 2;
    }
    if (authorizedKeys != null && !Files.isReadable(authorizedKeys)) {
      System.err.println("play serve: cannot read the authorized keys " + authorizedKeys);
      return 2;
    }
    if (store != null) {
      try {
        StoreUrl.parse(store, System.getenv());
      } catch (IllegalArgumentException e) {
        System.err.println("play serve: --store: " + e.getMessage());
        return 2;
      }
    }
    Path home = AppPaths.home();
    Path dir = (saves != null ? saves : AppPaths.defaultSaves(home)).toAbsolutePath().normalize();
    Files.createDirectories(dir);
    // serve.0.log is the newest, serve.4.log the oldest: a busy day never erases the whole log.
    Path log = dir.resolve("logs").resolve("serve.%g.log");
    // Before MINA logs anything: its messages go through slf4j into java.util.logging, whose only
    // handler is now this file, so nothing but the lines below reaches the console.
    Logs.toFile(log, LOG_FILES);
    Logger.getLogger("org.apache.sshd").setLevel(Level.WARNING);
    ServerSettings.Limits limits = ServerSettings.Limits.standard(maxSessions);
    if (maxPerAddress != null) {
      limits = limits.withGamesPerAddress(maxPerAddress);
    }
    ServerSettings settings = new ServerSettings(host, port, dir, hostKey, authorizedKeys, maxSessions,
        Duration.ofMinutes(idleMinutes), AppPaths.lessons(home), proxyProtocol ? limits.behindBalancer() : limits,
        proxyProtocol);
    Store shared;
    try {
      shared = Store.open(store, dir, System.getenv());
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "the store cannot be opened", e);
      System.err.println("play serve: --store: " + e.getMessage());
      return 1;
    }
    GameServer server;
    try {
      Content content = ContentLoader.forPlay(settings.lessons());
      server = new GameServer(settings, content, shared);
      // the drawing path compiled before the first key (a class often logs in all at once); the
      // training kernels' warm-up, which the server starts anyway, already under way beside it
      vanishingpoint.train.Simd.warmUp();
      FrameWarmup.run(content, FrameWarmup.FRAMES, FrameWarmup.LIMIT_NANOS);
      server.start();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "the server could not start", e);
      System.err.println("play serve: cannot start: " + e.getMessage());
      shared.close();
      return 1;
    }
    out.println("Vanishing Point SSH server on " + host + ":" + server.port() + ", host key "
        + server.hostKeyFingerprint());
    out.println("Saves in " + shared.describe() + "; log in " + dir.resolve("logs") + "; "
        + (authorizedKeys != null ? "keys from " + authorizedKeys : "the first key to log in as a name claims it"));
    out.println("Players: ssh -p " + server.port() + " NAME@" + (host.equals("0.0.0.0") ? "THIS-HOST" : host)
        + "   Stop: Ctrl-C (every game is saved)");
    CountDownLatch stopped = new CountDownLatch(1);
    // The JDK closes the log in a shutdown hook of its own, which may run before this one ends:
    // held, the log takes the last games' lines and the final one, then closes.
    HeldLogManager.hold();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        LOG.info("shutting down (a signal or Ctrl-C): saving every game");
        int n = server.stop();
        shared.close();
        out.println("Stopped: " + n + " game" + (n == 1 ? "" : "s") + " saved and closed.");
        out.flush();
      } finally {
        HeldLogManager.release();
        stopped.countDown();
      }
    }, "serve-shutdown"));
    stopped.await(); // the hook ends the process; this thread only keeps it alive until then
    return 0;
  }
}
