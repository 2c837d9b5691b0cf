package vanishingpoint.save;

import java.util.List;

/**
 * What {@link SaveStore#load} found.
 *
 * @param data    the progress to continue from, normalized (no null lists or maps)
 * @param source  where {@code data} came from
 * @param notices plain-words messages for the player about anything that went wrong; empty when
 *                all was well
 */
public record LoadResult(SaveData data, Source source, List<String> notices) {

  public enum Source {
    /** The profile's save file, as expected. */
    SAVE_FILE,
    /** The save file was unusable; its backup was good and has been restored. */
    BACKUP,
    /** No save yet, or neither the save nor its backup was usable. */
    FRESH
  }

  public LoadResult {
    notices = List.copyOf(notices);
  }
}
