package vanishingpoint.core;

import java.util.List;

/**
 * What content was found in {@code lessons/}, so that every section can tell the player the
 * honest state of things.
 *
 * @param lessonsDir the folder the content was read from, as shown to the player
 * @param lessons    number of lesson files found
 * @param questions  number of quiz files found
 * @param challenges number of challenge files found
 * @param problems   one line per file that could not be read, {@code FILE:LINE: what is wrong}
 */
public record Catalog(String lessonsDir, int lessons, int questions, int challenges, List<String> problems) {

  public Catalog {
    problems = List.copyOf(problems);
  }

  public static Catalog empty(String dir) {
    return new Catalog(dir, 0, 0, 0, List.of());
  }
}
