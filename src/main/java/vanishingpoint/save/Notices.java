package vanishingpoint.save;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The words the player reads when a save could not be used. */
final class Notices {
  static final String NO_BACKUP = "There is no backup, so the game starts from the beginning.";
  static final String START_AFRESH = "The game starts from the beginning.";

  private Notices() {}

  /** E.g. {@code Your save saves/alice.json could not be read (...). It was kept as ...}. */
  static String unreadable(String what, String file, String problem, String keptAs) {
    return what + " " + file + " could not be read (" + problem + "). It was kept as " + keptAs + ".";
  }

  /** E.g. {@code Your save saves/alice.json was missing.} */
  static String missing(String save) {
    return "Your save " + save + " was missing.";
  }

  /** E.g. {@code Your save saves/alice.json was missing; restored from saves/alice.json.bak, ...}. */
  static String restoredMissing(String save, String backup, String when) {
    return "Your save " + save + " was missing; restored from " + backup + ", saved at " + when + ".";
  }

  static String continuingFromBackup(String when) {
    return "Continuing from the backup saved at " + when + ".";
  }

  /** An ISO instant as the player reads it, in their zone. */
  static String when(String updatedAt, ZoneId zone) {
    return DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(zone).format(Instant.parse(updatedAt));
  }
}
