package vanishingpoint.store;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import vanishingpoint.save.SaveBackend;

/**
 * A class's shared state in PostgreSQL, for several servers behind a load balancer. The tables
 * are created on first use (by whichever server starts first; the set-up is serialized by an
 * advisory lock): {@code saves}, {@code kept_aside}, {@code claimed_keys}, {@code failed_logins}
 * and {@code sessions}. A database of its own, or a schema of its own ({@code ?currentSchema=vp}).
 */
final class PostgresStore implements Store {

  /** Connections for saves, claims and counts; the locks have one more of their own. */
  static final int POOL_SIZE = 8;
  static final Duration TAKEOVER_WAIT = Duration.ofSeconds(5);

  private final Pool pool;
  private final PgLocks locks;
  private final PostgresBackend saves;
  private final PgClaims claims;

  private PostgresStore(Pool pool, PgLocks locks) {
    this.pool = pool;
    this.locks = locks;
    this.saves = new PostgresBackend(pool, locks);
    this.claims = new PgClaims(pool);
  }

  static PostgresStore open(StoreUrl url) throws IOException {
    return open(url, TAKEOVER_WAIT);
  }

  static PostgresStore open(StoreUrl url, Duration takeoverWait) throws IOException {
    Pool pool = new Pool(url, POOL_SIZE);
    try {
      pool.tx(c -> {
        try (Statement s = c.createStatement()) {
          s.execute("SELECT pg_advisory_xact_lock(" + (PgLocks.LOCK_SPACE - 1) + ", 0)");
          s.execute("CREATE TABLE IF NOT EXISTS saves (name text PRIMARY KEY, body bytea, backup bytea,"
              + " updated timestamptz NOT NULL DEFAULT now())");
          s.execute("CREATE TABLE IF NOT EXISTS kept_aside (id bigserial PRIMARY KEY, name text NOT NULL,"
              + " slot text NOT NULL, body bytea, kept timestamptz NOT NULL DEFAULT now())");
          s.execute("CREATE TABLE IF NOT EXISTS claimed_keys (name text PRIMARY KEY, key_line text NOT NULL,"
              + " claimed timestamptz NOT NULL DEFAULT now())");
          s.execute("CREATE TABLE IF NOT EXISTS failed_logins (kind text NOT NULL, address text NOT NULL,"
              + " at timestamptz NOT NULL)");
          s.execute("CREATE INDEX IF NOT EXISTS failed_logins_by_address ON failed_logins (kind, address, at)");
          s.execute("CREATE TABLE IF NOT EXISTS sessions (name text PRIMARY KEY, server text NOT NULL,"
              + " generation bigint NOT NULL, since timestamptz NOT NULL)");
        }
        return null;
      });
      return new PostgresStore(pool, new PgLocks(pool, serverId(), takeoverWait));
    } catch (SQLException e) {
      pool.close();
      throw new IOException("cannot reach the database " + url.shown() + ": " + oneLine(e), e);
    }
  }

  private static String oneLine(SQLException e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** Which server holds a game, for the sessions table and the logs: host, process, a random tag. */
  private static String serverId() {
    String host = System.getenv().getOrDefault("HOSTNAME", "host");
    return host + "/" + ProcessHandle.current().pid() + "/"
        + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 16));
  }

  @Override
  public SaveBackend saves() {
    return saves;
  }

  /** For tests: the backend with its hooks. */
  PostgresBackend backend() {
    return saves;
  }

  @Override
  public ClaimRecords claims() {
    return claims;
  }

  @Override
  public Optional<AddressCounts> sharedCounts(String kind, int limit, Duration window) {
    return Optional.of(new PgCounts(pool, kind, limit, window));
  }

  @Override
  public String describe() {
    return pool.url().shown();
  }

  @Override
  public void close() {
    locks.close();
    pool.close();
  }
}
