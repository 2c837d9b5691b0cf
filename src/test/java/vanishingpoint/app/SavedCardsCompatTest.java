package vanishingpoint.app;

import vanishingpoint.session.SaveMapping;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanishingpoint.core.GameState;
import vanishingpoint.save.SaveData;
import vanishingpoint.save.SaveStore;
import vanishingpoint.srs.Card;
import vanishingpoint.srs.CardState;
import vanishingpoint.srs.Rating;
import vanishingpoint.srs.ReviewLog;

/**
 * A save written by the game before the save had its own card records (main at 9eb4fdc, through
 * SaveMapping.toSave and SaveStore.save) loads to the same cards and reviews, and is written back
 * byte for byte: the format did not change with the records.
 */
class SavedCardsCompatTest {
  private static final Path FIXTURE = Path.of(System.getProperty("vp.projectDir", "."))
      .resolve("src/test/resources/saves/main-cards-and-reviews.json");
  private static final Instant WRITTEN = Instant.parse("2026-11-21T10:00:01Z");

  @TempDir Path dir;

  @Test
  void loadsToTheSameDomainValuesAndWritesTheSameBytes() throws Exception {
    byte[] bytes = Files.readAllBytes(FIXTURE);
    Files.write(dir.resolve("alice.json"), bytes);
    SaveStore store = new SaveStore(dir, Clock.fixed(WRITTEN, ZoneOffset.UTC));
    SaveData data = store.load("alice").data();

    GameState s = ClassReport.stateOf("alice", "alice.json", data, vanishingpoint.ui.Fixtures.lessons(), WRITTEN);
    assertThat(s.profile().cards()).containsOnly(
        java.util.Map.entry("clip-order", new Card("clip-order", CardState.LEARNING, 1, 2.3065, 2.118103970459016,
            Instant.parse("2026-11-20T08:10:00.123Z"), Instant.parse("2026-11-20T08:00:00.123Z"))),
        java.util.Map.entry("init-fresh", Card.fresh("init-fresh", Instant.parse("2026-11-20T08:00:00Z"))),
        java.util.Map.entry("relu-dead", new Card("relu-dead", CardState.RELEARNING, 0, 0.4, 9.87,
            Instant.parse("2026-11-21T10:10:00.000123456Z"), Instant.parse("2026-11-21T10:00:00.000123456Z"))),
        java.util.Map.entry("van-def-choice", new Card("van-def-choice", CardState.REVIEW, null, 3.2, 5.1,
            Instant.parse("2026-11-25T09:00:00Z"), Instant.parse("2026-11-20T09:00:00Z"))));
    assertThat(s.profile().reviews()).containsExactly(
        new ReviewLog("van-def-choice", Rating.GOOD, Instant.parse("2026-11-20T09:00:00Z"), 4200L),
        new ReviewLog("clip-order", Rating.HARD, Instant.parse("2026-11-20T08:00:00.123Z"), null),
        new ReviewLog("relu-dead", Rating.EASY, Instant.parse("2026-11-20T10:00:00Z"), 0L),
        new ReviewLog("relu-dead", Rating.AGAIN, Instant.parse("2026-11-21T10:00:00.000123456Z"), 61000L));

    SaveData back = SaveMapping.toSave(s, data);
    assertThat(back).isEqualTo(data);
    store.save(back);
    assertThat(new String(Files.readAllBytes(dir.resolve("alice.json")), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
  }
}
