package vanishingpoint.save;

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
 * the disk; the current save becomes the backup through a hard link renamed over the old backup;
 * then the temp file is renamed over the save. Each rename is atomic, so after a crash at any
 * instant {@code NAME.json} is the old save or the new one and {@code NAME.json.bak} the old
 * backup or the old save.
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
      if (!Files.exists(save)) {
        return fresh(profile, List.of());
      }
      Decoded fromSave = read(save, profile);
      if (fromSave.ok()) {
        return new LoadResult(fromSave.data(), Source.SAVE_FILE, List.of());
      }
      String aboutSave = Notices.unreadable("Your save", save, fromSave.problem(),
          moveAside(save));

      Path backup = files.backup(profile);
      if (!Files.exists(backup)) {
        return fresh(profile, List.of(aboutSave + " " + Notices.NO_BACKUP));
      }
      Decoded fromBackup = read(backup, profile);
      if (fromBackup.ok()) {
        // Restored at once: the save file is gone now, and a session that ends without saving
        // must not find it missing next time and start afresh.
        restore(backup, save, profile);
        return new LoadResult(fromBackup.data(), Source.BACKUP, List.of(aboutSave + " "
            + Notices.continuingFromBackup(fromBackup.data().updatedAt(), clock.getZone())));
      }
      String aboutBackup = Notices.unreadable("The backup", backup, fromBackup.problem(),
          moveAside(backup));
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
      var attributes = Files.readAttributes(save, java.nio.file.attribute.BasicFileAttributes.class,
          java.nio.file.LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile()) {
        return new Peek(null, attributes.isSymbolicLink() ? "it is a symbolic link, not a file"
            : attributes.isDirectory() ? "it is a folder, not a file" : "it is not a regular file");
      }
      Decoded d = read(save, profile);
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
        data.lessons(), data.challenges(), data.cards(), data.reviews());
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
   * Makes the current save the backup. Linking and renaming, not renaming the save itself: that
   * would leave a moment with no save file, and a crash then would start the player afresh.
   */
  private void backUp(Path save, String profile) throws IOException {
    if (!Files.exists(save)) {
      return;
    }
    if (read(save, profile).ok()) {
      renameCopy(save, files.backup(profile), profile);
    } else {
      // Damaged since it was loaded: keep it for the player, and keep the last good backup.
      files.keepAside(save, clock.instant());
    }
  }

  /** Keeps an unusable file under a corrupt- name, then removes it. */
  private Path moveAside(Path file) throws IOException {
    Path kept = files.keepAside(file, clock.instant());
    Files.delete(file);
    return kept;
  }

  /** Puts the backup back as the save; the backup stays, so both hold the same bytes. */
  private void restore(Path backup, Path save, String profile) throws IOException {
    renameCopy(backup, save, profile);
    DurableFiles.syncDir(files.dir());
  }

  /** Atomically makes {@code target} hold what {@code source} holds, leaving {@code source}. */
  private void renameCopy(Path source, Path target, String profile) throws IOException {
    Path temp = files.newTemp(profile);
    try {
      DurableFiles.copy(source, temp);
      Files.move(temp, target, ATOMIC_MOVE, REPLACE_EXISTING);
      // POSIX rename does nothing when both names are links to one file (the save and the
      // backup after a restore), and then the temp name is still there.
      Files.deleteIfExists(temp);
    } catch (Throwable t) {
      DurableFiles.discard(temp, t);
      throw t;
    }
  }

  private static Decoded read(Path file, String profile) throws IOException {
    long size = Files.size(file);
    if (size > SaveCodec.MAX_BYTES) {
      return Decoded.bad("it is " + size + " bytes long, far too large to be a save");
    }
    return SaveCodec.decode(Files.readAllBytes(file), profile);
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
