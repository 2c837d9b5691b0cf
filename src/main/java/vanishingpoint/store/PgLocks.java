package vanishingpoint.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import vanishingpoint.save.ProfileInUseException;
import vanishingpoint.save.SaveBackend;

/**
 * One game per name across every server on the database, and takeover across servers.
 *
 * <p>A profile is held by a session-level advisory lock, {@code pg_try_advisory_lock(22097,
 * hashtext(name))}, on one connection of this server's own: PostgreSQL drops the lock when that
 * connection ends, so a server that dies (even by kill -9) leaves no stale lock. The
 * {@code sessions} row of the name says which server took it last and its generation, bumped by
 * each new holder.
 *
 * <p>Takeover: a login for a name held elsewhere sends {@code NOTIFY vp_takeover, 'NAME'} (again
 * every second) and polls the lock until {@code wait} has passed. Every server listens on its
 * lock connection, reads notifications every {@value #TICK_MS} ms, and tells its game of that name
 * to save and close ({@code onTakeover}); closing releases the lock, and the new login takes it.
 *
 * <p>Fencing: a save is written only while the {@code sessions} generation is still the one this
 * server took (see {@link PostgresBackend#write}). If the lock connection is lost, the locks are
 * gone with it; on reconnecting this server takes them back only if nobody else has taken the name
 * meanwhile, and otherwise stops the game, whose late save is then refused instead of
 * overwriting the newer game's.
 */
