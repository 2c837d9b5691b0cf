package vanishingpoint.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import vanishingpoint.save.InvalidProfileNameException;
import vanishingpoint.save.ProfileInUseException;
import vanishingpoint.save.ProfileName;
import vanishingpoint.save.SaveBackend;

/**
 * The saves in PostgreSQL: one row per profile,
 * {@code saves(name text primary key, body bytea, backup bytea, updated timestamptz)}, the save's
 * bytes exactly as a saves folder holds them. A save is one transaction (the row locked, the old
 * body moved to backup, the new body written), so a crash or a lost connection at any instant
 * leaves the old row or the new one. An unusable save or backup is copied to {@code kept_aside}
 * before it is replaced. Locks and takeover: {@link PgLocks}.
 */
final class PostgresBackend implements SaveBackend {

  private final Pool pool;
  private final PgLocks locks;
  /** For tests: runs inside a save's transaction, before the commit, with its connection. */
  volatile java.util.function.Consumer<Connection> beforeCommit = c -> {};

  PostgresBackend(Pool pool, PgLocks locks) {
    this.pool = pool;
    this.locks = locks;
  }

  PgLocks locks() {
    return locks;
  }

  @Override
  public String where(String profile, Slot slot) {
    return pool.url().shown() + " saves/" + profile + (slot == Slot.BACKUP ? " (backup)" : "");
  }

  @Override
  public String describe() {
    return pool.url().shown();
  }

