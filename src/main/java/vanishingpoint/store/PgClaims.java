package vanishingpoint.store;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/** Claims in {@code claimed_keys(name text primary key, key_line text, claimed timestamptz)}. */
final class PgClaims implements ClaimRecords {

  private final Pool pool;

  PgClaims(Pool pool) {
    this.pool = pool;
  }

  @Override
  public String keyOf(String name) throws IOException {
    return sql(() -> pool.call(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT key_line FROM claimed_keys WHERE name = ?")) {
        s.setString(1, name);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? r.getString(1) : null;
        }
      }
    }));
  }

  /** The primary key decides: of two first claims, on any servers, one row is inserted. */
  @Override
  public boolean create(String name, String keyLine) throws IOException {
    return sql(() -> pool.call(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO claimed_keys (name, key_line) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
        s.setString(1, name);
        s.setString(2, keyLine.trim());
        return s.executeUpdate() == 1;
      }
    }));
  }

  @Override
  public void put(String name, String keyLine) throws IOException {
    sql(() -> pool.call(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO claimed_keys (name, key_line) VALUES (?, ?)"
          + " ON CONFLICT (name) DO UPDATE SET key_line = EXCLUDED.key_line, claimed = now()")) {
        s.setString(1, name);
        s.setString(2, keyLine.trim());
        return s.executeUpdate();
      }
    }));
  }

  @Override
  public Map<String, String> all() throws IOException {
    return sql(() -> pool.call(c -> {
      Map<String, String> out = new TreeMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT name, key_line FROM claimed_keys");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1), r.getString(2));
        }
      }
      return out;
    }));
  }

  @Override
  public String howToFree(String name) {
    return "run DELETE FROM claimed_keys WHERE name = '" + name + "' in " + pool.url().shown();
  }

  private <T> T sql(PostgresBackend.SqlCall<T> call) throws IOException {
    try {
      return call.run();
    } catch (SQLException e) {
      throw new IOException("claimed keys in " + pool.url().shown() + ": " + e.getMessage(), e);
    }
  }
}
