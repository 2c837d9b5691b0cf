package vanishingpoint.save;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import vanishingpoint.save.LoadResult.Source;
import vanishingpoint.save.SaveCodec.Decoded;

/**
 * One JSON file per profile in a saves folder (see {@link SaveFiles} for the names).
 *
 * <p>A save never changes a file in place. The new bytes go to a temp file, which is forced to
 * the disk; the current save's bytes become the backup through a second temp file renamed over
 * the old backup; then the first temp file is renamed over the save. Each rename is atomic, so
 * after a crash at any instant {@code NAME.json} is the old save or the new one and
 * {@code NAME.json.bak} the old backup or the old save.
 *
 * <p>Recovery is as crash-safe, and can be run again from any point: an unusable save is kept
 * aside (a hard link, so the save stays until the backup's bytes are renamed over it), and a
 * missing save with a backup present is recovered from the backup, never taken for a new player.
 * A save or backup that is not a regular file (a symlink, a folder, a FIFO) is unusable too: the
 * entry itself is kept aside, a link's target is never read or copied.
 *
 * <p>Within one JVM, loads and saves of a profile take turns. Across processes, hold a
 * {@link ProfileLock} for the profile while playing it.
 */
public final class SaveStore {
  // Static, so that two stores on the same folder (one per SSH session, say) also take turns.
  private static final ConcurrentHashMap<Path, ReentrantLock> TURNS = new ConcurrentHashMap<>();

  private final SaveFiles files;
  private final Clock clock;
  private final CrashHook hook;

  public SaveStore(Path savesDir, Clock clock) {
    this(savesDir, clock, CrashHook.NONE);
  }

  /** For tests: a hook at each step of a save. */
  SaveStore(Path savesDir, Clock clock, CrashHook hook) {
    this.files = new SaveFiles(savesDir);
    this.clock = clock;
    this.hook = hook;
  }

  /** The save file of {@code profile}. */
  public Path pathOf(String profile) {
    return files.save(ProfileName.validate(profile));
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
      removeLeftoverTemps(profile);
      Path save = files.save(profile);
      Path backup = files.backup(profile);
      String aboutSave;
      boolean missing = false;
      if (Files.exists(save, NOFOLLOW_LINKS)) {
        Decoded fromSave = SaveCodec.read(save, profile);
        if (fromSave.ok()) {
          return new LoadResult(fromSave.data(), Source.SAVE_FILE, List.of());
        }
        aboutSave = Notices.unreadable("Your save", save, fromSave.problem(), keepAside(save));
      } else if (Files.exists(backup, NOFOLLOW_LINKS)) {
        // A crash during a recovery can leave this, and so can a player's mv: not a new player.
        missing = true;
        aboutSave = Notices.missing(save);
      } else {
        return fresh(profile, List.of());
      }

      if (!Files.exists(backup, NOFOLLOW_LINKS)) {
        forget(save);
        return fresh(profile, List.of(aboutSave + " " + Notices.NO_BACKUP));
      }
      Decoded fromBackup = SaveCodec.read(backup, profile);
      if (fromBackup.ok()) {
        // Restored at once (over the damaged save, if it is still there): a session that ends
        // without saving must not find it damaged or missing next time.
        restore(fromBackup.bytes(), save, profile);
        String when = Notices.when(fromBackup.data().updatedAt(), clock.getZone());
        return new LoadResult(fromBackup.data(), Source.BACKUP, List.of(missing
            ? Notices.restoredMissing(save, backup, when)
            : aboutSave + " " + Notices.continuingFromBackup(when)));
      }
      String aboutBackup = Notices.unreadable("The backup", backup, fromBackup.problem(),
          keepAside(backup));
      forget(backup);
      forget(save);
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
   * The profiles that have a save in this folder, sorted: every entry named like a save
   * ({@code NAME.json} with a valid name), whatever its type, so that a damaged one is listed
   * too. Backups, corrupt copies, temp files of a save being written, locks and folders of
   * other names are not saves.
   *
   * @throws IOException if the folder cannot be listed
   */
  public List<String> profiles() throws IOException {
    List<String> out = new java.util.ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(files.dir())) {
      for (Path entry : entries) {
        String profile = SaveFiles.profileOfSave(entry.getFileName().toString());
        if (profile != null) {
          out.add(profile);
        }
      }
    }
    java.util.Collections.sort(out);
    return out;
  }