  @Override
  public List<String> profiles() throws IOException {
    List<String> out = sql("list the saves", () -> pool.call(c -> {
      List<String> names = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT name FROM saves WHERE body IS NOT NULL");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          names.add(r.getString(1));
        }
      }
      return names;
    }));
    out.removeIf(n -> !valid(n));
    Collections.sort(out); // as a folder's are: by the names' characters, whatever the collation
    return out;
  }

  private static boolean valid(String name) {
    try {
      ProfileName.validate(name);
      return true;
    } catch (InvalidProfileNameException e) {
      return false;
    }
  }

  @Override
  public Raw read(String profile, Slot slot) throws IOException {
    String col = column(slot);
    return sql("read the save of " + profile, () -> pool.call(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT octet_length(" + col + "), CASE WHEN octet_length("
          + col + ") <= ? THEN " + col + " END FROM saves WHERE name = ?")) {
        s.setLong(1, MAX_BYTES);
        s.setString(2, profile);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            return Raw.ABSENT;
          }
          long size = r.getLong(1);
          if (r.wasNull()) {
            return Raw.ABSENT;
          }
          byte[] bytes = r.getBytes(2);
          return bytes == null ? Raw.tooLarge(size) : Raw.of(bytes);
        }
      }
    }));
  }

  @Override
  public String keepAside(String profile, Slot slot, Instant now) throws IOException {
    long id = sql("keep the save of " + profile + " aside", () -> pool.call(c -> keepAside(c, profile, slot, now)));
    return pool.url().shown() + " kept_aside/" + id;
  }

  private static long keepAside(Connection c, String profile, Slot slot, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO kept_aside (name, slot, body, kept) SELECT name, ?, "
        + column(slot) + ", ? FROM saves WHERE name = ? RETURNING id")) {
      s.setString(1, slot == Slot.SAVE ? "save" : "backup");
      s.setTimestamp(2, Timestamp.from(now));
      s.setString(3, profile);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : -1;
      }
    }
  }

  @Override
  public void forget(String profile, Slot slot) throws IOException {
    sql("clear the save of " + profile, () -> pool.tx(c -> {
      update(c, "UPDATE saves SET " + column(slot) + " = NULL, updated = now() WHERE name = ?", profile);
      update(c, "DELETE FROM saves WHERE name = ? AND body IS NULL AND backup IS NULL", profile);
      return null;
    }));
  }

  @Override
  public void restore(String profile, byte[] bytes) throws IOException {
    sql("restore the save of " + profile, () -> pool.call(c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE saves SET body = ?, updated = now() WHERE name = ?")) {
        s.setBytes(1, bytes);
        s.setString(2, profile);
        s.executeUpdate();
      }
      return null;
    }));
  }

  /**
   * One transaction: the row is created if need be and locked, the writer's generation checked
   * (a server that lost the profile to another one must not overwrite its newer save), the old
   * body moved to the backup (or kept aside when unusable) and the new body written.
   */
  @Override
  public void write(String profile, byte[] bytes, Predicate<Raw> usable, Instant now) throws IOException {
    Long generation = locks.generationOf(profile);
    boolean fenced = sql("write the save of " + profile, () -> pool.tx(c -> {
      update(c, "INSERT INTO saves (name) VALUES (?) ON CONFLICT (name) DO NOTHING", profile);
      byte[] current;
      try (PreparedStatement s = c.prepareStatement("SELECT body FROM saves WHERE name = ? FOR UPDATE")) {
        s.setString(1, profile);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          current = r.getBytes(1);
        }
      }
      if (generation != null && !generationIs(c, profile, generation)) {
        c.rollback();
        return true;
      }
      String set;
      if (current == null) {
        set = "body = ?";
      } else if (usable.test(current.length > MAX_BYTES ? Raw.tooLarge(current.length) : Raw.of(current))) {
        set = "backup = body, body = ?";
      } else {
        keepAside(c, profile, Slot.SAVE, now); // and the last good backup stays
        set = "body = ?";
      }
      try (PreparedStatement s = c.prepareStatement("UPDATE saves SET " + set + ", updated = ? WHERE name = ?")) {
        s.setBytes(1, bytes);
        s.setTimestamp(2, Timestamp.from(now));
        s.setString(3, profile);
        s.executeUpdate();
      }
      beforeCommit.accept(c);
      return false;
    }));
    if (fenced) {
      throw new IOException("the game of " + profile + " was taken over on another server, which has the newer"
          + " save; this change was not written");
    }
  }

  private static boolean generationIs(Connection c, String profile, long generation) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT generation FROM sessions WHERE name = ? FOR SHARE")) {
      s.setString(1, profile);
      try (ResultSet r = s.executeQuery()) {
        return r.next() && r.getLong(1) == generation;
      }
    }
  }

  @Override
  public void put(String profile, byte[] save, byte[] backup) throws IOException {
    sql("write the save of " + profile, () -> pool.tx(c -> {
      if (save == null && backup == null) {
        update(c, "DELETE FROM saves WHERE name = ?", profile);
        return null;
      }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO saves (name, body, backup, updated)"
          + " VALUES (?, ?, ?, now()) ON CONFLICT (name) DO UPDATE SET body = EXCLUDED.body,"
          + " backup = EXCLUDED.backup, updated = now()")) {
        s.setString(1, profile);
        s.setBytes(2, save);
        s.setBytes(3, backup);
        s.executeUpdate();
      }
      return null;
    }));
  }

  @Override
  public Object turnKey(String profile) {
    return pool.url().jdbc() + "#" + profile;
  }

  @Override
  public Hold lock(String profile, Runnable onTakeover) throws ProfileInUseException, IOException {
    return locks.acquire(profile, onTakeover);
  }

  private static String column(Slot slot) {
    return slot == Slot.SAVE ? "body" : "backup";
  }

  private static void update(Connection c, String sql, String profile) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, profile);
      s.executeUpdate();
    }
  }

  interface SqlCall<T> {
    T run() throws SQLException;
  }

  /** Runs {@code call}; a database error is an IOException saying what could not be done, and where. */
  <T> T sql(String what, SqlCall<T> call) throws IOException {
    try {
      return call.run();
    } catch (SQLException e) {
      throw new IOException("cannot " + what + " in " + pool.url().shown() + ": " + e.getMessage(), e);
    }
  }
}
