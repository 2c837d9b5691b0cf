package vanishingpoint.save;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static vanishingpoint.save.Fixtures.NOW;
import static vanishingpoint.save.Fixtures.clockAt;
import static vanishingpoint.save.Fixtures.sample;
import static vanishingpoint.save.Fixtures.savedAt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: the optional "resume" field (what Continue restores) survives a save, and saves without it load. */
class SaveResumeFieldTest {
  @TempDir Path dir;

  static SaveData withResume(SaveData d, SaveData.Resume r) {
    return new SaveData(d.schemaVersion(), d.profile(), d.createdAt(), d.updatedAt(), d.place(), d.visited(),
        d.daysPlayed(), d.settings(), d.lessons(), d.challenges(), d.cards(), d.reviews(), r, d.unknownFields());
  }

  static final SaveData.Resume RESUME = new SaveData.Resume(
      new SaveData.QuizState("exam", List.of("q-1", "q-2", "q-3"), 2, List.of(1.0, 0.5), 1, List.of(0, 2),
          "typed, not sent: naïve ✓", Map.of(0, 1, 1, 0), List.of(2, 0, 1), true),
      new SaveData.ChallengeState("verdict", Map.of("init", "he", "lr", "0.1"), 3, true, true, 2, 5, false, "units",
          false, 123.4),
      new SaveData.LessonState(7, 0.9, 12, "relu", "he", true));

  @Test
  void everyPartOfTheResumeFieldSurvivesSaveAndLoad() throws Exception {
    SaveStore store = new SaveStore(dir, clockAt(NOW));
    SaveData data = withResume(sample("alice", 2), RESUME);
    store.save(data);
    LoadResult loaded = store.load("alice");
    assertThat(loaded.notices()).isEmpty();
    assertThat(loaded.data()).isEqualTo(savedAt(data, NOW));
    assertThat(loaded.data().resume()).isEqualTo(RESUME);
    assertThat(loaded.data().schemaVersion()).isEqualTo(1);
  }

  @Test
  void aSaveWithoutItLoadsWithNothingToResumeAndIsWrittenWithoutIt() throws Exception {
    SaveStore store = new SaveStore(dir, clockAt(NOW));
    store.save(sample("bob", 1));
    String text = Files.readString(dir.resolve("bob.json"), UTF_8);
    assertThat(text).doesNotContain("\"resume\"");
    LoadResult loaded = store.load("bob");
    assertThat(loaded.notices()).isEmpty();
    assertThat(loaded.data().resume()).isNull();
  }

  @Test
  void partsLeftOutOrNullLoadAsNull() throws Exception {
    SaveStore store = new SaveStore(dir, clockAt(NOW));
    store.save(sample("carl", 1));
    Path file = dir.resolve("carl.json");
    String text = Files.readString(file, UTF_8).replaceFirst("\\{", "{\n  \"resume\": {\"quiz\": null, \"challenge\":"
        + " {\"phase\": \"training\"}},");
    Files.writeString(file, text, UTF_8);
    LoadResult loaded = store.load("carl");
    assertThat(loaded.notices()).isEmpty();
    assertThat(loaded.data().resume().quiz()).isNull();
    assertThat(loaded.data().resume().lesson()).isNull();
    assertThat(loaded.data().resume().challenge().phase()).isEqualTo("training");
    assertThat(loaded.data().resume().challenge().settings()).isNull();
  }
}
