package vanishingpoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanishingpoint.core.Input;
import vanishingpoint.save.LoadResult;

/** Ten thousand seeded random keys and resizes through the whole app; restarts after each quit. */
class FuzzTest {

  private static final long SEED = 20261129L;
  private static final int KEYS = 10_000;

  @TempDir
  Path saves;

  @Test
  void randomKeysAndResizesNeverBreakTheGameOrTheSave() throws Exception {
    SplittableRandom rnd = new SplittableRandom(SEED);
    Input.Kind[] kinds = Input.Kind.values();
    String chars = "jkhl q?123456789 \tQxyz";
    int restarts = 0;
    SessionHarness h = new SessionHarness(saves, "fuzz", 80, 24);
    try {
      for (int i = 0; i < KEYS; i++) {
        int pick = rnd.nextInt(100);
        if (pick < 4) {
          h.terminal.setTerminalSize(new TerminalSize(1 + rnd.nextInt(160), 1 + rnd.nextInt(60)));
          h.session.render();
          continue;
        }
        Input in;
        if (pick < 50) {
          Input.Kind k = kinds[rnd.nextInt(kinds.length)];
          in = k == Input.Kind.CHAR ? Input.ch(chars.charAt(rnd.nextInt(chars.length()))) : Input.of(k);
        } else {
          in = Input.ch(chars.charAt(rnd.nextInt(chars.length())));
        }
        if (!h.press(in)) {
          h.close();
          restarts++;
          h = new SessionHarness(saves, "fuzz", 80, 24);
        }
      }
    } finally {
      h.close();
    }
    LoadResult after = h.store.load("fuzz");
    assertThat(after.notices()).as("the save is still readable").isEmpty();
    assertThat(after.data().profile()).isEqualTo("fuzz");
    assertThat(restarts).as("the fuzzer also quit and restarted").isGreaterThan(10);
  }
}
