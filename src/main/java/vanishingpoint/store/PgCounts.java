package vanishingpoint.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts per address shared by every server, as rows of
 * {@code failed_logins(kind text, address text, at timestamptz)}: behind a load balancer one
 * address's connections are spread over the servers, and each server's own count would let it
 * have as many tries as there are servers. The database's clock decides the window. If the
 * database cannot be reached, nobody is blocked (and it is logged): a class is not locked out
 * because its counts cannot be read.
 */
final class PgCounts implements AddressCounts {

  private static final Logger LOG = Logger.getLogger(PgCounts.class.getName());
  private static final long PRUNE_EVERY_MS = 60_000;

  private final Pool pool;
  private final String kind;
  private final int limit;
  private final Duration window;
  private final AtomicLong lastPrune = new AtomicLong();

  PgCounts(Pool pool, String kind, int limit, Duration window) {
    this.pool = pool;
    this.kind = kind;
    this.limit = limit;
    this.window = window;
  }

  @Override
  public void add(String address) {
    try {
      pool.call(c -> {
        try (PreparedStatement s = c.prepareStatement(
            "INSERT INTO failed_logins (kind, address, at) VALUES (?, ?, clock_timestamp())")) {
          s.setString(1, kind);
          s.setString(2, address);
          s.executeUpdate();
        }
        long now = System.currentTimeMillis();
        long last = lastPrune.get();
        if (now - last >= PRUNE_EVERY_MS && lastPrune.compareAndSet(last, now)) {
          try (PreparedStatement s = c.prepareStatement("DELETE FROM failed_logins WHERE kind = ?"
              + " AND at < clock_timestamp() - make_interval(secs => ?)")) {
            s.setString(1, kind);
            s.setDouble(2, window.toMillis() / 1000.0);
            s.executeUpdate();
          }
        }
        return null;
      });
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "cannot count a " + kind + " from " + address, e);
    }
  }

  @Override
  public boolean blocked(String address) {
    try {
      return pool.call(c -> {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM failed_logins"
            + " WHERE kind = ? AND address = ? AND at >= clock_timestamp() - make_interval(secs => ?) LIMIT ?) x")) {
          s.setString(1, kind);
          s.setString(2, address);
          s.setDouble(3, window.toMillis() / 1000.0);
          s.setInt(4, limit);
          try (ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1) >= limit;
          }
        }
      });
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "cannot read the " + kind + " count of " + address + "; letting it in", e);
      return false;
    }
  }
}
