package vanishingpoint.ssh;

import java.nio.file.Path;
import java.time.Duration;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;

/** A game server on a free port over a temporary saves folder, with the project's lessons. */
final class ServerHarness implements AutoCloseable {

  final GameServer server;
  final Path saves;

  ServerHarness(Path saves, Path authorizedKeys, Duration idle) throws Exception {
    this(saves, authorizedKeys, idle, 100);
  }

  ServerHarness(Path saves, Path authorizedKeys, Duration idle, int maxSessions) throws Exception {
    this(saves, authorizedKeys, idle, maxSessions, ServerSettings.Limits.standard(maxSessions));
  }

  ServerHarness(Path saves, Path authorizedKeys, Duration idle, int maxSessions, ServerSettings.Limits limits)
      throws Exception {
    this.saves = saves;
    Path lessons = projectDir().resolve("lessons");
    server = new GameServer(new ServerSettings("127.0.0.1", 0, saves, null, authorizedKeys, maxSessions, idle,
        lessons, limits), CONTENT.get(lessons));
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
