package vanishingpoint.ssh;

import java.nio.file.Path;
import java.time.Duration;

/** How a server is set up: the options of {@code ./play serve}, resolved. */
record ServerSettings(String host, int port, Path saves, Path hostKey, Path authorizedKeys, int maxSessions,
    Duration idle, Path lessons, Limits limits, boolean proxyProtocol) {

  /** Connections per user name (MINA's limit): a game, a takeover, and one more that is dying. */
  static final int SESSIONS_PER_NAME = 3;
  /** Authentication requests per connection, however often the client restarts authentication. */
  static final int AUTH_REQUESTS = 12;
  /** Channels open at once on one connection (OpenSSH's MaxSessions is 10); a game needs one. */
  static final int CHANNELS_PER_CONNECTION = 4;

  ServerSettings(String host, int port, Path saves, Path hostKey, Path authorizedKeys, int maxSessions,
      Duration idle, Path lessons) {
    this(host, port, saves, hostKey, authorizedKeys, maxSessions, idle, lessons, Limits.standard(maxSessions));
  }

  /** Reached directly, not through a load balancer that speaks the PROXY protocol. */
  ServerSettings(String host, int port, Path saves, Path hostKey, Path authorizedKeys, int maxSessions,
      Duration idle, Path lessons, Limits limits) {
    this(host, port, saves, hostKey, authorizedKeys, maxSessions, idle, lessons, limits, false);
  }

  /** Where the server keeps its own files, beside the saves; no profile name starts with '.'. */
  static Path serverDir(Path saves) {
    return saves.resolve(".ssh-server");
  }

  /**
   * What one client, address or key may take (OpenSSH's LoginGraceTime, MaxStartups,
   * PerSourceMaxStartups and ClientAlive*, and the games' own share of the seats).
   *
   * @param loginGrace from the TCP connection to a finished login
   * @param pendingPerAddress connections not logged in yet, per address (per /64 for IPv6)
   * @param pendingTotal connections not logged in yet, in all; past it the oldest one of the
   *     address with the most is dropped, so a flood from a few addresses cannot keep others out
   * @param loggedIn logged-in connections in all (games, and connections that may yet open one)
   * @param keepalive how often a logged-in client is asked for a reply
   * @param keepaliveMisses unanswered requests after which the connection is dropped
   * @param namesPerKey names one key may claim (trust on first use)
   * @param claimsPerAddress new names claimed from one address per {@link #CLAIM_WINDOW}
   * @param gamesPerKey games one key may play at once
   * @param gamesPerAddress games one address may play at once (a class behind NAT shares one)
   */
  record Limits(Duration loginGrace, int pendingPerAddress, int pendingTotal, int loggedIn, Duration keepalive,
      int keepaliveMisses, int namesPerKey, int claimsPerAddress, int gamesPerKey, int gamesPerAddress) {

    static final Duration CLAIM_WINDOW = Duration.ofHours(1);

    static Limits standard(int maxSessions) {
      return new Limits(Duration.ofSeconds(20), 10, 50, 2 * maxSessions + 20, Duration.ofSeconds(15), 3, 3, 100, 2,
          Math.max(1, maxSessions / 2));
    }

    Limits withKeepalive(Duration every, int misses) {
      return new Limits(loginGrace, pendingPerAddress, pendingTotal, loggedIn, every, misses, namesPerKey,
          claimsPerAddress, gamesPerKey, gamesPerAddress);
    }

    Limits withGamesPerAddress(int n) {
      return new Limits(loginGrace, pendingPerAddress, pendingTotal, loggedIn, keepalive, keepaliveMisses,
          namesPerKey, claimsPerAddress, gamesPerKey, n);
    }

    /**
     * Behind a load balancer the connections not logged in yet all come from its address until
     * their PROXY header is read: the per-address cap is then the balancer's (see README), the
     * total cap stays.
     */
    Limits behindBalancer() {
      return new Limits(loginGrace, pendingTotal, pendingTotal, loggedIn, keepalive, keepaliveMisses,
          namesPerKey, claimsPerAddress, gamesPerKey, gamesPerAddress);
    }

    Limits withClaimsPerAddress(int n) {
      return new Limits(loginGrace, pendingPerAddress, pendingTotal, loggedIn, keepalive, keepaliveMisses,
          namesPerKey, n, gamesPerKey, gamesPerAddress);
    }

    /** From the first unanswered keepalive to the drop, at most. */
    Duration dropAfter() {
      return keepalive.multipliedBy(keepaliveMisses + 1L);
    }
  }
}