  /**
   * Reads the save of {@code profile} as it is, for a report: no lock, no turn, nothing moved
   * aside, restored or written, and no backup consulted, so that it is safe beside a running
   * game or server. Reads through the same decoding as {@link #load}, within the same size cap,
   * and only a regular file (a FIFO would block, a link could lead anywhere). Never throws: a
   * file that is gone or cannot be opened is a problem like any other.
   */
  public Peek peek(String profile) {
    ProfileName.validate(profile);
    Path save = files.save(profile);
    try {
      // the game's own reader: regular files only, never through a link, within the size cap
      Decoded d = SaveCodec.read(save, profile);
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
      Files.createDirectories(files.dir());
      replace(profile, bytes);
    } finally {
      turn.unlock();
    }
  }

  /** Temp file, then backup of the current save, then the rename. Caller holds the turn. */
  private void replace(String profile, byte[] bytes) throws IOException {
    Path save = files.save(profile);
    Path temp = files.newTemp(profile);
    try {
      DurableFiles.writeTemp(temp, bytes, hook);
      hook.at(CrashHook.Step.TEMP_WRITTEN);
      backUp(save, profile);
      hook.at(CrashHook.Step.BACKUP_MADE);
      Files.move(temp, save, ATOMIC_MOVE, REPLACE_EXISTING);
    } catch (Throwable t) {
      DurableFiles.discard(temp, t);
      throw t;
    }
    hook.at(CrashHook.Step.REPLACED);
    DurableFiles.syncDir(files.dir());
  }

  /**
   * Makes the current save's bytes the backup. From the bytes just read and checked, through a
   * temp file of our own mode, never by renaming the save itself: that would leave a moment with
   * no save file.
   */
  private void backUp(Path save, String profile) throws IOException {
    if (!Files.exists(save, NOFOLLOW_LINKS)) {
      return;
    }
    Decoded current = SaveCodec.read(save, profile);
    if (current.ok()) {
      replaceWith(current.bytes(), files.backup(profile), profile);
    } else {
      // Damaged since it was loaded: keep it for the player (the rename that follows replaces
      // it), and keep the last good backup.
      files.keepAside(save, clock.instant());
    }
  }

  private Path keepAside(Path file) throws IOException {
    Path kept = files.keepAside(file, clock.instant());
    DurableFiles.syncDir(files.dir());
    hook.at(CrashHook.Step.KEPT_ASIDE);
    return kept;
  }

  /** Removes what is left of a file already kept aside (the link name), if anything. */
  private void forget(Path file) throws IOException {
    Files.deleteIfExists(file); // deletes a symlink itself, never its target
    DurableFiles.syncDir(files.dir());
  }

  /** Puts the backup's bytes back as the save; the backup stays, so both hold the same bytes. */
  private void restore(byte[] bytes, Path save, String profile) throws IOException {
    replaceWith(bytes, save, profile);
    hook.at(CrashHook.Step.RESTORED);
    DurableFiles.syncDir(files.dir());
  }

  /** Atomically makes {@code target} hold {@code bytes}. */
  private void replaceWith(byte[] bytes, Path target, String profile) throws IOException {
    Path temp = files.newTemp(profile);
    try {
      DurableFiles.writeTemp(temp, bytes, CrashHook.NONE);
      Files.move(temp, target, ATOMIC_MOVE, REPLACE_EXISTING);
    } catch (Throwable t) {
      DurableFiles.discard(temp, t);
      throw t;
    }
  }

  private void removeLeftoverTemps(String profile) throws IOException {
    if (!Files.isDirectory(files.dir())) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(files.dir(),
        p -> files.isTemp(p.getFileName().toString(), profile))) {
      for (Path leftover : entries) {
        Files.deleteIfExists(leftover);
      }
    }
  }

  private LoadResult fresh(String profile, List<String> notices) {
    return new LoadResult(SaveData.fresh(profile, clock.instant()), Source.FRESH, notices);
  }

  private ReentrantLock turnOf(String profile) {
    return TURNS.computeIfAbsent(files.save(profile).toAbsolutePath().normalize(),
        k -> new ReentrantLock());
  }
}
