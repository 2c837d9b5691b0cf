package vanishingpoint.save;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
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
   * Keeps the bytes of {@code file} under {@code FILE.corrupt-<utc time>}, adding {@code -2},
   * {@code -3}... when that name is taken, and returns that path. {@code file} stays; the caller
   * deletes or replaces it. Never replaces an existing file: a copy
   * fails on an existing name, where a POSIX rename would silently replace it.
   */
  Path keepAside(Path file, Instant now) throws IOException {
    String base = file.getFileName() + ".corrupt-" + STAMP.format(now);
    for (int n = 1; n <= MAX_SUFFIX; n++) {
      Path target = file.resolveSibling(n == 1 ? base : base + "-" + n);
      try {
        DurableFiles.copy(file, target);
        return target;
      } catch (FileAlreadyExistsException taken) {
        // try the next suffix
      }
    }
    throw new IOException("too many corrupt copies of " + file + " already; please clear some out");
  }

  private static String tempPrefix(String profile) {
    return "." + profile + ".json.tmp-";
  }
}
