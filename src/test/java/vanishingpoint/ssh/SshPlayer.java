package vanishingpoint.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.keyboard.UserInteraction;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.session.ConnectionServiceRequestHandler;

/** A student with the MINA client: logs in, gets a shell with a pty, reads a screen, types keys. */
final class SshPlayer implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(20);
  private static final SshClient CLIENT = startClient();

  /** Banners the server sent during login, across all players (a test reads its own). */
  static final List<String> BANNERS = new CopyOnWriteArrayList<>();

  final ClientSession session;
  VtScreen screen;
  ChannelShell shell;
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** A player on a session some other client logged in. */
  static SshPlayer of(ClientSession session) {
    return new SshPlayer(session);
  }

  private SshPlayer(ClientSession session) {
    this.session = session;
  }

  /** A client that never answers the server's keepalives, as a suspended ssh would not. */
  private static SshClient deaf;

  private static SshClient startClient() {
    return startClient(false);
  }

  private static SshClient startClient(boolean deaf) {
    SshClient c = SshClient.setUpDefaultClient();
    if (deaf) {
      // "Replied" claims the answer was sent; nothing is.
      c.setGlobalRequestHandlers(List.of((ConnectionServiceRequestHandler) (service, request, wantReply, buffer) ->
          request.startsWith("keepalive@") ? RequestHandler.Result.Replied : RequestHandler.Result.Unsupported));
    }
    c.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    org.apache.sshd.core.CoreModuleProperties.TCP_NODELAY.set(c, true);
    c.setUserInteraction(new UserInteraction() {
      @Override public boolean isInteractionAllowed(ClientSession s) { return true; }
      @Override public void welcome(ClientSession s, String banner, String lang) { BANNERS.add(banner); }
      @Override public String[] interactive(ClientSession s, String n, String i, String l, String[] p, boolean[] e) {
        return null;
      }
      @Override public String getUpdatedPassword(ClientSession s, String prompt, String lang) { return null; }
    });
    c.start();
    return c;
  }

  static KeyPair newKey(String type) throws Exception {
    switch (type) {
      case "ed25519": return KeyUtils.generateKeyPair("ssh-ed25519", 256);
      case "ecdsa": return KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
      default: return KeyUtils.generateKeyPair("ssh-rsa", 2048);
    }
  }

  /** Logs in with a client that stops answering keepalives, as a frozen one would. */
  static synchronized SshPlayer loginDeaf(int port, String user, KeyPair key) throws IOException {
    if (deaf == null) {
      deaf = startClient(true);
    }
    ClientSession s = deaf.connect(user, "127.0.0.1", port).verify(WAIT).getSession();
    s.addPublicKeyIdentity(key);
    s.auth().verify(WAIT);
    return new SshPlayer(s);
  }

  /** Connects without authenticating. */
  static ClientSession connect(int port, String user) throws IOException {
    return CLIENT.connect(user, "127.0.0.1", port).verify(WAIT).getSession();
  }

  /** Connects and authenticates; throws when the server refuses the key or the name. */
  static SshPlayer login(int port, String user, KeyPair key) throws IOException {
    return login(port, user, key, null);
  }

  /** The same from a given loopback source address (127.0.0.2, ...), as from another machine. */
  static SshPlayer login(int port, String user, KeyPair key, String from) throws IOException {
    ClientSession s = from == null ? connect(port, user)
        : CLIENT.connect(user, new java.net.InetSocketAddress("127.0.0.1", port), new java.net.InetSocketAddress(from, 0))
            .verify(WAIT).getSession();
    try {
      s.addPublicKeyIdentity(key);
      s.auth().verify(WAIT);
      return new SshPlayer(s);
    } catch (IOException | RuntimeException e) {
      s.close(true);
      throw e;
    }
  }

  /** Opens the game's shell with a pty of this size and TERM. */
  SshPlayer shell(int cols, int rows, String term) throws IOException {
    screen = new VtScreen(cols, rows);
    shell = session.createShellChannel();
    shell.setPtyType(term);
    shell.setPtyColumns(cols);
    shell.setPtyLines(rows);
    shell.setOut(screen);
    shell.setErr(err);
    shell.open().verify(WAIT);
    return this;
  }

  String await(String what, Predicate<String> cond) throws InterruptedException {
    return screen.await(what, cond, WAIT);
  }

  /** Types keys as a terminal in raw mode sends them ("\r" for Enter, "\u001b[C" for right). */
  void type(String keys) throws IOException {
    OutputStream in = shell.getInvertedIn();
    in.write(keys.getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  void resize(int cols, int rows) throws IOException {
    screen.resize(cols, rows);
    shell.sendWindowChange(cols, rows);
  }

  /** Waits for the server to close the channel. */
  boolean awaitClosed() {
    return shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT).contains(ClientChannelEvent.CLOSED);
  }

  String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Drops the connection at once, as a closed laptop lid would (without the lid's silence). */
  void drop() {
    session.close(true);
  }

  ClientChannel channel() {
    return shell;
  }

  @Override
  public void close() {
    session.close(true);
  }
}
