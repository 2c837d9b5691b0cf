package vanishingpoint.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanishingpoint.session.KeyLatency;

/** The server's own key-to-frame latency: every game's keys in one histogram, read as percentiles. */
class SshKeyLatencyTest {

  @TempDir
  Path saves;

  @Test
  void percentilesAreTheBucketsUpperEdges() {
    KeyLatency l = new KeyLatency();
    assertThat(l.percentileMillis(50)).isNaN();
    for (int i = 0; i < 98; i++) {
      l.record(1_050_000); // 1.05 ms
    }
    l.record(500_000_000);
    l.record(3_000_000_000L); // beyond the last bucket: the maximum
    assertThat(l.keys()).isEqualTo(100);
    assertThat(l.percentileMillis(50)).isEqualTo(1.1);
    assertThat(l.percentileMillis(98)).isEqualTo(1.1);
    assertThat(l.percentileMillis(99)).isEqualTo(500.1);
    assertThat(l.percentileMillis(100)).isEqualTo(3000.0);
    assertThat(l.summary()).isEqualTo("keys: 100, key-to-frame p50 1.1 ms p99 500.1 ms max 3000.0 ms");
  }

  @Test
  void everyGamesKeysCountOnceServerWide() throws Exception {
    try (ServerHarness h = new ServerHarness(saves, null, Duration.ofMinutes(30))) {
      for (String name : new String[] {"ann", "bob"}) {
        try (SshPlayer p = SshPlayer.login(h.port(), name, SshPlayer.newKey("ed25519"))
            .shell(80, 24, "xterm")) {
          p.await("the title", s -> s.contains("profile: " + name));
          p.type("2");
          p.await("the lessons", s -> s.contains("Gradients and backpropagation"));
          p.type("q");
          p.await("the goodbye", s -> s.contains("Goodbye, " + name));
          assertThat(p.awaitClosed()).isTrue();
        }
      }
      // one key each with a frame ("2"; "q" ends the game and draws none), from the bytes'
      // arrival to the frame written: a few ms on any machine
      assertThat(h.server.latency().keys()).isEqualTo(2);
      assertThat(h.server.latency().percentileMillis(100)).isGreaterThan(0).isLessThan(SshPlayer.WAIT.toMillis());
      assertThat(h.server.trainingLatency().keys()).as("no run trained").isZero();
    }
  }
}
