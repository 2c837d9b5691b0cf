package vanishingpoint.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server's training frames, shared among the views that train; time is passed in, never read. */
class FrameBudgetTest {

  private static final long MS = 1_000_000;

  @Test
  void aPlayerAloneGetsTheFullRate() {
    FrameBudget budget = new FrameBudget(120, 66 * MS);
    FrameBudget.Pace pace = budget.join();
    assertThat(budget.intervalNanos()).isEqualTo(66 * MS);
    assertThat(pace.due(0)).isTrue(); // the first frame at once
    assertThat(pace.due(65 * MS)).isFalse();
    assertThat(pace.due(66 * MS)).isTrue();
    assertThat(pace.due(100 * MS)).isFalse();
    assertThat(pace.due(132 * MS)).isTrue();
  }

  @Test
  void aClassSharesTheBudget() {
    FrameBudget budget = new FrameBudget(120, 66 * MS);
    List<FrameBudget.Pace> views = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      views.add(budget.join());
    }
    // 100 views share 120 frames a second: each one every 834 ms (rounded up to the nanosecond)
    assertThat(budget.training()).isEqualTo(100);
    assertThat(budget.intervalNanos()).isEqualTo(833_333_334L);
    // every view asking every 66 ms for 10 s: the whole server draws its 120 a second, no more
    long frames = 0;
    for (long t = 0; t < 10_000 * MS; t += 66 * MS) {
      for (FrameBudget.Pace v : views) {
        frames += v.due(t) ? 1 : 0;
      }
    }
    assertThat(frames).isBetween(1100L, 1300L);
  }

  @Test
  void aViewThatStopsTrainingLeavesItsShareToTheOthers() {
    FrameBudget budget = new FrameBudget(10, 66 * MS);
    FrameBudget.Pace a = budget.join();
    FrameBudget.Pace b = budget.join();
    assertThat(budget.intervalNanos()).isEqualTo(200 * MS);
    assertThat(a.due(0)).isTrue();
    assertThat(a.due(150 * MS)).isFalse();
    b.close();
    b.close(); // idempotent: counted once
    assertThat(budget.training()).isEqualTo(1);
    assertThat(budget.intervalNanos()).isEqualTo(100 * MS);
    assertThat(a.due(150 * MS)).isTrue();
    a.close();
    assertThat(budget.training()).isZero();
    assertThat(budget.intervalNanos()).isEqualTo(100 * MS); // as for one view: never faster than the fastest
  }

  @Test
  void noBudgetIsRefused() {
    assertThatThrownBy(() -> new FrameBudget(0, 66 * MS)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FrameBudget(Double.NaN, 66 * MS)).isInstanceOf(IllegalArgumentException.class);
  }
}
