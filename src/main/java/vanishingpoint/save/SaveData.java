package vanishingpoint.save;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A player's progress, exactly as it is written to {@code saves/NAME.json}.
 * Only ids, positions, scores and settings: never lesson text or other content, so that
 * editing {@code lessons/} never invalidates a save.
 *
 * @param schemaVersion format version; a file with a higher one than {@link #SCHEMA_VERSION} is refused
 * @param profile       the profile name the file belongs to
 * @param createdAt     ISO-8601 instant of the first save
 * @param updatedAt     ISO-8601 instant of the latest save
 * @param place         where the player is: the screen stack from the main menu down, with cursors
 * @param visited       ids of the sections the player has opened at least once
 * @param daysPlayed    ISO dates (yyyy-mm-dd) on which the player played, ascending, no duplicates
 * @param settings      free-form player settings (key to value)
 */
public record SaveData(
    int schemaVersion,
    String profile,
    String createdAt,
    String updatedAt,
    List<Place> place,
    Set<String> visited,
    List<String> daysPlayed,
    Map<String, String> settings) {

  public static final int SCHEMA_VERSION = 1;

  /** One level of the screen stack: which screen, and where its cursor was. */
  public record Place(String screen, int cursor) {}

  public static SaveData fresh(String profile, Instant now) {
    return new SaveData(SCHEMA_VERSION, profile, now.toString(), now.toString(),
        List.of(), Set.of(), List.of(), Map.of());
  }

  /** Gson leaves absent fields null; older or hand-edited files get empty defaults instead. */
  public SaveData normalized() {
    return new SaveData(schemaVersion, profile, createdAt, updatedAt,
        place == null ? List.of() : List.copyOf(place),
        visited == null ? Set.of() : new LinkedHashSet<>(visited),
        daysPlayed == null ? List.of() : List.copyOf(daysPlayed),
        settings == null ? Map.of() : new LinkedHashMap<>(settings));
  }
}
