package vanishingpoint.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogsTest {

  @TempDir
  Path dir;

  /** At its limit the log moves on to a new file and keeps the old ones (with one file it emptied itself). */
  @Test
  void aFullLogRotatesAndKeepsItsPast() throws Exception {
    FileHandler h = Logs.handler(dir.resolve("serve.%g.log"), 2_000, 5);
    try {
      for (int i = 0; i < 100; i++) {
        h.publish(new LogRecord(Level.INFO, "line " + i + " " + "x".repeat(60)));
      }
    } finally {
      h.close();
    }
    assertThat(dir.resolve("serve.0.log")).exists();
    assertThat(dir.resolve("serve.4.log")).exists();
    assertThat(dir.resolve("serve.5.log")).doesNotExist();
    StringBuilder all = new StringBuilder();
    for (int g = 4; g >= 0; g--) {
      assertThat(Files.size(dir.resolve("serve." + g + ".log"))).isLessThanOrEqualTo(2_500);
      all.append(Files.readString(dir.resolve("serve." + g + ".log")));
    }
    // the newest lines are kept, and in order; only the oldest file's worth was dropped
    assertThat(all.toString()).contains("line 99 ").doesNotContain("line 0 ")
        .containsSubsequence("line 80 ", "line 90 ", "line 99 ");
  }

  @Test
  void outsideTextCannotForgeOrBendALogLine() {
    assertThat(Logs.escape("ann")).isEqualTo("ann");
    assertThat(Logs.escape("a\nb\r\u001b[2J\u009b\u202e\u2028\u2029\u200b\\u0041"))
        .isEqualTo("a\\u000ab\\u000d\\u001b[2J\\u009b\\u202e\\u2028\\u2029\\u200b\\u005cu0041");
    assertThat(Logs.escape("Zoë 日本")).isEqualTo("Zoë 日本");
  }
}
