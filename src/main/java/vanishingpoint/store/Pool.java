package vanishingpoint.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A few connections to the database, opened when first needed and reused; one that failed is
 * dropped, so a restarted database is reconnected on the next call. The driver is created here,
 * directly: nothing else of the game touches JDBC, so plain {@code ./play} never loads it.
 */
final class Pool implements AutoCloseable {

  /** One statement on a borrowed connection. */
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final StoreUrl url;
  private final org.postgresql.Driver driver = new org.postgresql.Driver();
  private final LinkedBlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
  private final Semaphore permits;
  private volatile boolean closed;

  Pool(StoreUrl url, int size) {
    this.url = url;
    this.permits = new Semaphore(size, true);
  }

  StoreUrl url() {
    return url;
  }

  Connection connect() throws SQLException {
    Connection c = driver.connect(url.jdbc(), url.properties());
    if (c == null) {
      throw new SQLException("the driver does not take " + url.shown());
    }
    return c;
  }

  /** Runs {@code work} with autocommit on. */
  <T> T call(Work<T> work) throws SQLException {
    return borrow(work, false);
  }

  /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
  <T> T tx(Work<T> work) throws SQLException {
    return borrow(work, true);
  }

  private <T> T borrow(Work<T> work, boolean tx) throws SQLException {
    try {
      if (!permits.tryAcquire(30, TimeUnit.SECONDS)) {
        throw new SQLException("every connection to " + url.shown() + " is busy");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a connection", e);
    }
    Connection c = null;
    boolean healthy = false;
    try {
      c = idle.poll();
      if (c == null) {
        c = connect();
      }
      T result;
      if (tx) {
        c.setAutoCommit(false);
        try {
          result = work.run(c);
          c.commit();
        } catch (SQLException | RuntimeException e) {
          rollbackQuietly(c, e);
          throw e;
        } finally {
          try {
            c.setAutoCommit(true);
          } catch (SQLException broken) {
            // the connection is dropped below
          }
        }
      } else {
        result = work.run(c);
      }
      healthy = true;
      return result;
    } finally {
      if (c != null) {
        if ((healthy || isValid(c)) && !closed) {
          idle.offer(c);
        } else {
          closeQuietly(c);
        }
      }
      permits.release();
    }
  }

  private static boolean isValid(Connection c) {
    try {
      return !c.isClosed() && c.getAutoCommit() && c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static void rollbackQuietly(Connection c, Exception failure) {
    try {
      if (!c.isClosed()) {
        c.rollback();
      }
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // gone already
    }
  }

  @Override
  public void close() {
    closed = true;
    Connection c;
    while ((c = idle.poll()) != null) {
      closeQuietly(c);
    }
  }
}
