package vanishingpoint.host;

import java.util.logging.LogManager;

/**
 * java.util.logging's manager, except that a process may hold the log open through its own
 * shutdown: the JDK resets the manager (closing every handler) in a shutdown hook of its own, and
 * hooks run in no set order, so without this the SSH server's last lines (every game saved, the
 * server stopped) were lost. {@link Main} installs it before anything logs.
 */
public final class HeldLogManager extends LogManager {

  private final Object lock = new Object();
  private boolean held;
  private boolean resetPending;

  /** Defers any reset (the JDK's shutdown hook's included) until {@link #release}. */
  public static void hold() {
    if (LogManager.getLogManager() instanceof HeldLogManager) {
      HeldLogManager m = (HeldLogManager) LogManager.getLogManager();
      synchronized (m.lock) {
        m.held = true;
      }
    }
  }

  /** Ends the hold; a reset asked for meanwhile (the process is ending) happens now. */
  public static void release() {
    if (LogManager.getLogManager() instanceof HeldLogManager) {
      HeldLogManager m = (HeldLogManager) LogManager.getLogManager();
      boolean reset;
      synchronized (m.lock) {
        m.held = false;
        reset = m.resetPending;
        m.resetPending = false;
      }
      if (reset) {
        m.reset();
      }
    }
  }

  @Override
  public void reset() {
    synchronized (lock) {
      if (held) {
        resetPending = true;
        return;
      }
    }
    super.reset();
  }
}
