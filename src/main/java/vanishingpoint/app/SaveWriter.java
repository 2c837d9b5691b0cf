package vanishingpoint.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import vanishingpoint.save.SaveData;
import vanishingpoint.save.SaveStore;

/**
 * Writes saves off the key-handling thread, so that an fsync never delays a frame. Writes
 * coalesce: if several changes arrive while one is being written, only the newest is written
 * next. {@link #close()} waits until the newest change is on disk.
 */
final class SaveWriter implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SaveWriter.class.getName());

  private final SaveStore store;
  private final AtomicReference<SaveData> pending = new AtomicReference<>();
  private final AtomicReference<String> error = new AtomicReference<>();
  private final ExecutorService worker;

  SaveWriter(SaveStore store, String profile) {
    this.store = store;
    this.worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "save-" + profile);
      t.setDaemon(true);
      return t;
    });
  }

  void submit(SaveData data) {
    if (pending.getAndSet(data) == null) {
      worker.execute(this::drain);
    }
  }

  private void drain() {
    SaveData d = pending.getAndSet(null);
    if (d == null) {
      return;
    }
    try {
      store.save(d);
      error.set(null);
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "could not write the save of " + d.profile(), e);
      error.set("Your progress could not be saved to " + store.pathOf(d.profile()) + ": " + e.getMessage()
          + ". The game keeps trying with every change.");
    }
  }

  /** The latest write failure, once; null when the last write succeeded. */
  String takeError() {
    return error.getAndSet(null);
  }

  @Override
  public void close() {
    worker.shutdown();
    try {
      if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.severe("the last save did not finish within 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
