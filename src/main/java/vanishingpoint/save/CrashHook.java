package vanishingpoint.save;

import java.io.IOException;

/**
 * A seam for tests: {@link SaveStore} calls it at each step of a save and of a recovery, so that a test can look
 * at the files there and stop the save by throwing, as a crash at that instant would.
 */
@FunctionalInterface
interface CrashHook {
  enum Step {
    /** Half of the new bytes are in the temp file. */
    TEMP_HALF_WRITTEN,
    /** The temp file is complete and forced to disk; nothing visible has changed yet. */
    TEMP_WRITTEN,
    /** The backup holds the previous save; the save file is still the old one. */
    BACKUP_MADE,
    /** The save file is the new one; the directory is not yet forced. */
    REPLACED,
    /** Recovery: a damaged save (or backup) is kept under a corrupt- name. */
    KEPT_ASIDE,
    /** Recovery: the save file holds the backup's bytes; the directory is not yet forced. */
    RESTORED
  }

  CrashHook NONE = step -> { };

  void at(Step step) throws IOException;
}
