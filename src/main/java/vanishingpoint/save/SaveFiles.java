package vanishingpoint.save;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The naming scheme of a saves folder, in one place so that loading, saving and locking agree.
 * For profile {@code alice}:
 * <pre>
 *   alice.json                            the save
 *   alice.json.bak                        the save before the latest one
 *   alice.json.corrupt-20261129T012233Z   an unusable save, kept for the player (-2, -3... if taken)
 *   alice.json.bak.corrupt-20261129T012233Z
 *   .alice.json.tmp-0123456789abcdef      a write in progress, or left by a crash
 *   alice.lock                            held while a session plays alice
 * </pre>
 * Profile names cannot start with '.', and temp suffixes are hex only, so no profile's files can
 * be mistaken for another's.
 */
final class SaveFiles {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern TEMP_SUFFIX = Pattern.compile("[0-9a-f]{16}");
  private static final int MAX_SUFFIX = 1000;

  private final Path dir;

  SaveFiles(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  Path save(String profile) {
    return dir.resolve(profile + ".json");
  }

  Path backup(String profile) {
    return dir.resolve(profile + ".json.bak");
  }

  Path lock(String profile) {
    return dir.resolve(profile + ".lock");
  }

  /** A fresh temp name; random so that a leftover from a crash is never reused. */
  Path newTemp(String profile) {
    return dir.resolve(tempPrefix(profile)
        + String.format("%016x", ThreadLocalRandom.current().nextLong()));
  }

  /**
   * The profile whose save {@code fileName} is ({@code alice} for {@code alice.json}), or null:
   * backups, corrupt copies, temp files, locks and anything else are not saves.
   */
  static String profileOfSave(String fileName) {
    if (!fileName.endsWith(".json")) {
      return null;
    }
    String profile = fileName.substring(0, fileName.length() - ".json".length());
    try {
      return ProfileName.validate(profile);
    } catch (InvalidProfileNameException notAProfile) {
      return null;
    }
  }

  boolean isTemp(String fileName, String profile) {
    String prefix = tempPrefix(profile);
    return fileName.startsWith(prefix)
        && TEMP_SUFFIX.matcher(fileName.substring(prefix.length())).matches();
  }

  /**
   * Keeps {@code file} under {@code FILE.corrupt-<utc time>}, adding {@code -2}, {@code -3}...
   * when that name is taken, and returns that path. What is kept is the directory entry itself:
   * a symlink stays a symlink (its target is neither read nor copied into the saves folder), a
   * pipe stays a pipe. A hard link where the file system allows one: {@code file} is then still
   * there, so there is no moment without it, and the caller replaces it (atomically) or deletes
   * it. Elsewhere (a folder, a file system without hard links) a rename, and {@code file} is
   * gone. Never replaces an existing file: both fail on a taken name.
   */
  Path keepAside(Path file, Instant now) throws IOException {
    String base = file.getFileName() + ".corrupt-" + STAMP.format(now);
    for (int n = 1; n <= MAX_SUFFIX; n++) {
      Path target = file.resolveSibling(n == 1 ? base : base + "-" + n);
      try {
        linkOrMove(file, target);
        return target;
      } catch (FileAlreadyExistsException taken) {
        // try the next suffix
      }
    }
    throw new IOException("too many corrupt copies of " + file + " already; please clear some out");
  }

  private static void linkOrMove(Path file, Path target) throws IOException {
    try {
      // link(2) does not follow a symlink on Linux: the new name is a second link to the link.
      Files.createLink(target, file);
      return;
    } catch (FileAlreadyExistsException taken) {
      throw taken;
    } catch (UnsupportedOperationException | FileSystemException noLink) {
      // no hard links here, or not for this kind of entry (a folder): rename it instead
    }
    Files.move(file, target); // without REPLACE_EXISTING: refuses a taken name
  }

  private static String tempPrefix(String profile) {
    return "." + profile + ".json.tmp-";
  }
}
