package vanishingpoint.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server behind a load balancer ({@code --proxy-protocol}): every connection reaches it from
 * 127.0.0.1, and the PROXY header in front of each says whose it is. The per-address limits then
 * count the players' own addresses, not the balancer's.
 */
class SshProxyProtocolTest {

  /** What the balancer would say of each user's connection (the header sent before the SSH bytes). */
  private static final Map<String, byte[]> HEADERS = new ConcurrentHashMap<>();
  /** The header of the connection being opened (the client asks before it knows the user name). */
  private static volatile byte[] next;
  private static SshClient balanced;

  @BeforeAll
  static void startClient() {
    balanced = SshClient.setUpDefaultClient();
    balanced.setServerKeyVerifier(org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier.INSTANCE);
    balanced.setClientProxyConnector(session -> {
      byte[] h = next;
      if (h != null) {
        session.getIoSession().writeBuffer(new ByteArrayBuffer(h));
      }
    });
    balanced.start();
  }

  @AfterAll
  static void stopClient() {
    balanced.stop();
  }

  @TempDir
  Path saves;

  private static void from(String user, String address) {
    HEADERS.put(user, ("PROXY TCP4 " + address + " 10.0.0.11 40000 2222\r\n").getBytes(StandardCharsets.US_ASCII));
  }

  private static SshPlayer play(ServerHarness h, String user, KeyPair key) throws Exception {
    next = HEADERS.get(user);
    ClientSession s = balanced.connect(user, "127.0.0.1", h.port()).verify(SshPlayer.WAIT).getSession();
    s.addPublicKeyIdentity(key);
    s.auth().verify(SshPlayer.WAIT);
    return SshPlayer.of(s).shell(80, 24, "xterm");
  }

  @Test
  void theLimitsCountThePlayersAddressesNotTheBalancers() throws Exception {
    ServerSettings.Limits limits = ServerSettings.Limits.standard(100).withGamesPerAddress(1).behindBalancer();
    try (ServerHarness h = new ServerHarness(saves, limits, true)) {
      from("pa", "203.0.113.7");
      from("pb", "198.51.100.9");
      from("pc", "203.0.113.7");
      try (SshPlayer a = play(h, "pa", SshPlayer.newKey("ed25519"));
          SshPlayer b = play(h, "pb", SshPlayer.newKey("ed25519"));
          SshPlayer c = play(h, "pc", SshPlayer.newKey("ed25519"))) {
        a.await("pa's title screen", s -> s.contains("profile: pa"));
        b.await("pb title screen: another address, though the same TCP peer", s -> s.contains("profile: pb"));
        assertThat(c.awaitClosed()).isTrue();
        assertThat(c.stderr()).contains("Your network already plays 1 games");
      }
    }
  }

  @Test
  void aConnectionWithoutAHeaderIsClosed() throws Exception {
    try (ServerHarness h = new ServerHarness(saves, ServerSettings.Limits.standard(100).behindBalancer(), true)) {
      HEADERS.remove("direct");
      assertThatThrownBy(() -> play(h, "direct", SshPlayer.newKey("ed25519"))).isInstanceOf(Exception.class);
      from("after", "192.0.2.1");
      play(h, "after", SshPlayer.newKey("ed25519")).close(); // and the server still serves
    }
  }
}
