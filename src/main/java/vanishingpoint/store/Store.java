package vanishingpoint.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import vanishingpoint.save.SaveBackend;

/**
 * Where a class's shared state lives: the saves (with their backups), the profile locks, the
 * claimed keys and the per-address counts of refused logins and claimed names. The saves folder
 * by default; a PostgreSQL database ({@code --store postgresql://...}) when several servers share
 * one class.
 */
public interface Store extends AutoCloseable {

  SaveBackend saves();

  ClaimRecords claims();

  /**
   * Counts shared by every server on this store, or empty when they are kept in memory (a single
   * server: the folder store).
   */
  Optional<AddressCounts> sharedCounts(String kind, int limit, Duration window);

  /** For messages: the folder, or the URL without its password. */
  String describe();

  @Override
  void close();

  /** The saves folder {@code savesDir}, as before there were stores. */
  static Store folder(Path savesDir) {
    return new FolderStore(savesDir);
  }

  /**
   * The store of a {@code --store} value, or the saves folder when it is null. Only a PostgreSQL
   * URL loads the database driver.
   *
   * @throws IllegalArgumentException if the value is not a store (one line, for the user)
   * @throws IOException if the database cannot be reached or set up (one line, for the user)
   */
  static Store open(String store, Path savesDir, Map<String, String> env) throws IOException {
    if (store == null) {
      return folder(savesDir);
    }
    return PostgresStore.open(StoreUrl.parse(store, env));
  }
}
