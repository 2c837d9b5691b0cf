package vanishingpoint.save;

import static org.assertj.core.api.Assertions.assertThat;
import static vanishingpoint.save.Fixtures.NOW;
import static vanishingpoint.save.Fixtures.clockAt;
import static vanishingpoint.save.Fixtures.sample;
import static vanishingpoint.save.Fixtures.savedAt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vanishingpoint.save.CrashHook.Step;
import vanishingpoint.save.LoadResult.Source;

class SaveStoreConcurrencyTest {
  private static final int THREADS = 8;
  private static final int SAVES_EACH = 50;

  @TempDir Path dir;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void concurrentSavesTakeTurnsAndLeaveOneOfTheWrittenValues() throws Exception {
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger mostInside = new AtomicInteger();
    CrashHook watch = step -> {
      if (step == Step.TEMP_HALF_WRITTEN) {
        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
      } else if (step == Step.REPLACED) {
        inside.decrementAndGet();
      }
    };
    // Two stores on one folder, as two sessions of the SSH server would have.
    SaveStore[] stores = {
        new SaveStore(dir, clockAt(NOW), watch), new SaveStore(dir, clockAt(NOW), watch)};
    Set<SaveData> written = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < SAVES_EACH; i++) {
            SaveData data = sample("alice", thread * 1000 + i);
            written.add(savedAt(data, NOW));
            stores[thread % 2].save(data);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(); // rethrows any failure of a writer
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(written).hasSize(THREADS * SAVES_EACH);
    assertThat(mostInside.get()).as("saves inside the critical part at once").isEqualTo(1);
    LoadResult loaded = stores[0].load("alice");
    assertThat(loaded.source()).isEqualTo(Source.SAVE_FILE);
    assertThat(loaded.notices()).isEmpty();
    assertThat(written).contains(loaded.data());
    SaveCodec.Decoded backup = SaveCodec.decode(Files.readAllBytes(dir.resolve("alice.json.bak")), "alice");
    assertThat(written).contains(backup.data());
    assertThat(Fixtures.fileNames(dir)).containsExactly("alice.json", "alice.json.bak");
  }
}
