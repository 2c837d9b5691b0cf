package vanishingpoint.save;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The words the player reads when a save could not be used. */
final class Notices {
  static final String NO_BACKUP = "There is no backup, so the game starts from the beginning.";
  static final String START_AFRESH = "The game starts from the beginning.";

  private Notices() {}

  /** E.g. {@code Your save saves/alice.json could not be read (...). It was kept as ...}. */
  static String unreadable(String what, Path file, String problem, Path keptAs) {
    return what + " " + file + " could not be read (" + problem + "). It was kept as " + keptAs + ".";
  }

  static String continuingFromBackup(String updatedAt, ZoneId zone) {
    String when = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(zone)
        .format(Instant.parse(updatedAt));
    return "Continuing from the backup saved at " + when + ".";
  }
}
