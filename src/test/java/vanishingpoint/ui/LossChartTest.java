package vanishingpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A flat loss must look flat: the linear axis spans at least ±10% of the values. */
class LossChartTest {

  static String draw(double[] losses) throws java.io.IOException {
    var vt = new com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal(
        new com.googlecode.lanterna.TerminalSize(40, 8));
    var screen = new com.googlecode.lanterna.screen.TerminalScreen(vt);
    screen.startScreen();
    LossChart.draw(new Canvas(screen.newTextGraphics(), new Style(Style.Colors.ANSI256, false)), 0, 0, 40, 8, losses);
    screen.refresh();
    return vt.toString();
  }

  @Test
  void aFlatOrNearlyFlatLossIsDrawnFlatInTheMiddle() throws java.io.IOException {
    double[] flat = new double[100];
    Arrays.fill(flat, 0.693);
    double[] ab = LossChart.axis(0.693, 0.693, false);
    assertThat(ab[1] - ab[0]).isCloseTo(0.1386, org.assertj.core.data.Offset.offset(1e-6));
    double[] slight = new double[100];
    for (int i = 0; i < slight.length; i++) {
      slight[i] = 0.693 - 0.003 * i / 99.0;
    }
    for (double[] losses : new double[][] {flat, slight}) {
      String[] rows = draw(losses).split("\n");
      long drawn = Arrays.stream(rows).skip(1).filter(r -> r.contains("*")).count();
      assertThat(drawn).as("rows with dots").isEqualTo(1);
    }
    // a real fall still fills the chart
    assertThat(LossChart.axis(0.1, 0.7, false)).containsExactly(0.1, 0.7);
  }
}
