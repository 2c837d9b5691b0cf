package vanishingpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import vanishingpoint.core.Screen;

class SmallTerminalTest {

  @Test
  void everySizeFromOneByOneDrawsWithoutFailing() throws IOException {
    for (int cols = 1; cols <= 82; cols++) {
      for (int rows = 1; rows <= 25; rows++) {
        String out = ScreenSnapshotTest.render(Fixtures.on(Screen.PROGRESS), ScreenSnapshotTest.UNICODE, cols, rows);
        if (cols < 80 || rows < 24) {
          assertThat(out).doesNotContain("Sections seen");
        } else {
          assertThat(out).contains("Sections seen");
        }
      }
    }
  }

  @Test
  void tellsTheSizeNeededAndTheSizeNow() throws IOException {
    String out = ScreenSnapshotTest.render(Fixtures.home(), ScreenSnapshotTest.UNICODE, 79, 30);
    assertThat(out.replace("\n", " ").replaceAll(" +", " ")).contains("enlarge your terminal to 80x24 (now 79x30)");
  }
}
