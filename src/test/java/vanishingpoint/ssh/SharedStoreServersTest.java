package vanishingpoint.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanishingpoint.save.SaveStore;
import vanishingpoint.store.Store;
import vanishingpoint.store.TestDatabase;

/**
 * Two servers on one PostgreSQL, as behind a load balancer: a player on server A logs in again
 * through server B, which takes the game over from A and continues the same save.
 */
class SharedStoreServersTest {

  @TempDir
  Path a;
  @TempDir
  Path b;

  @Test
  void aPlayerOnServerAIsTakenOverFromServerBAndContinuesTheSameSave() throws Exception {
    String url = TestDatabase.newDatabase();
    KeyPair key = SshPlayer.newKey("ed25519");
    try (ServerHarness serverA = new ServerHarness(a, TestDatabase.open(url));
        ServerHarness serverB = new ServerHarness(b, TestDatabase.open(url))) {
      try (SshPlayer onA = SshPlayer.login(serverA.port(), "ann", key).shell(80, 24, "xterm")) {
        onA.await("the title screen", s -> s.contains("profile: ann"));
        onA.type("5");
        onA.await("progress", s -> s.contains("Sections seen"));
        try (SshPlayer onB = SshPlayer.login(serverB.port(), "ann", key).shell(80, 24, "xterm")) {
          onA.await("the takeover notice on A", s -> s.contains("from somewhere else"));
          assertThat(onA.awaitClosed()).isTrue();
          onB.await("the game on B, resumed where A left it", s -> s.contains("Continue: Progress"));
          assertThat(serverA.server.players()).isZero();
          assertThat(serverB.server.players()).isOne();
          // the name's key is shared too: another key cannot have ann on either server
          assertThatThrownBy(() -> SshPlayer.login(serverA.port(), "ann", SshPlayer.newKey("ed25519")))
              .hasMessageContaining("No more authentication methods");
        }
      }
      // nothing in either saves folder: the save is in the database
      assertThat(Files.exists(a.resolve("ann.json"))).isFalse();
      assertThat(Files.exists(b.resolve("ann.json"))).isFalse();
      try (Store check = TestDatabase.open(url)) {
        assertThat(new SaveStore(check.saves(), Clock.systemUTC()).peek("ann").data().place()).isNotEmpty();
      }
    }
  }
}
