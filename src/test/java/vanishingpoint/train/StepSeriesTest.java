package vanishingpoint.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The verdict's per-step record: exact while short, bounded and still right when long. */
class StepSeriesTest {

  @Test
  void shortRunsAreExact() {
    StepSeries s = new StepSeries();
    for (int i = 1; i <= 100; i++) {
      s.add(i <= 90 ? 1 : 1e-9, 1, i <= 90 ? 0 : 1, i);
    }
    assertThat(s.ratio(10)).isCloseTo(1e-9, within(1e-18));
    assertThat(s.ratio(100)).isCloseTo((90 + 10e-9) / 100, within(1e-12));
    assertThat(s.saturation(10)).isEqualTo(1.0);
    assertThat(s.saturation(20)).isEqualTo(0.5);
    assertThat(s.medianUpdate()).isCloseTo(51, within(1e-9));
  }

  @Test
  void longRunsKeepExactSumsInBoundedMemory() {
    StepSeries s = new StepSeries();
    SplittableRandom r = new SplittableRandom(7);
    int n = 1_000_003;
    double a = 0;
    double b = 0;
    for (int i = 0; i < n; i++) {
      double g1 = r.nextDouble();
      double g2 = 1 + r.nextDouble();
      a += g1;
      b += g2;
      s.add(g1, g2, 0.25, 1e-3);
    }
    assertThat(s.steps()).isEqualTo(n);
    assertThat(s.ratio(n)).isCloseTo(a / b, within(1e-9));
    assertThat(s.saturation(n / 10)).isCloseTo(0.25, within(1e-9));
    assertThat(s.medianUpdate()).isCloseTo(1e-3, within(1e-12));
  }

  @Test
  void stepsThatMoveNothingCountAsZeroInTheMedian() {
    StepSeries s = new StepSeries();
    for (int i = 0; i < 30; i++) {
      s.add(0, 1, 0, i < 20 ? 0 : 1e-3);
    }
    assertThat(s.medianUpdate()).isZero();
  }
}