final class PgLocks implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PgLocks.class.getName());
  /** The first key of every advisory lock of the game ('VP' + 1); the second is hashtext(name). */
  static final int LOCK_SPACE = 0x5651;
  static final String CHANNEL = "vp_takeover";
  static final int TICK_MS = 200;
  private static final long HEALTH_CHECK_MS = 2_000;

  private final Pool pool;
  private final String server;
  private final Duration wait;
  private final ReentrantLock guard = new ReentrantLock();
  private final Map<String, Held> held = new ConcurrentHashMap<>();
  private final Thread watcher;
  private volatile boolean closed;
  private Connection conn; // guarded; null while disconnected
  private long lastCheck;
  private boolean down; // only the watcher reads and writes it

  PgLocks(Pool pool, String server, Duration wait) throws SQLException {
    this.pool = pool;
    this.server = server;
    this.wait = wait;
    guard.lock();
    try {
      connect();
    } finally {
      guard.unlock();
    }
    watcher = new Thread(this::watch, "store-locks");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** A profile held by this server. */
  final class Held implements SaveBackend.Hold {
    final String name;
    final long generation;
    final Runnable onTakeover;
    final AtomicBoolean released = new AtomicBoolean();
    volatile boolean lost;

    Held(String name, long generation, Runnable onTakeover) {
      this.name = name;
      this.generation = generation;
      this.onTakeover = onTakeover;
    }

    @Override
    public void close() {
      if (!released.compareAndSet(false, true)) {
        return;
      }
      guard.lock();
      try {
        held.remove(name, this);
        if (!lost && conn != null) {
          try (PreparedStatement s = conn.prepareStatement("SELECT pg_advisory_unlock(?, hashtext(?))")) {
            s.setInt(1, LOCK_SPACE);
            s.setString(2, name);
            s.execute();
          } catch (SQLException e) {
            // the connection is going: PostgreSQL drops its locks anyway
            LOG.log(Level.FINE, "unlocking " + name, e);
            dropConnection();
          }
        }
      } finally {
        guard.unlock();
      }
    }

    void takeover() {
      try {
        onTakeover.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "stopping the game of " + name + " for a takeover", e);
      }
    }
  }

  /**
   * The generation this server holds {@code name} under; null if it does not hold it, -1 (no
   * generation at all) if it held it and lost it: such a game's saves are refused.
   */
  Long generationOf(String name) {
    Held h = held.get(name);
    return h == null ? null : h.lost ? -1L : h.generation;
  }

  SaveBackend.Hold acquire(String name, Runnable onTakeover) throws ProfileInUseException, IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    long lastAsk = 0;
    boolean asked = false;
    while (true) {
      Held h;
      try {
        h = tryTake(name, onTakeover);
      } catch (SQLException e) {
        throw new IOException("cannot lock " + name + " in " + pool.url().shown() + ": " + e.getMessage(), e);
      }
      if (h != null) {
        if (asked) {
          LOG.info(() -> name + " taken over from another session, generation " + h.generation);
        }
        return h;
      }
      long now = System.nanoTime();
      if (now - deadline >= 0) {
        throw new ProfileInUseException(name);
      }
      if (!asked || now - lastAsk >= 1_000_000_000L) {
        ask(name);
        asked = true;
        lastAsk = now;
      }
      try {
        Thread.sleep(50); // polling the lock, within the deadline above
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for " + name, e);
      }
    }
  }

  /** The lock and a new generation, or null if another session holds the name. */
  private Held tryTake(String name, Runnable onTakeover) throws SQLException {
    guard.lock();
    try {
      if (held.containsKey(name)) {
        return null; // advisory locks are re-entrant on one connection: ask the registry first
      }
      Connection c = connection();
      if (!tryLock(c, name)) {
        return null;
      }
      long generation;
      try (PreparedStatement s = c.prepareStatement("INSERT INTO sessions (name, server, generation, since)"
          + " VALUES (?, ?, 1, now()) ON CONFLICT (name) DO UPDATE SET server = EXCLUDED.server,"
          + " generation = sessions.generation + 1, since = now() RETURNING generation")) {
        s.setString(1, name);
        s.setString(2, server);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          generation = r.getLong(1);
        }
      } catch (SQLException e) {
        unlockQuietly(c, name);
        throw e;
      }
      Held h = new Held(name, generation, onTakeover);
      held.put(name, h);
      return h;
    } catch (SQLException e) {
      dropConnection();
      throw e;
    } finally {
      guard.unlock();
    }
  }

  private static boolean tryLock(Connection c, String name) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?, hashtext(?))")) {
      s.setInt(1, LOCK_SPACE);
      s.setString(2, name);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getBoolean(1);
      }
    }
  }

  private static void unlockQuietly(Connection c, String name) {
    try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_unlock(?, hashtext(?))")) {
      s.setInt(1, LOCK_SPACE);
      s.setString(2, name);
      s.execute();
    } catch (SQLException e) {
      // the connection is broken: its locks are gone with it
    }
  }

  /** Asks whoever holds {@code name}, on any server, to save and close it. */
  private void ask(String name) {
    try {
      pool.call(c -> {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_notify(?, ?)")) {
          s.setString(1, CHANNEL);
          // who asks goes with the name: a server never obeys its own requests, which can arrive
          // after it has taken the name (it is listening too)
          s.setString(2, name + " " + server);
          s.execute();
        }
        return null;
      });
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "cannot ask for " + name + " to be handed over", e);
    }
  }

  /** Reads the takeover requests and watches the lock connection, until closed. */
  private void watch() {
    while (!closed) {
      java.util.List<Held> toStop = new java.util.ArrayList<>();
      guard.lock();
      try {
        Connection c = connection();
        PGNotification[] ns = c.unwrap(PGConnection.class).getNotifications(1);
        if (ns != null) {
          for (PGNotification n : ns) {
            String[] ask = n.getParameter().split(" ", 2);
            Held h = held.get(ask[0]);
            boolean mine = ask.length == 2 && ask[1].equals(server);
            if (h != null && !h.lost && !mine) {
              toStop.add(h);
            }
          }
        }
        long now = System.currentTimeMillis();
        if (now - lastCheck >= HEALTH_CHECK_MS) {
          lastCheck = now;
          try (Statement s = c.createStatement()) {
            s.execute("SELECT 1");
          }
        }
        if (down) {
          down = false;
          LOG.info(() -> "the lock connection to " + pool.url().shown() + " is back");
        }
      } catch (SQLException e) {
        if (!closed && !down) {
          down = true;
          LOG.log(Level.WARNING, "the lock connection to " + pool.url().shown() + " failed; reconnecting", e);
        }
        dropConnection();
      } finally {
        guard.unlock();
      }
      toStop.forEach(h -> {
        LOG.info(() -> "another session asks for " + h.name + ": saving and closing it here");
        h.takeover();
      });
      try {
        Thread.sleep(TICK_MS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The lock connection, reconnected (and the held locks taken back) if it was lost. Under guard. */
  private Connection connection() throws SQLException {
    if (conn == null) {
      connect();
    }
    return conn;
  }

  private void connect() throws SQLException {
    Connection c = pool.connect();
    try (Statement s = c.createStatement()) {
      s.execute("LISTEN " + CHANNEL);
    } catch (SQLException e) {
      Pool.closeQuietly(c);
      throw e;
    }
    conn = c;
    lastCheck = System.currentTimeMillis();
    for (Held h : held.values()) {
      if (h.lost) {
        continue;
      }
      boolean mine = tryLock(c, h.name) && generationIs(c, h.name, h.generation);
      if (!mine) {
        h.lost = true;
        LOG.warning(() -> "the lock of " + h.name + " was lost with the connection and taken meanwhile: closing"
            + " the game here; its later saves are refused");
        Thread t = new Thread(h::takeover, "store-lost-" + h.name);
        t.setDaemon(true);
        t.start();
      }
    }
  }

  private static boolean generationIs(Connection c, String name, long generation) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT generation FROM sessions WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        return r.next() && r.getLong(1) == generation;
      }
    }
  }

  private void dropConnection() {
    if (conn != null) {
      Pool.closeQuietly(conn);
      conn = null;
    }
  }

  /** The backend process id of the lock connection, for tests that cut it. */
  int lockPid() throws SQLException {
    guard.lock();
    try {
      return connection().unwrap(PGConnection.class).getBackendPID();
    } finally {
      guard.unlock();
    }
  }

  @Override
  public void close() {
    closed = true;
    watcher.interrupt();
    guard.lock();
    try {
      dropConnection(); // PostgreSQL releases every lock of the connection
    } finally {
      guard.unlock();
    }
  }
}
