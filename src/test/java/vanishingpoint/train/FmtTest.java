package vanishingpoint.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FmtTest {
  @Test
  void valuesThatRoundToZeroHaveNoMinus() {
    assertThat(Fmt.of("%.1f%% below", -100 * 3e-5)).isEqualTo("0.0% below");
    assertThat(Fmt.of("%.1f", -0.0)).isEqualTo("0.0");
    assertThat(Fmt.of("%.3e", -0.0)).isEqualTo("0.000e+00");
    assertThat(Fmt.of("%.3g", -1e-300 * 1e-300)).isEqualTo("0.00");
    assertThat(Fmt.of("%.0f", -0.4)).isEqualTo("0");
  }

  @Test
  void otherMinusesStay() {
    assertThat(Fmt.clean("-0.05 -1 -0.0 1e-05 x-0 [-0.0e+00] (-0) a -> b -"))
        .isEqualTo("-0.05 -1 0.0 1e-05 x-0 [0.0e+00] (0) a -> b -");
    assertThat(Fmt.of("%.2f to %.2f", -0.004, -0.006)).isEqualTo("0.00 to -0.01");
  }
}
