package vanishingpoint.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelSession;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the server turns away, and what it says when it does. */
class SshRefusalTest {

  @TempDir
  Path saves;

  private ServerHarness server() throws Exception {
    return new ServerHarness(saves, null, Duration.ofMinutes(30));
  }

  @Test
  void aSecondKeyForAClaimedNameIsRefused() throws Exception {
    try (ServerHarness h = server()) {
      try (SshPlayer owner = SshPlayer.login(h.port(), "eve", SshPlayer.newKey("ed25519")).shell(80, 24, "xterm")) {
        owner.await("the title screen", s -> s.contains("profile: eve"));
      }
      assertThatThrownBy(() -> SshPlayer.login(h.port(), "eve", SshPlayer.newKey("ed25519")))
          .hasMessageContaining("No more authentication methods");
      assertThat(SshPlayer.BANNERS).anyMatch(b -> b.contains("The name 'eve' belongs to another key"))
          .noneMatch(b -> b.contains(saves.toString())); // where the server keeps its files is its business
      assertThat(Files.readString(ServerSettings.serverDir(saves).resolve("claimed-keys/eve.pub")))
          .startsWith("ssh-ed25519 ");
    }
  }

  @Test
  void anInvalidUserNameIsRefusedWithAMessage() throws Exception {
    try (ServerHarness h = server()) {
      assertThatThrownBy(() -> SshPlayer.login(h.port(), "../etc", SshPlayer.newKey("ed25519")))
          .hasMessageContaining("No more authentication methods");
      assertThat(SshPlayer.BANNERS).anyMatch(b -> b.contains("may only contain letters, digits"));
    }
  }

  @Test
  void execAndSftpAreRefused() throws Exception {
    try (ServerHarness h = server(); SshPlayer p = SshPlayer.login(h.port(), "fay", SshPlayer.newKey("ed25519"))) {
      ChannelExec exec = p.session.createExecChannel("ls /");
      assertRefused(exec);
      ChannelSubsystem sftp = p.session.createSubsystemChannel("sftp");
      assertRefused(sftp);
    }
  }

  private static void assertRefused(ChannelSession channel) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    channel.setOut(out);
    channel.open().verify(SshPlayer.WAIT);
    assertThat(channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshPlayer.WAIT))
        .contains(ClientChannelEvent.CLOSED);
    assertThat(out.size()).isZero();
    assertThat(channel.getExitStatus()).isNull();
  }

  @Test
  void aShellWithoutAPtyGetsOneLine() throws Exception {
    try (ServerHarness h = server(); SshPlayer p = SshPlayer.login(h.port(), "gil", SshPlayer.newKey("ed25519"))) {
      p.screen = new VtScreen(80, 24);
      p.shell = p.session.createShellChannel();
      p.shell.setUsePty(false);
      p.shell.setOut(p.screen);
      p.shell.setErr(p.err);
      p.shell.open().verify(SshPlayer.WAIT);
      assertThat(p.awaitClosed()).isTrue();
      assertThat(p.stderr()).contains("needs a terminal").hasLineCount(1);
      assertThat(p.channel().getExitStatus()).isEqualTo(1);
    }
  }

  @Test
  void withAnAuthorizedKeysFileOnlyListedKeysGetIn() throws Exception {
    KeyPair listed = SshPlayer.newKey("ed25519");
    KeyPair later = SshPlayer.newKey("ecdsa");
    Path file = saves.resolve("students.keys");
    Files.writeString(file, "# the class\nhal " + PublicKeyEntry.toString(listed.getPublic()) + " hal@laptop\n"
        + "bad line\n");
    try (ServerHarness h = new ServerHarness(saves, file, Duration.ofMinutes(30))) {
      try (SshPlayer p = SshPlayer.login(h.port(), "hal", listed).shell(80, 24, "xterm")) {
        p.await("the title screen", s -> s.contains("profile: hal"));
      }
      assertThatThrownBy(() -> SshPlayer.login(h.port(), "ida", later)).hasMessageContaining("authentication");
      assertThat(SshPlayer.BANNERS).anyMatch(b -> b.contains("not listed for 'ida'"));
      Files.writeString(file, "ida " + PublicKeyEntry.toString(later.getPublic()) + "\n",
          java.nio.file.StandardOpenOption.APPEND); // picked up without a restart
      try (SshPlayer p = SshPlayer.login(h.port(), "ida", later).shell(80, 24, "xterm")) {
        p.await("the title screen", s -> s.contains("profile: ida"));
      }
    }
  }

  @Test
  void aFullServerSaysSo() throws Exception {
    try (ServerHarness h = new ServerHarness(saves, null, Duration.ofMinutes(30), 1);
        SshPlayer first = SshPlayer.login(h.port(), "jo", SshPlayer.newKey("ed25519")).shell(80, 24, "xterm")) {
      first.await("the title screen", s -> s.contains("profile: jo"));
      try (SshPlayer second = SshPlayer.login(h.port(), "kim", SshPlayer.newKey("ed25519")).shell(80, 24, "xterm")) {
        assertThat(second.awaitClosed()).isTrue();
        assertThat(second.stderr()).contains("The server is full (1 players)");
      }
    }
  }
}
