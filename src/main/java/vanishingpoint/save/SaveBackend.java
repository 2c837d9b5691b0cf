package vanishingpoint.save;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where the saves of a class live, at the level of a save's bytes: each profile has a save and a
 * backup (the save before it), either of which may be missing. {@link SaveStore} decodes the
 * bytes, recovers from the backup and explains what it did; a backend only keeps bytes, each of
 * its steps atomic. Two backends: a saves folder ({@link #folder}) and a PostgreSQL database
 * ({@code vanishingpoint.store.PostgresBackend}).
 */
public interface SaveBackend extends AutoCloseable {

  enum Slot { SAVE, BACKUP }

  /** Far larger than any real save; reading more would only risk memory on junk. */
  long MAX_BYTES = SaveCodec.MAX_BYTES;

  /** What a slot holds: nothing (both null), bytes, or in plain words why they cannot be read. */
  record Raw(byte[] bytes, String problem) {
    public static final Raw ABSENT = new Raw(null, null);

    public static Raw of(byte[] bytes) {
      return new Raw(bytes, null);
    }

    public static Raw bad(String problem) {
      return new Raw(null, problem);
    }

    /** Bytes past {@link #MAX_BYTES}: not read, and not a save. */
    public static Raw tooLarge(long size) {
      return SaveCodec.tooLarge(size);
    }

    public boolean absent() {
      return bytes == null && problem == null;
    }
  }

  /** Held while a session plays a profile; closing it frees the profile. */
  interface Hold extends AutoCloseable {
    @Override
    void close();
  }

  /** Today's saves folder, one file per save (see {@link SaveFiles}). */
  static SaveBackend folder(java.nio.file.Path dir) {
    return new FolderBackend(dir, CrashHook.NONE);
  }

  /** Where a slot is, as a player or teacher reads it in a notice ({@code saves/alice.json}). */
  String where(String profile, Slot slot);

  /** Where the saves are, for messages ({@code /srv/saves}, {@code postgresql://db/vp}). */
  String describe();

  /** The profiles that have a save (a usable one or not), sorted. */
  List<String> profiles() throws IOException;

  /** Before a load: clears what an interrupted write left behind. */
  default void prepare(String profile) throws IOException {}

  /** The slot's bytes, within {@link SaveCodec#MAX_BYTES} (else a problem); never throws for content. */
  Raw read(String profile, Slot slot) throws IOException;

  /**
   * Keeps a copy of the slot for the player and returns where. The slot itself stays until it is
   * replaced or forgotten.
   */
  String keepAside(String profile, Slot slot, Instant now) throws IOException;

  /** Empties the slot (after keeping it aside). */
  void forget(String profile, Slot slot) throws IOException;

  /** Puts {@code bytes} as the save; the backup is not touched. */
  void restore(String profile, byte[] bytes) throws IOException;

  /**
   * Atomically makes {@code bytes} the save. The save it replaces becomes the backup when
   * {@code usable} accepts it; otherwise it is kept aside and the backup stays. After a crash at
   * any instant the save is the old one or the new one.
   */
  void write(String profile, byte[] bytes, Predicate<Raw> usable, Instant now) throws IOException;

  /**
   * Makes the slots hold exactly these bytes (null: empty), for moving a class between stores;
   * a reader sees the old save or the new one.
   */
  void put(String profile, byte[] save, byte[] backup) throws IOException;

  /** Within one JVM, loads and saves of one profile take turns on this key. */
  Object turnKey(String profile);

  /**
   * Takes the profile for this session. Where several servers share the saves, a profile played
   * elsewhere is asked to save and close first (a bounded wait); {@code onTakeover} runs when
   * another session asks this one to do the same.
   *
   * @throws ProfileInUseException if another session keeps it
   */
  Hold lock(String profile, Runnable onTakeover) throws ProfileInUseException, IOException;

  @Override
  default void close() {}
}
