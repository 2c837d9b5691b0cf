package vanishingpoint.save;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import vanishingpoint.save.LoadResult.Source;
import vanishingpoint.save.SaveBackend.Raw;
import vanishingpoint.save.SaveBackend.Slot;
import vanishingpoint.save.SaveCodec.Decoded;

/**
 * The saves of a class, with recovery: a save and its backup per profile, kept by a
 * {@link SaveBackend} (a saves folder, see {@link FolderBackend}, or a database), each of whose
 * steps is atomic.
 *
 * <p>Recovery is as crash-safe, and can be run again from any point: an unusable save is kept
 * aside (the save stays until the backup's bytes replace it), and a missing save with a backup
 * present is recovered from the backup, never taken for a new player.
 *
 * <p>Within one JVM, loads and saves of a profile take turns. Across processes, hold the
 * backend's {@link SaveBackend#lock} for the profile while playing it.
 */
public final class SaveStore {
  // Static, so that two stores on the same saves (one per SSH session, say) also take turns.
  private static final ConcurrentHashMap<Object, ReentrantLock> TURNS = new ConcurrentHashMap<>();

  private final SaveBackend backend;
  private final Clock clock;

  public SaveStore(Path savesDir, Clock clock) {
    this(savesDir, clock, CrashHook.NONE);
  }

  /** For tests: a hook at each step of a save. */
  SaveStore(Path savesDir, Clock clock, CrashHook hook) {
    this(new FolderBackend(savesDir, hook), clock);
  }

  public SaveStore(SaveBackend backend, Clock clock) {
    this.backend = backend;
    this.clock = clock;
  }

  public SaveBackend backend() {
    return backend;
  }

  /** The save file of {@code profile}, in a saves folder. */
  public Path pathOf(String profile) {
    if (!(backend instanceof FolderBackend)) {
      throw new UnsupportedOperationException("the saves are in " + backend.describe() + ", not in files");
    }
    return ((FolderBackend) backend).pathOf(ProfileName.validate(profile), Slot.SAVE);
  }

  /** Where the save of {@code profile} is, as the player reads it. */
  public String where(String profile) {
    return backend.where(ProfileName.validate(profile), Slot.SAVE);
  }

  /**
   * The progress of {@code profile}: from its save file, else from the backup, else fresh. An
   * unusable file is renamed aside (never deleted) and explained in {@link LoadResult#notices()}.
   *
   * @throws IOException only when the disk itself fails (permissions, I/O errors), never for
   *     what a file contains
   */
  public LoadResult load(String profile) throws IOException {
    ProfileName.validate(profile);
    ReentrantLock turn = turnOf(profile);
    turn.lock();
    try {
      backend.prepare(profile);
      String save = backend.where(profile, Slot.SAVE);
      String backup = backend.where(profile, Slot.BACKUP);
      Raw rawSave = backend.read(profile, Slot.SAVE);
      Decoded fromSave = rawSave.absent() ? null : SaveCodec.decode(rawSave, profile);
      if (fromSave != null && fromSave.ok()) {
        return new LoadResult(fromSave.data(), Source.SAVE_FILE, List.of());
      }
      Raw rawBackup = backend.read(profile, Slot.BACKUP);
      String aboutSave;
      boolean missing = false;
      if (fromSave != null) {
        aboutSave = Notices.unreadable("Your save", save, fromSave.problem(), keepAside(profile, Slot.SAVE));
      } else if (!rawBackup.absent()) {
        // A crash during a recovery can leave this, and so can a player's mv: not a new player.
        missing = true;
        aboutSave = Notices.missing(save);
      } else {
        return fresh(profile, List.of());
      }

      if (rawBackup.absent()) {
        backend.forget(profile, Slot.SAVE);
        return fresh(profile, List.of(aboutSave + " " + Notices.NO_BACKUP));
      }
      Decoded fromBackup = SaveCodec.decode(rawBackup, profile);
      if (fromBackup.ok()) {
        // Restored at once (over the damaged save, if it is still there): a session that ends
        // without saving must not find it damaged or missing next time.
        backend.restore(profile, fromBackup.bytes());
        String when = Notices.when(fromBackup.data().updatedAt(), clock.getZone());
        return new LoadResult(fromBackup.data(), Source.BACKUP, List.of(missing
            ? Notices.restoredMissing(save, backup, when)
            : aboutSave + " " + Notices.continuingFromBackup(when)));
      }
      String aboutBackup = Notices.unreadable("The backup", backup, fromBackup.problem(),
          keepAside(profile, Slot.BACKUP));
      backend.forget(profile, Slot.BACKUP);
      backend.forget(profile, Slot.SAVE);
      return fresh(profile, List.of(aboutSave, aboutBackup + " " + Notices.START_AFRESH));
    } finally {
      turn.unlock();
    }
  }

