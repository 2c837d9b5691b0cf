package vanishingpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The "multiply it out" widget's label agrees with the lessons' own numbers. */
class WidgetsTest {

  @Test
  void onlyAProductWithinAFactorOfTwoOfOneIsHealthy() {
    assertThat(Widgets.verdict(1.0)).startsWith("a healthy size");
    assertThat(Widgets.verdict(Math.pow(0.9, 5))).startsWith("a healthy size");
    // lesson 1 and 3: 0.9^20 = 0.12 shrinks, 1.1^20 = 6.7 grows; neither is healthy
    assertThat(Widgets.verdict(Math.pow(0.9, 20))).isEqualTo(
        "shrinking: layer 1 gets 12% of the output's gradient");
    assertThat(Widgets.verdict(Math.pow(1.1, 20))).isEqualTo(
        "growing: layer 1 gets 6.7x the output's gradient");
    assertThat(Widgets.verdict(Math.pow(0.9, 40))).contains("1.5%");
    assertThat(Widgets.verdict(Math.pow(1.1, 40))).contains("45x");
    assertThat(Widgets.verdict(Math.pow(0.25, 10))).startsWith("vanishing");
    assertThat(Widgets.verdict(Math.pow(1.5, 20))).startsWith("exploding");
  }
}
