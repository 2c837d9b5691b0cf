package vanishingpoint.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MINA SSH client against the server in this JVM: a student's whole round trip. */
class SshJourneyTest {

  private static final String RIGHT = "\u001b[C";

  @TempDir
  Path saves;

  @Test
  void logInPlayResizeDropAndResumeAtTheSamePlace() throws Exception {
    KeyPair key = SshPlayer.newKey("ed25519");
    try (ServerHarness h = new ServerHarness(saves, null, Duration.ofMinutes(30))) {
      try (SshPlayer ann = SshPlayer.login(h.port(), "ann", key).shell(100, 30, "xterm-256color")) {
        ann.await("the title screen", s -> s.contains("VANISHING POINT") && s.contains("profile: ann"));
        assertThat(ann.screen.line(1)).hasSize(100);
        ann.resize(90, 26);
        ann.await("the redraw at 90 columns", s -> ann.screen.line(1).length() == 90);
        ann.type("2");
        ann.await("the lessons", s -> s.contains("Lessons") && s.contains("page") || s.contains("new"));
        ann.type("\r"); // a lone CR, as OpenSSH sends Enter
        ann.await("the first page", s -> s.contains("page 1 of"));
        ann.type(RIGHT);
        ann.await("the second page", s -> s.contains("page 2 of"));
        ann.drop();
      }
      try (SshPlayer again = SshPlayer.login(h.port(), "ann", key).shell(80, 24, "xterm")) {
        again.await("Continue offers the page", s -> s.contains("Continue: Lesson 1,") && s.contains(", page 2 of "));
        again.type("\r");
        again.await("the same page", s -> s.contains("page 2 of"));
        again.type("q");
        again.await("the goodbye", s -> s.contains("Goodbye, ann. Your progress is saved."));
        assertThat(again.awaitClosed()).isTrue();
        assertThat(again.channel().getExitStatus()).isZero();
      }
      assertThat(Files.readString(saves.resolve("ann.json"))).contains("\"lesson\"");
    }
  }

  @Test
  void ecdsaAndRsaKeysLogInToo() throws Exception {
    try (ServerHarness h = new ServerHarness(saves, null, Duration.ofMinutes(30))) {
      for (String type : new String[] {"ecdsa", "rsa"}) {
        try (SshPlayer p = SshPlayer.login(h.port(), "p-" + type, SshPlayer.newKey(type)).shell(80, 24, "xterm")) {
          p.await("the title screen", s -> s.contains("profile: p-" + type));
        }
      }
    }
  }

  @Test
  void aNewLoginTakesOverTheNamesRunningGame() throws Exception {
    KeyPair key = SshPlayer.newKey("ed25519");
    try (ServerHarness h = new ServerHarness(saves, null, Duration.ofMinutes(30));
        SshPlayer first = SshPlayer.login(h.port(), "bea", key).shell(80, 24, "xterm")) {
      first.await("the title screen", s -> s.contains("profile: bea"));
      first.type("5");
      first.await("progress", s -> s.contains("Sections seen"));
      try (SshPlayer second = SshPlayer.login(h.port(), "bea", key).shell(80, 24, "xterm")) {
        first.await("the takeover notice", s -> s.contains("from somewhere else"));
        assertThat(first.awaitClosed()).isTrue();
        // the old connection goes too, not only its game: a frozen client must not hold a seat
        assertThat(first.session.waitFor(java.util.EnumSet.of(
            org.apache.sshd.client.session.ClientSession.ClientSessionEvent.CLOSED), SshPlayer.WAIT))
            .contains(org.apache.sshd.client.session.ClientSession.ClientSessionEvent.CLOSED);
        second.await("the game, resumed", s -> s.contains("Continue: Progress"));
      }
    }
  }

  @Test
  void idleGamesAreClosedAndSaved() throws Exception {
    try (ServerHarness h = new ServerHarness(saves, null, Duration.ofSeconds(1));
        SshPlayer p = SshPlayer.login(h.port(), "cid", SshPlayer.newKey("ed25519")).shell(80, 24, "xterm")) {
      p.await("the title screen", s -> s.contains("profile: cid"));
      p.type("6");
      p.await("the idle notice", s -> s.contains("Closed after 1 second without a key"));
      assertThat(p.awaitClosed()).isTrue();
      assertThat(Files.readString(saves.resolve("cid.json"))).contains("\"help\"");
    }
  }

  @Test
  void stoppingTheServerSavesAndSaysGoodbye() throws Exception {
    ServerHarness h = new ServerHarness(saves, null, Duration.ofMinutes(30));
    try (SshPlayer p = SshPlayer.login(h.port(), "dee", SshPlayer.newKey("ed25519")).shell(80, 24, "xterm")) {
      p.await("the title screen", s -> s.contains("profile: dee"));
      p.type("6");
      p.await("help", s -> s.contains("Keys everywhere"));
      h.close();
      p.await("the goodbye", s -> s.contains("shutting down"));
      assertThat(Files.readString(saves.resolve("dee.json"))).contains("\"help\"");
    }
  }

  @Test
  void theHostKeyIsKeptPrivateAndReused() throws Exception {
    String first;
    try (ServerHarness h = new ServerHarness(saves, null, Duration.ofMinutes(30))) {
      first = h.server.hostKeyFingerprint();
    }
    Path file = ServerSettings.serverDir(saves).resolve("host-key");
    assertThat(Files.getPosixFilePermissions(file)).extracting(Object::toString)
        .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    try (ServerHarness h = new ServerHarness(saves, null, Duration.ofMinutes(30))) {
      assertThat(h.server.hostKeyFingerprint()).isEqualTo(first);
    }
  }
}
