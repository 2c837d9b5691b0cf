package vanishingpoint.save;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Proof that this session alone plays a profile: an OS lock on {@code savesDir/NAME.lock}
 * against other processes, plus a registry against other sessions in this JVM. The OS drops the
 * lock when the process dies, even by kill -9, so there is no stale lock to clean up, unlike a
 * pid file. Keep the object referenced while playing, and close it when done.
 */
public final class ProfileLock implements AutoCloseable {
  // Consulted before any channel is opened. Besides giving a clear answer, it keeps a second
  // channel off a locked file: on POSIX systems closing any channel on a file drops every lock
  // this process holds on it (see FileLock's javadoc), which would free the first session's lock.
  private static final Set<Object> HELD = ConcurrentHashMap.newKeySet();

  private final Object key;
  private final FileChannel channel;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ProfileLock(Object key, FileChannel channel) {
    this.key = key;
    this.channel = channel;
  }

  /**
   * Takes the profile for this session, creating {@code savesDir} if needed.
   *
   * @throws ProfileInUseException if another session, here or in another process, has it
   * @throws IOException if the lock file cannot be created or opened
   */
  public static ProfileLock acquire(Path savesDir, String profile)
      throws ProfileInUseException, IOException {
    Path file = new SaveFiles(savesDir).lock(ProfileName.validate(profile));
    Files.createDirectories(savesDir);
    try {
      Files.createFile(file); // does not open an existing file, so touches nobody's lock
    } catch (FileAlreadyExistsException fine) {
      // the usual case: it stays behind after a session
    }
    Object key = keyOf(file);
    if (!HELD.add(key)) {
      throw new ProfileInUseException(profile);
    }
    try {
      FileChannel channel = FileChannel.open(file, CREATE, WRITE);
      try {
        if (tryLock(channel) == null) {
          throw new ProfileInUseException(profile);
        }
        return new ProfileLock(key, channel);
      } catch (Throwable t) {
        try {
          channel.close(); // holds no lock, and HELD kept other sessions' channels off this file
        } catch (IOException e) {
          t.addSuppressed(e);
        }
        throw t;
      }
    } catch (Throwable t) {
      HELD.remove(key);
      throw t;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // this JVM holds it under a key HELD did not recognise; still in use
    }
  }

  /** Releases the profile; calling it again does nothing. The lock file stays. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      channel.close(); // releases the OS lock
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      HELD.remove(key); // only after the channel is closed, see HELD
    }
  }

  // The file's identity (device and inode on Unix) rather than its path, so that "Alice" and
  // "alice" on a case-insensitive disk, or a folder reached through a symlink, count as one.
  private static Object keyOf(Path file) throws IOException {
    Object id = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    return id != null ? id : file.toRealPath();
  }
}
