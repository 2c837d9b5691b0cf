package vanishingpoint.save;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * One JSON file per profile in a saves folder (see {@link SaveFiles} for the names).
 *
 * <p>A save never changes a file in place. The new bytes go to a temp file, which is forced to
 * the disk; the current save's bytes become the backup through a second temp file renamed over
 * the old backup; then the first temp file is renamed over the save. Each rename is atomic, so
 * after a crash at any instant {@code NAME.json} is the old save or the new one and
 * {@code NAME.json.bak} the old backup or the old save.
 *
 * <p>An unusable file is kept aside as a hard link, so the save stays until the backup's bytes
 * are renamed over it. A save or backup that is not a regular file (a symlink, a folder, a FIFO)
 * is unusable too: the entry itself is kept aside, a link's target is never read or copied.
 * Across processes, the {@link ProfileLock} of a profile is held while it is played.
 */
final class FolderBackend implements SaveBackend {

  private final SaveFiles files;
  private final CrashHook hook;

  FolderBackend(Path dir, CrashHook hook) {
    this.files = new SaveFiles(dir);
    this.hook = hook;
  }

  Path pathOf(String profile, Slot slot) {
    return slot == Slot.SAVE ? files.save(profile) : files.backup(profile);
  }

  @Override
  public String where(String profile, Slot slot) {
    return pathOf(profile, slot).toString();
  }

  @Override
  public String describe() {
    return files.dir().toString();
  }

  /**
   * Every entry named like a save ({@code NAME.json} with a valid name), whatever its type, so
   * that a damaged one is listed too. Backups, corrupt copies, temp files of a save being
   * written, locks and folders of other names are not saves.
   */
  @Override
  public List<String> profiles() throws IOException {
    List<String> out = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(files.dir())) {
      for (Path entry : entries) {
        String profile = SaveFiles.profileOfSave(entry.getFileName().toString());
        if (profile != null) {
          out.add(profile);
        }
      }
    }
    Collections.sort(out);
    return out;
  }

  @Override
  public void prepare(String profile) throws IOException {
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

  @Override
  public Raw read(String profile, Slot slot) throws IOException {
    Path file = pathOf(profile, slot);
    if (!Files.exists(file, NOFOLLOW_LINKS)) {
      return Raw.ABSENT;
    }
    return readFile(file);
  }

  /**
   * Only a regular file is opened, and read no further than {@link SaveCodec#MAX_BYTES}: opening
   * a FIFO blocks until a writer comes, and {@code /dev/zero} never ends. The type is checked
   * without following links and the open refuses a link, so a symlink is never followed, even
   * one swapped in between; only a FIFO swapped in during that instant could still block, which
   * takes another program racing the game in its own saves folder. A file that cannot be opened
   * is bad content too (with the OS reason): the backup may still be readable.
   *
   * @throws IOException only if the file's type cannot be read (a missing file, say)
   */
  static Raw readFile(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, NOFOLLOW_LINKS);
    if (a.isSymbolicLink()) {
      return Raw.bad("it is a symbolic link, and a save must be a file of its own");
    }
    if (a.isDirectory()) {
      return Raw.bad("it is a folder, not a file");
    }
    if (!a.isRegularFile()) {
      return Raw.bad("it is not a regular file but a pipe, a device or a socket");
    }
    if (a.size() > SaveCodec.MAX_BYTES) {
      return SaveCodec.tooLarge(a.size());
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file, NOFOLLOW_LINKS)) {
      bytes = in.readNBytes((int) SaveCodec.MAX_BYTES + 1);
    } catch (IOException e) {
      return Raw.bad("it cannot be opened: " + OsReason.of(e));
    }
    return bytes.length > SaveCodec.MAX_BYTES ? SaveCodec.tooLarge(bytes.length) : Raw.of(bytes);
  }

  @Override
  public String keepAside(String profile, Slot slot, Instant now) throws IOException {
    Path kept = files.keepAside(pathOf(profile, slot), now);
    DurableFiles.syncDir(files.dir());
    hook.at(CrashHook.Step.KEPT_ASIDE);
    return kept.toString();
  }

  /** Removes what is left of a file already kept aside (the link name), if anything. */
  @Override
  public void forget(String profile, Slot slot) throws IOException {
    Files.deleteIfExists(pathOf(profile, slot)); // deletes a symlink itself, never its target
    DurableFiles.syncDir(files.dir());
  }

  /** The backup stays, so both hold the same bytes. */
  @Override
  public void restore(String profile, byte[] bytes) throws IOException {
    replaceWith(bytes, files.save(profile), profile);
    hook.at(CrashHook.Step.RESTORED);
    DurableFiles.syncDir(files.dir());
  }

  /** Temp file, then backup of the current save, then the rename. */
  @Override
  public void write(String profile, byte[] bytes, Predicate<Raw> usable, Instant now) throws IOException {
    Files.createDirectories(files.dir());
    Path save = files.save(profile);
    Path temp = files.newTemp(profile);
    try {
      DurableFiles.writeTemp(temp, bytes, hook);
      hook.at(CrashHook.Step.TEMP_WRITTEN);
      backUp(save, profile, usable, now);
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
  private void backUp(Path save, String profile, Predicate<Raw> usable, Instant now) throws IOException {
    if (!Files.exists(save, NOFOLLOW_LINKS)) {
      return;
    }
    Raw current = readFile(save);
    if (usable.test(current)) {
      replaceWith(current.bytes(), files.backup(profile), profile);
    } else {
      // Damaged since it was loaded: keep it for the player (the rename that follows replaces
      // it), and keep the last good backup.
      files.keepAside(save, now);
    }
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

  /** The backup first, then the save, each by an atomic rename. */
  @Override
  public void put(String profile, byte[] save, byte[] backup) throws IOException {
    Files.createDirectories(files.dir());
    if (backup == null) {
      Files.deleteIfExists(files.backup(profile));
    } else {
      replaceWith(backup, files.backup(profile), profile);
    }
    if (save == null) {
      Files.deleteIfExists(files.save(profile));
    } else {
      replaceWith(save, files.save(profile), profile);
    }
    DurableFiles.syncDir(files.dir());
  }

  @Override
  public Object turnKey(String profile) {
    return files.save(profile).toAbsolutePath().normalize();
  }

  /** The OS lock of {@code NAME.lock}; no takeover across processes: a second one is refused. */
  @Override
  public Hold lock(String profile, Runnable onTakeover) throws ProfileInUseException, IOException {
    ProfileLock lock = ProfileLock.acquire(files.dir(), profile);
    return lock::close;
  }
}
