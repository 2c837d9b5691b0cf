package vanishingpoint.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainingPoolTest {

  @Test
  void trainingLeavesACoreToKeysAndDrawing() {
    assertThat(TrainingPool.threadsFor(1)).isEqualTo(1);
    assertThat(TrainingPool.threadsFor(2)).isEqualTo(1);
    assertThat(TrainingPool.threadsFor(4)).isEqualTo(3);
    assertThat(TrainingRun.SLICE_NANOS).isBetween(1_000_000L, 10_000_000L);
  }
}
