package vanishingpoint.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.sshd.client.channel.ChannelSession;
import org.apache.sshd.client.session.ClientSession.ClientSessionEvent;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.common.util.buffer.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one client (or one key, or one address) cannot take from everyone else. */
class SshLimitsTest {

  @TempDir
  Path saves;

  private ServerHarness server() throws Exception {
    return new ServerHarness(saves, null, Duration.ofMinutes(30));
  }

  /** Slowloris: connections that never say a word, from other addresses, while a student logs in. */
  @Test
  void silentConnectionsDoNotLockAStudentOut() throws Exception {
    try (ServerHarness h = server()) {
      List<Socket> silent = new ArrayList<>();
      try {
        // 250 in all: more than the old cap on every connection (2 x 100 + 20), from ten addresses
        for (int a = 2; a < 12; a++) {
          for (int i = 0; i < 25; i++) {
            silent.add(connectFrom("127.0.0." + a, h.port()));
          }
        }
        for (Socket s : silent) {
          awaitGreetingOrEnd(s); // the server has seen it: the student's connection comes after them all
        }
        long start = System.nanoTime();
        try (SshPlayer p = SshPlayer.login(h.port(), "lin", SshPlayer.newKey("ed25519")).shell(80, 24, "xterm")) {
          p.await("the title screen", s -> s.contains("profile: lin"));
          Duration took = Duration.ofNanos(System.nanoTime() - start);
          System.out.println("slowloris: a real login got in " + took.toMillis() + " ms after " + silent.size()
              + " silent connections");
          assertThat(took).isLessThan(Duration.ofSeconds(5));
        }
      } finally {
        for (Socket s : silent) {
          s.close();
        }
      }
    }
  }

  private static Socket connectFrom(String address, int port) throws IOException {
    Socket s = new Socket();
    s.bind(new InetSocketAddress(address, 0));
    s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    s.setSoTimeout(5_000);
    return s;
  }

  /** Reads the server's identification line, or the end of a connection that was turned away. */
  private static void awaitGreetingOrEnd(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    try {
      for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
        // the line itself does not matter
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server neither greeted nor closed a connection in 5 s", e);
    } catch (IOException e) {
      // reset: turned away
    }
  }

  /** One key in trust-on-first-use mode cannot take every name, nor every seat. */
  @Test
  void oneKeyCannotSquatNamesOrSeats() throws Exception {
    KeyPair squatter = SshPlayer.newKey("ed25519");
    ServerSettings.Limits limits = ServerSettings.Limits.standard(5).withGamesPerAddress(5); // all from 127.0.0.1
    try (ServerHarness h = new ServerHarness(saves, null, Duration.ofMinutes(30), 5, limits)) {
      try (SshPlayer a = play(h, "sq-a", squatter); SshPlayer b = play(h, "sq-b", squatter);
          SshPlayer c = SshPlayer.login(h.port(), "sq-c", squatter).shell(80, 24, "xterm")) {
        assertThat(c.awaitClosed()).isTrue();
        assertThat(c.stderr()).contains("This key is already playing 2 games");
        try (SshPlayer other = play(h, "student", SshPlayer.newKey("ed25519"))) {
          assertThat(h.server.players()).isEqualTo(3);
        }
      }
      try (SshPlayer c = play(h, "sq-c", squatter)) {
        assertThat(Files.exists(ServerSettings.serverDir(saves).resolve("claimed-keys/sq-c.pub"))).isTrue();
      }
      try (SshPlayer d = SshPlayer.login(h.port(), "sq-d", squatter).shell(80, 24, "xterm")) {
        assertThat(d.awaitClosed()).isTrue();
        assertThat(d.stderr()).contains("This key already holds 3 names (sq-a, sq-b, sq-c)");
      }
      assertThat(Files.exists(ServerSettings.serverDir(saves).resolve("claimed-keys/sq-d.pub"))).isFalse();
      try (SshPlayer d = play(h, "sq-d", SshPlayer.newKey("ed25519"))) {
        assertThat(d.stderr()).isEmpty();
      }
    }
  }

  private static SshPlayer play(ServerHarness h, String name, KeyPair key) throws Exception {
    SshPlayer p = SshPlayer.login(h.port(), name, key).shell(80, 24, "xterm");
    p.await("the title screen of " + name, s -> s.contains("profile: " + name));
    return p;
  }

  /** Restarting authentication (a new ssh-userauth service request) does not reset the count. */
  @Test
  void authenticationAttemptsAreCountedAcrossRestarts() throws Exception {
    try (ServerHarness h = server()) {
      org.apache.sshd.client.session.ClientSession s = SshPlayer.connect(h.port(), "tom");
      try {
        for (int i = 0; i < 40 && s.isOpen(); i++) {
          if (i % 5 == 0) {
            Buffer b = s.createBuffer(SshConstants.SSH_MSG_SERVICE_REQUEST);
            b.putString("ssh-userauth");
            s.writePacket(b);
          }
          Buffer b = s.createBuffer(SshConstants.SSH_MSG_USERAUTH_REQUEST);
          b.putString("tom");
          b.putString("ssh-connection");
          b.putString("none");
          s.writePacket(b);
        }
        assertThat(s.waitFor(EnumSet.of(ClientSessionEvent.CLOSED), Duration.ofSeconds(5)))
            .contains(ClientSessionEvent.CLOSED);
      } finally {
        s.close(true);
      }
    }
  }

