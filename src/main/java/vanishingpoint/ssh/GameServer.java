package vanishingpoint.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerConnectionServiceFactory;
import vanishingpoint.session.EventLoop.End;
import vanishingpoint.session.KeyLatency;
import vanishingpoint.lesson.Content;
import vanishingpoint.save.SaveStore;
import vanishingpoint.store.AddressCounts;
import vanishingpoint.store.Store;

/**
 * The game's SSH server: public-key logins only, one game per connection, nothing else (no
 * commands, no subsystems, no forwarding of any kind).
 */
public final class GameServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(GameServer.class.getName());

  private final SshServer sshd;
  private final Hosting hosting;
  private final SimpleGeneratorHostKeyProvider hostKeys;
  private final Path hostKeyFile;
  private final Doorman doorman;
  /** Refused logins per address and window, past which the address is turned away. */
  static final int FAILED_LOGINS = 60;
  static final Duration FAILED_LOGIN_WINDOW = Duration.ofMinutes(1);
  private final AddressCounts failures;
  private static final long STATS_SECONDS = 10;
  private ScheduledExecutorService statsTimer;
  private long keysLogged;
  // Handed to the games once they train networks; one pool, so no player starves the others.

  GameServer(ServerSettings s, Content content) throws IOException {
    this(s, content, Store.folder(s.saves()));
  }

  /**
   * A server on {@code store}: the saves folder, or a database shared with other servers (then
   * saves, locks, claimed keys and the per-address counts are shared). The caller closes the
   * store after {@link #stop}.
   */
  GameServer(ServerSettings s, Content content, Store store) throws IOException {
    Path serverDir = ServerSettings.serverDir(s.saves());
    createPrivateDir(serverDir);
    ServerSettings.Limits limits = s.limits();
    failures = store.sharedCounts("failed-login", FAILED_LOGINS, FAILED_LOGIN_WINDOW)
        .orElseGet(() -> new FailedLogins(FAILED_LOGINS, FAILED_LOGIN_WINDOW, Clock.systemUTC()));
    KeyPolicy keys = s.authorizedKeys() != null ? new ListedKeys(s.authorizedKeys())
        : new ClaimedKeys(store.claims(), limits.namesPerKey(),
            store.sharedCounts("claim", limits.claimsPerAddress(), ServerSettings.Limits.CLAIM_WINDOW)
                .orElseGet(() -> new FailedLogins(limits.claimsPerAddress(), ServerSettings.Limits.CLAIM_WINDOW,
                    Clock.systemUTC())));
    hosting = new Hosting(new SaveStore(store.saves(), Clock.systemDefaultZone()), content,
        new Players(s.maxSessions(), limits.gamesPerKey(), limits.gamesPerAddress()), keys, s.idle(),
        Clock.systemDefaultZone());
    hostKeyFile = s.hostKey() != null ? s.hostKey() : serverDir.resolve("host-key");
    hostKeys = new SimpleGeneratorHostKeyProvider(hostKeyFile);
    hostKeys.setAlgorithm(KeyUtils.EC_ALGORITHM);
    hostKeys.setKeySize(256); // ecdsa-sha2-nistp256: every OpenSSH knows it, and it signs fast

    sshd = SshServer.setUpDefaultServer();
    sshd.setHost(s.host());
    sshd.setPort(s.port());
    sshd.setKeyPairProvider(hostKeys);
    // Only public keys: no password, keyboard-interactive, GSS or host-based logins.
    sshd.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
    sshd.setPublickeyAuthenticator(new LoginGate(keys, failures));
    sshd.setPasswordAuthenticator(null);
    sshd.setKeyboardInteractiveAuthenticator(null);
    sshd.setGSSAuthenticator(null);
    sshd.setHostBasedAuthenticator(null);
    // Only session channels (no direct-tcpip), only shells (no command factory: exec is refused),
    // no subsystems (sftp is refused), no agent, X11 or port forwarding.
    sshd.setChannelFactories(List.of(GameChannel.FACTORY));
    sshd.setShellFactory(channel -> new GameShell(hosting, (GameChannel) channel));
    sshd.setCommandFactory(null);
    sshd.setSubsystemFactories(List.of());
    sshd.setAgentFactory(null);
    sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);

    // The game closes idle games itself (with a message); MINA's timeout is the backstop for
    // connections that never start one.
    CoreModuleProperties.IDLE_TIMEOUT.set(sshd, s.idle().plusMinutes(5));
    // From the TCP connection to a finished login, banner and key exchange included (MINA starts
    // the clock when the connection is accepted): OpenSSH's LoginGraceTime.
    CoreModuleProperties.AUTH_TIMEOUT.set(sshd, limits.loginGrace());
    // MINA counts per user-auth service; CountedUserAuth counts per connection, across restarts.
    CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, ServerSettings.AUTH_REQUESTS);
    sshd.setServiceFactories(List.of(CountedUserAuth.factory(ServerSettings.AUTH_REQUESTS),
        ServerConnectionServiceFactory.INSTANCE));
    // Each channel costs buffers and a little state: 30,000 idle ones held 46 MB. A client that
    // opens more than this is disconnected by MINA.
    CoreModuleProperties.MAX_CONCURRENT_CHANNELS.set(sshd, ServerSettings.CHANNELS_PER_CONNECTION);
    // A frame is a few small writes: Nagle's algorithm would hold each key's echo for a round trip.
    CoreModuleProperties.TCP_NODELAY.set(sshd, true);
    // Lets the kernel notice, in the end, a client that vanished without closing the connection.
    CoreModuleProperties.SOCKET_KEEPALIVE.set(sshd, true);
    CoreModuleProperties.MAX_CONCURRENT_SESSIONS.set(sshd, ServerSettings.SESSIONS_PER_NAME);
    doorman = new Doorman(limits, failures,
        new Keepalive(limits.keepalive(), limits.keepaliveMisses(), sshd::getScheduledExecutorService));
    sshd.addSessionListener(doorman);
    if (s.proxyProtocol()) {
      sshd.setServerProxyAcceptor(new ProxyHeader());
    }
  }

  /** Loads or creates the host key, then listens. */
  void start() throws IOException {
    boolean existed = Files.exists(hostKeyFile);
    if (hostKeyFile.getParent() != null && !Files.isDirectory(hostKeyFile.getParent())) {
      createPrivateDir(hostKeyFile.getParent());
    }
    List<KeyPair> pairs = hostKeys.loadKeys(null);
    if (!existed) {
      Files.setPosixFilePermissions(hostKeyFile, PosixFilePermissions.fromString("rw-------"));
      LOG.info(() -> "generated the host key " + hostKeyFile);
    }
    LOG.info(() -> "host key " + hostKeyFingerprint(pairs));
    sshd.start();
    LOG.info(() -> "listening on " + sshd.getHost() + ":" + sshd.getPort());
    // What players wait for, server-wide: a line every 10 s while keys come in (the load driver
    // reads the last one), and one at the end.
    statsTimer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "key-latency-log");
      t.setDaemon(true);
      return t;
    });
    statsTimer.scheduleAtFixedRate(this::logLatency, STATS_SECONDS, STATS_SECONDS, TimeUnit.SECONDS);
    vanishingpoint.train.Simd.warmUp();
  }

  int port() {
    return sshd.getPort();
  }

  String hostKeyFingerprint() throws IOException {
    return hostKeyFingerprint(hostKeys.loadKeys(null));
  }

  private static String hostKeyFingerprint(List<KeyPair> pairs) {
    KeyPair p = pairs.get(0);
    return KeyUtils.getKeyType(p.getPublic()) + " " + KeyUtils.getFingerPrint(p.getPublic());
  }

  /** Key-to-frame latencies of every game on this server so far. */
  KeyLatency latency() {
    return hosting.latency();
  }

  /** The same, for the keys pressed while the game's own challenge run trained. */
  KeyLatency trainingLatency() {
    return hosting.trainingLatency();
  }

  private void logLatency() {
    long n = hosting.latency().keys();
    if (n != keysLogged) {
      keysLogged = n;
      LOG.info(() -> hosting.latency().summary());
      LOG.info(() -> "while training, " + hosting.trainingLatency().summary());
    }
  }

  int players() {
    return hosting.players().count();
  }


  @Override
  public void close() {
    stop();
  }

  /** Tells every game to save and say goodbye, waits for them, then stops listening; returns how many. */
  int stop() {
    List<GameShell> games = hosting.players().close();
    games.forEach(g -> g.stop(End.SHUTDOWN));
    try {
      for (GameShell g : games) {
        if (!g.awaitExited(5_000)) {
          g.disconnect();
        }
      }
      sshd.stop(false);
    } catch (IOException e) {
      LOG.warning("stopping the server: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (statsTimer != null) {
      statsTimer.shutdownNow();
    }
    LOG.info(() -> "at shutdown, " + hosting.latency().summary());
    LOG.info(() -> "at shutdown, while training, " + hosting.trainingLatency().summary());
    LOG.info(() -> "stopped; " + games.size() + (games.size() == 1 ? " game" : " games") + " saved and closed");
    return games.size();
  }

  private static void createPrivateDir(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
  }
}
