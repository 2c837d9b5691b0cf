package vanishingpoint.save;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Shared test data: fixed clocks and a save that uses every field. */
final class Fixtures {
  /** When the backup was written in the corruption stories. */
  static final Instant EARLIER = Instant.parse("2026-11-29T01:20:00Z");
  /** When the game is loaded; gives the corrupt-20261129T012233Z names. */
  static final Instant NOW = Instant.parse("2026-11-29T01:22:33Z");
  static final String STAMP = "20261129T012233Z";

  private Fixtures() {}

  static Clock clockAt(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  /** A save with every field filled and {@code cursor} in its first place. */
  static SaveData sample(String profile, int cursor) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("theme", "dark");
    settings.put("greeting", "naïve ✓ <b>\"quoted\"</b>");
    return new SaveData(SaveData.SCHEMA_VERSION, profile, "2026-11-01T09:00:00Z",
        "2026-11-02T10:00:00Z",
        List.of(new SaveData.Place("menu", cursor, null), new SaveData.Place("lesson", 2, "relu")),
        new LinkedHashSet<>(List.of("intro", "sigmoid", "relu")),
        List.of("2026-11-01", "2026-11-02"),
        settings,
        Map.of("relu", new SaveData.LessonRecord(2, 4, false), "intro", new SaveData.LessonRecord(0, 5, true)),
        Map.of("sigmoid-tower", new SaveData.ChallengeRecord(2, 240, Map.of("activation", "relu"), 1)),
        Map.of("van-def-choice", new SavedCard("van-def-choice", SavedCard.State.REVIEW, null,
            3.2, 5.1, "2026-11-05T09:00:00Z", "2026-11-02T09:00:00Z")),
        List.of(new SavedReview("van-def-choice", SavedReview.Rating.GOOD, "2026-11-02T09:00:00Z", 4200L)));
  }

  /** What {@code data} looks like after a save at {@code at}. */
  static SaveData savedAt(SaveData data, Instant at) {
    return data.withUpdatedAt(at.toString());
  }

  static List<String> fileNames(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  static String text(Path file) throws IOException {
    return new String(Files.readAllBytes(file), UTF_8);
  }
}
