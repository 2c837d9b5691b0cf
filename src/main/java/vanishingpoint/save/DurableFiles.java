package vanishingpoint.save;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * File steps that survive a crash: bytes are forced to the disk before a rename makes them
 * visible, so a reader sees the old file or the new one, never a part of one.
 */
final class DurableFiles {
  private DurableFiles() {}

  /** Creates {@code temp} (it must not exist) holding {@code bytes}, forced to the disk. */
  static void writeTemp(Path temp, byte[] bytes, CrashHook hook) throws IOException {
    try (FileChannel ch = FileChannel.open(temp, CREATE_NEW, WRITE)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      // Two parts only so that a test can stop between them, where a crash could.
      writeFully(ch, buf.limit(bytes.length / 2));
      hook.at(CrashHook.Step.TEMP_HALF_WRITTEN);
      writeFully(ch, buf.limit(bytes.length));
      ch.force(true);
    }
  }

  /**
   * Makes {@code target} (which must not exist) a second name for {@code source}'s bytes: a hard
   * link where the file system has them (no copying, and the bytes are already on the disk),
   * else a forced copy.
   */
  static void copy(Path source, Path target) throws IOException {
    // A copy, never a hard link: a link would share the save's bytes, so a program that edits the
    // save in place (an editor, `echo >`) would damage the backup or the kept copy with it.
    Files.copy(source, target);
    try (FileChannel ch = FileChannel.open(target, WRITE)) {
      ch.force(true);
    }
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
