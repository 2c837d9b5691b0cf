package vanishingpoint.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.sshd.server.StandardEnvironment;
import org.junit.jupiter.api.Test;
import vanishingpoint.ui.Style;

class ServerPartsTest {

  @Test
  void aLoneCarriageReturnIsEnterAtOnce() throws Exception {
    StandardEnvironment env = new StandardEnvironment();
    env.set("COLUMNS", "120");
    env.set("LINES", "40");
    ChannelTerminal t = new ChannelTerminal(new ByteArrayInputStream("\rx".getBytes()), new ByteArrayOutputStream(), env);
    assertThat(t.readInput().getKeyType()).isEqualTo(KeyType.Enter);
    assertThat(t.readInput().getCharacter()).isEqualTo('x');
    assertThat(t.getTerminalSize()).isEqualTo(new TerminalSize(120, 40));
  }

  @Test
  void theStyleFollowsTheClientsTermAndLocale() {
    assertThat(Hosting.styleFor(Map.of("TERM", "xterm-256color"))).isEqualTo(new Style(Style.Colors.ANSI256, true));
    assertThat(Hosting.styleFor(Map.of("TERM", "vt100", "LANG", "C"))).isEqualTo(new Style(Style.Colors.ANSI16, false));
    assertThat(Hosting.styleFor(Map.of("TERM", "dumb"))).isEqualTo(new Style(Style.Colors.NONE, true));
  }

  @Test
  void namesInTheLogCannotMoveTheCursorOrFlipTheLine() {
    String name = "ad\u202emin\u009b2J\u2028x\u0007\u200b'\\";
    assertThat(Names.printable(name)).isEqualTo("'ad\\u202emin\\u009b2J\\u2028x\\u0007\\u200b\\u0027\\u005c'");
    assertThat(Names.printable("ann")).isEqualTo("'ann'");
  }

  @Test
  void failedLoginsBlockAnAddressForAWindow() {
    MutableClock clock = new MutableClock();
    FailedLogins f = new FailedLogins(3, Duration.ofMinutes(1), clock);
    for (int i = 0; i < 3; i++) {
      assertThat(f.blocked("10.0.0.1")).isFalse();
      f.failed("10.0.0.1");
    }
    assertThat(f.blocked("10.0.0.1")).isTrue();
    assertThat(f.blocked("10.0.0.2")).isFalse();
    clock.now = clock.now.plusSeconds(61);
    assertThat(f.blocked("10.0.0.1")).isFalse();
  }

  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  }
}
