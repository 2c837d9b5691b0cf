package vanishingpoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vanishingpoint.core.Training;
import vanishingpoint.train.TrainConfig;

class TrainingPoolTest {

  @Test
  void trainingLeavesACoreToKeysAndDrawing() {
    assertThat(TrainingPool.threadsFor(1)).isEqualTo(1);
    assertThat(TrainingPool.threadsFor(2)).isEqualTo(1);
    assertThat(TrainingPool.threadsFor(4)).isEqualTo(3);
    assertThat(TrainingRun.SLICE_NANOS).isBetween(1_000_000L, 10_000_000L);
  }

  @Test
  void startingARunLeavesItsBuildingToThePool() throws Exception {
    TrainingPool pool = new TrainingPool(1);
    CountDownLatch busy = new CountDownLatch(1);
    CountDownLatch woken = new CountDownLatch(1);
    pool.submit(() -> {
      try {
        busy.await(); // the pool's only thread is taken: nothing of the run can happen there yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    TrainingRun run = new TrainingRun(1, TrainConfig.defaults(), pool, woken::countDown);
    run.start();
    // the key that started it returns with nothing built or published: the pool does that
    assertThat(run.snapshot()).isSameAs(Training.NONE);
    assertThat(woken.getCount()).isEqualTo(1);
    busy.countDown();
    assertThat(woken.await(20, TimeUnit.SECONDS)).isTrue();
    assertThat(run.snapshot()).isNotSameAs(Training.NONE);
    run.stop();
  }

  @Test
  void aTrainingRunSharesTheFrameBudgetWhileItTrainsAndAReplayTakesNoShare() {
    TrainingPool pool = new TrainingPool(1);
    FrameBudget budget = new FrameBudget(100, FrameBudget.FASTEST_NANOS);
    TrainingRun shown = new TrainingRun(1, TrainConfig.defaults(), pool, () -> { }, false, budget);
    TrainingRun replay = new TrainingRun(2, TrainConfig.defaults(), pool, () -> { }, true, budget);
    assertThat(budget.training()).isZero();
    shown.start();
    replay.start();
    assertThat(budget.training()).isEqualTo(1);
    shown.stop();
    shown.stop();
    replay.stop();
    assertThat(budget.training()).isZero();
  }
}
