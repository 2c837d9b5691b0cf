package vanishingpoint.save;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * File steps that survive a crash: bytes are forced to the disk before a rename makes them
 * visible, so a reader sees the old file or the new one, never a part of one.
 */
final class DurableFiles {
  private static final Set<PosixFilePermission> MODE = PosixFilePermissions.fromString("rw-r--r--");

  private DurableFiles() {}

  /**
   * Creates {@code temp} (it must not exist) holding {@code bytes}, forced to the disk. Its mode
   * is set here, not inherited: a copy of a read-only save (0444) would be read-only too, and
   * could then not be reopened to force it or be replaced by the next save.
   */
  static void writeTemp(Path temp, byte[] bytes, CrashHook hook) throws IOException {
    try (FileChannel ch = FileChannel.open(temp, Set.of(CREATE_NEW, WRITE), mode(temp))) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      // Two parts only so that a test can stop between them, where a crash could.
      writeFully(ch, buf.limit(bytes.length / 2));
      hook.at(CrashHook.Step.TEMP_HALF_WRITTEN);
      writeFully(ch, buf.limit(bytes.length));
      ch.force(true);
    }
  }

  /** rw-r--r-- (the umask still applies) where the file system has POSIX modes. */
  private static FileAttribute<?>[] mode(Path file) {
    if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(MODE)};
  }

  /** Forces the folder's entries (the renames) to the disk, where the platform allows. */
  static void syncDir(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Windows cannot open a folder this way. The renames are atomic all the same; only their
      // durability across a power cut is left to the OS.
    }
  }

  /** Deletes {@code temp} if it is there, keeping {@code failure} as the error that matters. */
  static void discard(Path temp, Throwable failure) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      failure.addSuppressed(e); // the next load clears leftovers anyway
    }
  }

  private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
    while (buf.hasRemaining()) {
      ch.write(buf);
    }
  }
}
