package vanishingpoint.save;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why the operating system refused a file operation, in its own words ("Permission denied") and
 * without the path: Java's messages for the commonest failures are the bare path of whatever
 * file was touched (often a temp file the player never heard of), so messages name the save
 * themselves and take only the reason from here.
 */
public final class OsReason {
  private OsReason() {}

  public static String of(Throwable e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    // Java drops the OS text for these, keeping only the type.
    if (e instanceof AccessDeniedException) {
      return "Permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "No such file or directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "File exists";
    }
    if (e instanceof NotDirectoryException) {
      return "Not a directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "Directory not empty";
    }
    if (e instanceof FileSystemLoopException) {
      return "Too many levels of symbolic links";
    }
    if (e instanceof FileSystemException) {
      return e.getClass().getSimpleName();
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
