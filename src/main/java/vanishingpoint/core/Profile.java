package vanishingpoint.core;

import java.util.List;
import java.util.Set;

/**
 * What the game knows about the player beyond where they are.
 *
 * @param name       profile name
 * @param savePath   the save file, as shown to the player
 * @param createdAt  ISO instant of the first save
 * @param visited    ids of the sections opened at least once
 * @param daysPlayed ISO dates played, ascending
 */
public record Profile(String name, String savePath, String createdAt, Set<String> visited, List<String> daysPlayed) {

  public Profile {
    visited = Set.copyOf(visited);
    daysPlayed = List.copyOf(daysPlayed);
  }
}