  @Test
  void channelsPerConnectionAreLimited() throws Exception {
    try (ServerHarness h = server(); SshPlayer p = SshPlayer.login(h.port(), "uma", SshPlayer.newKey("ed25519"))) {
      ConnectionService connection = p.session.getService(ConnectionService.class);
      int opened = 0;
      for (int i = 0; i < 12 && p.session.isOpen(); i++) {
        ChannelSession idle = new ChannelSession();
        connection.registerChannel(idle);
        try {
          if (idle.open().verify(SshPlayer.WAIT).isOpened()) {
            opened++;
          }
        } catch (IOException e) {
          break;
        }
      }
      assertThat(opened).isLessThan(12).isGreaterThanOrEqualTo(2);
    }
  }

  /** Deleting the teacher's list refuses everyone (as wish does), rather than keeping old keys. */
  @Test
  void aDeletedAuthorizedKeysFileLetsNobodyIn() throws Exception {
    KeyPair listed = SshPlayer.newKey("ed25519");
    Path file = saves.resolve("class.keys");
    Files.writeString(file, "val " + PublicKeyEntry.toString(listed.getPublic()) + "\n");
    try (ServerHarness h = new ServerHarness(saves, file, Duration.ofMinutes(30))) {
      SshPlayer.login(h.port(), "val", listed).close();
      Files.delete(file);
      assertThatThrownBy(() -> SshPlayer.login(h.port(), "val", listed)).hasMessageContaining("authentication");
      assertThat(SshPlayer.BANNERS).anyMatch(b -> b.contains("cannot read its list of keys"));
    }
  }

  /** A client that stops answering (a closed lid, a suspended ssh) loses its connection and its seat. */
  @Test
  void aFrozenClientIsDroppedAndItsNameFreed() throws Exception {
    ServerSettings.Limits limits = ServerSettings.Limits.standard(100).withKeepalive(Duration.ofSeconds(1), 2);
    KeyPair key = SshPlayer.newKey("ed25519");
    try (ServerHarness h = new ServerHarness(saves, null, Duration.ofMinutes(30), 100, limits);
        SshPlayer alive = play(h, "xia", SshPlayer.newKey("ed25519"));
        SshPlayer frozen = SshPlayer.loginDeaf(h.port(), "wes", key).shell(80, 24, "xterm")) {
      frozen.await("the title screen", s -> s.contains("profile: wes"));
      long start = System.nanoTime();
      assertThat(frozen.session.waitFor(EnumSet.of(ClientSessionEvent.CLOSED), limits.dropAfter().plusSeconds(5)))
          .contains(ClientSessionEvent.CLOSED);
      System.out.println("frozen client dropped after " + (System.nanoTime() - start) / 1_000_000 + " ms");
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (h.server.players() != 1 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(h.server.players()).isEqualTo(1); // wes's game is saved and gone; xia's goes on
      assertThat(alive.session.isOpen()).isTrue();
      alive.type("6");
      alive.await("help, still answering", s -> s.contains("Keys everywhere"));
    }
    try (ServerHarness h = new ServerHarness(saves, null, Duration.ofMinutes(30))) {
      play(h, "wes", key).close(); // the name is still wes's key's
    }
  }

  /** One address may play only its share of the seats, and claim only so many names an hour. */
  @Test
  void oneAddressHasItsShareOfSeatsAndNames() throws Exception {
    ServerSettings.Limits limits = ServerSettings.Limits.standard(100).withGamesPerAddress(2).withClaimsPerAddress(3);
    try (ServerHarness h = new ServerHarness(saves, null, Duration.ofMinutes(30), 100, limits)) {
      try (SshPlayer a = play(h, "ya", SshPlayer.newKey("ed25519")); SshPlayer b = play(h, "yb", SshPlayer.newKey("ecdsa"));
          SshPlayer c = SshPlayer.login(h.port(), "yc", SshPlayer.newKey("ed25519")).shell(80, 24, "xterm")) {
        assertThat(c.awaitClosed()).isTrue();
        assertThat(c.stderr()).contains("Your network already plays 2 games");
      }
      assertThat(Files.exists(ServerSettings.serverDir(saves).resolve("claimed-keys/yc.pub"))).isFalse();
      play(h, "yc", SshPlayer.newKey("ed25519")).close(); // the third claim of the hour
      try (SshPlayer d = SshPlayer.login(h.port(), "yd", SshPlayer.newKey("ed25519")).shell(80, 24, "xterm")) {
        assertThat(d.awaitClosed()).isTrue();
        assertThat(d.stderr()).contains("Too many new names were claimed from your network");
      }
    }
  }
}
