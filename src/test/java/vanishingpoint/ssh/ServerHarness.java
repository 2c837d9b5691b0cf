package vanishingpoint.ssh;

import java.nio.file.Path;
import java.time.Duration;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;
import vanishingpoint.store.Store;

/** A game server on a free port over a temporary saves folder, with the project's lessons. */
final class ServerHarness implements AutoCloseable {

  final GameServer server;
  final Path saves;
  final Store store;

  ServerHarness(Path saves, Path authorizedKeys, Duration idle) throws Exception {
    this(saves, authorizedKeys, idle, 100);
  }

  ServerHarness(Path saves, Path authorizedKeys, Duration idle, int maxSessions) throws Exception {
    this(saves, authorizedKeys, idle, maxSessions, ServerSettings.Limits.standard(maxSessions));
  }

  ServerHarness(Path saves, Path authorizedKeys, Duration idle, int maxSessions, ServerSettings.Limits limits)
      throws Exception {
    this(saves, authorizedKeys, idle, maxSessions, limits, Store.folder(saves));
  }

  /** A server on {@code store} (a database shared with other servers, say); closed with the server. */
  ServerHarness(Path saves, Store store) throws Exception {
    this(saves, null, Duration.ofMinutes(30), 100, ServerSettings.Limits.standard(100), store);
  }

  /** Behind a load balancer that speaks the PROXY protocol (when {@code proxied}). */
  ServerHarness(Path saves, ServerSettings.Limits limits, boolean proxied) throws Exception {
    this(saves, null, Duration.ofMinutes(30), 100, limits, Store.folder(saves), proxied);
  }

  private ServerHarness(Path saves, Path authorizedKeys, Duration idle, int maxSessions, ServerSettings.Limits limits,
      Store store) throws Exception {
    this(saves, authorizedKeys, idle, maxSessions, limits, store, false);
  }

  private ServerHarness(Path saves, Path authorizedKeys, Duration idle, int maxSessions, ServerSettings.Limits limits,
      Store store, boolean proxied) throws Exception {
    this.saves = saves;
    this.store = store;
    Path lessons = projectDir().resolve("lessons");
    server = new GameServer(new ServerSettings("127.0.0.1", 0, saves, null, authorizedKeys, maxSessions, idle,
        lessons, limits, proxied), CONTENT.get(lessons), store);
    server.start();
  }

  static Path projectDir() {
    return Path.of(System.getProperty("vp.projectDir", ".")).toAbsolutePath();
  }

  int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.stop();
    store.close();
  }

  /** The lessons, loaded once for all tests: they never change during a run. */
  private static final class CONTENT {
    private static Content loaded;

    static synchronized Content get(Path dir) {
      if (loaded == null) {
        loaded = ContentLoader.load(dir);
      }
      return loaded;
    }
  }
}
