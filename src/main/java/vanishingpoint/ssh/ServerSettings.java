package vanishingpoint.ssh;

import java.nio.file.Path;
import java.time.Duration;

/** How a server is set up: the options of {@code ./play serve}, resolved. */
record ServerSettings(String host, int port, Path saves, Path hostKey, Path authorizedKeys, int maxSessions,
    Duration idle, Path lessons) {

  /** Connections per user name (MINA's limit): a game, a takeover, and one more that is dying. */
  static final int SESSIONS_PER_NAME = 3;

  /** Where the server keeps its own files, beside the saves; no profile name starts with '.'. */
  static Path serverDir(Path saves) {
    return saves.resolve(".ssh-server");
  }
}
