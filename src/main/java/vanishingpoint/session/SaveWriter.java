package vanishingpoint.session;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import vanishingpoint.save.OsReason;
import vanishingpoint.save.SaveData;
import vanishingpoint.save.SaveStore;

/**
 * Writes saves off the key-handling thread, so that an fsync never delays a frame. Writes
 * coalesce: if several changes arrive while one is being written, only the newest is written
 * next. {@link #close()} waits until the newest change is on disk, or has failed: then
 * {@link #failure()} says so, for the message after the game.
 */
final class SaveWriter implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SaveWriter.class.getName());
  private static final long CLOSE_WAIT_SECONDS = 10;

  private final SaveStore store;
  private final String path;
  private final Runnable onFailure;
  private final AtomicReference<SaveData> pending = new AtomicReference<>();
  private final AtomicReference<String> notice = new AtomicReference<>();
  private volatile String failure;
  private final ExecutorService worker;

  /** {@code onFailure} runs on the writer's thread after a failed write: wake the game then. */
  SaveWriter(SaveStore store, String profile, Runnable onFailure) {
    this.store = store;
    this.path = store.where(profile);
    this.onFailure = onFailure;
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
      failure = null;
      notice.set(null);
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "could not write the save " + path, e);
      // The save's own path and the OS's reason: Java's message is often only a temp file's name.
      failure = "your progress could not be saved to " + path + ": " + OsReason.of(e);
      notice.set("Your progress could not be saved to " + path + ": " + OsReason.of(e)
          + ". The game keeps trying with every change.");
      onFailure.run();
    }
  }

  /** The latest write failure as a notice for the screen, once; null when there is none new. */
  String takeNotice() {
    return notice.getAndSet(null);
  }

  /** After {@link #close()}: why the last change is not on disk, or null when it is. */
  String failure() {
    return failure;
  }

  @Override
  public void close() {
    worker.shutdown();
    try {
      if (!worker.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.severe("the last save did not finish within " + CLOSE_WAIT_SECONDS + " s");
        failure = "your last change may not be saved: writing " + path + " did not finish within "
            + CLOSE_WAIT_SECONDS + " s";
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = "your last change may not be saved: the game was interrupted while writing " + path;
    }
  }
}