  /**
   * A save as it is on disk, read only: {@code data} when it is usable, else {@code problem}
   * says in plain words why not.
   */
  public record Peek(SaveData data, String problem) {
    public boolean ok() {
      return data != null;
    }
  }

  /**
   * The profiles that have a save, sorted; a damaged one is listed too (see
   * {@link SaveBackend#profiles}). Backups, corrupt copies, temp files of a save being written
   * and locks are not saves.
   *
   * @throws IOException if the saves cannot be listed
   */
  public List<String> profiles() throws IOException {
    return backend.profiles();
  }

  /**
   * Reads the save of {@code profile} as it is, for a report: no lock, no turn, nothing moved
   * aside, restored or written, and no backup consulted, so that it is safe beside a running
   * game or server. Reads through the same decoding as {@link #load}, within the same size cap,
   * and in a folder only a regular file (a FIFO would block, a link could lead anywhere). Never
   * throws: a save that is gone or cannot be read is a problem like any other.
   */
  public Peek peek(String profile) {
    ProfileName.validate(profile);
    try {
      Raw raw = backend.read(profile, Slot.SAVE);
      if (raw.absent()) {
        return new Peek(null, "it is gone (removed while the saves were being read)");
      }
      Decoded d = SaveCodec.decode(raw, profile);
      return new Peek(d.data(), d.problem());
    } catch (java.nio.file.NoSuchFileException gone) {
      return new Peek(null, "it is gone (removed while the folder was being read)");
    } catch (java.nio.file.AccessDeniedException e) {
      return new Peek(null, "it cannot be read: permission denied");
    } catch (IOException e) {
      return new Peek(null, "it cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName()
          : e.getMessage()));
    }
  }

  /**
   * Writes {@code data} as its profile's save, atomically, stamping {@code updatedAt} from the
   * clock and the current {@link SaveData#SCHEMA_VERSION}. The save it replaces becomes the
   * backup, unless it was unusable: then the older backup is kept.
   *
   * @throws IllegalArgumentException if {@code data} has problems (see {@link SaveData#problems()}),
   *     since writing it would only get it refused by the next load
   * @throws IOException if the disk fails; the previous save is then still in place
   */
  public void save(SaveData data) throws IOException {
    String profile = ProfileName.validate(data.profile());
    SaveData stamped = new SaveData(SaveData.SCHEMA_VERSION, profile, data.createdAt(),
        clock.instant().toString(), data.place(), data.visited(), data.daysPlayed(), data.settings(),
        data.lessons(), data.challenges(), data.cards(), data.reviews(), data.resume(), data.unknownFields());
    List<String> problems = stamped.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("will not save profile " + Quoted.of(profile) + ": "
          + String.join("; ", problems));
    }
    byte[] bytes = SaveCodec.encode(SaveCodec.tidy(stamped));

    ReentrantLock turn = turnOf(profile);
    turn.lock();
    try {
      backend.write(profile, bytes, current -> SaveCodec.decode(current, profile).ok(), clock.instant());
    } finally {
      turn.unlock();
    }
  }

  private String keepAside(String profile, Slot slot) throws IOException {
    return backend.keepAside(profile, slot, clock.instant());
  }

  private LoadResult fresh(String profile, List<String> notices) {
    return new LoadResult(SaveData.fresh(profile, clock.instant()), Source.FRESH, notices);
  }

  private ReentrantLock turnOf(String profile) {
    return TURNS.computeIfAbsent(backend.turnKey(profile), k -> new ReentrantLock());
  }
}
