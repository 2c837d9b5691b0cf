package vanishingpoint.save;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vanishingpoint.save.Fixtures.EARLIER;
import static vanishingpoint.save.Fixtures.NOW;
import static vanishingpoint.save.Fixtures.clockAt;
import static vanishingpoint.save.Fixtures.sample;
import static vanishingpoint.save.Fixtures.savedAt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanishingpoint.save.LoadResult.Source;

class SaveStoreRoundTripTest {
  @TempDir Path dir;

  @Test
  void everyFieldSurvivesSaveAndLoad() throws Exception {
    SaveStore store = new SaveStore(dir, clockAt(NOW));
    SaveData data = sample("alice", 7);

    store.save(data);
    LoadResult loaded = store.load("alice");

    assertThat(loaded.source()).isEqualTo(Source.SAVE_FILE);
    assertThat(loaded.notices()).isEmpty();
    assertThat(loaded.data()).isEqualTo(savedAt(data, NOW));
    // Record equality compares sets and maps without order; the order matters to the game too.
    assertThat(loaded.data().visited()).containsExactly("intro", "sigmoid", "relu");
    assertThat(loaded.data().settings()).containsExactly(
        org.assertj.core.api.Assertions.entry("theme", "dark"),
        org.assertj.core.api.Assertions.entry("greeting", "naïve ✓ <b>\"quoted\"</b>"));
  }

  @Test
  void savesStampUpdatedAtFromTheClockAndKeepCreatedAt() throws Exception {
    new SaveStore(dir, clockAt(NOW)).save(sample("alice", 1));

    SaveData loaded = new SaveStore(dir, clockAt(EARLIER)).load("alice").data();

    assertThat(loaded.updatedAt()).isEqualTo("2026-11-29T01:22:33Z");
    assertThat(loaded.createdAt()).isEqualTo("2026-11-01T09:00:00Z");
  }

  @Test
  void fileIsPrettyPrintedUtf8Json() throws Exception {
    SaveStore store = new SaveStore(dir, clockAt(NOW));
    store.save(sample("alice", 7));

    String text = Fixtures.text(store.pathOf("alice"));
    assertThat(store.pathOf("alice")).isEqualTo(dir.resolve("alice.json"));
    assertThat(text).startsWith("{\n  \"schemaVersion\": 1,\n  \"profile\": \"alice\",\n");
    assertThat(text).contains("\"greeting\": \"naïve ✓ <b>\\\"quoted\\\"</b>\"");
    assertThat(Files.readAllBytes(store.pathOf("alice")))
        .containsSequence("naïve ✓".getBytes(UTF_8));
  }

  @Test
  void missingSaveGivesAFreshOneWithoutNotices() throws Exception {
    LoadResult loaded = new SaveStore(dir.resolve("not-yet"), clockAt(NOW)).load("alice");

    assertThat(loaded.source()).isEqualTo(Source.FRESH);
    assertThat(loaded.notices()).isEmpty();
    assertThat(loaded.data()).isEqualTo(SaveData.fresh("alice", NOW));
  }

  @Test
  void aFreshSaveCanBeSavedAsItIs() throws Exception {
    SaveStore store = new SaveStore(dir, clockAt(NOW));
    SaveData fresh = store.load("alice").data();

    store.save(fresh);

    assertThat(store.load("alice").data()).isEqualTo(fresh);
  }

  @Test
  void createsTheSavesFolder() throws Exception {
    Path nested = dir.resolve("a/b/saves");
    new SaveStore(nested, clockAt(NOW)).save(sample("alice", 1));

    assertThat(nested.resolve("alice.json")).isRegularFile();
  }

  @Test
  void backupHoldsThePreviousSave() throws Exception {
    SaveStore store = new SaveStore(dir, clockAt(NOW));
    Path save = store.pathOf("alice");
    Path backup = dir.resolve("alice.json.bak");

    store.save(sample("alice", 1));
    assertThat(backup).doesNotExist();
    byte[] first = Files.readAllBytes(save);

    store.save(sample("alice", 2));
    assertThat(backup).hasBinaryContent(first);
    assertThat(SaveCodec.decode(Files.readAllBytes(backup), "alice").data())
        .isEqualTo(savedAt(sample("alice", 1), NOW));
    byte[] second = Files.readAllBytes(save);

    store.save(sample("alice", 3));
    assertThat(backup).hasBinaryContent(second);
    assertThat(store.load("alice").data().place().get(0).cursor()).isEqualTo(3);
    assertThat(Fixtures.fileNames(dir)).containsExactly("alice.json", "alice.json.bak");
  }

  @Test
  void aSaveDamagedSinceLoadingIsKeptAsideAndDoesNotPushOutTheGoodBackup() throws Exception {
    SaveStore store = new SaveStore(dir, clockAt(NOW));
    store.save(sample("alice", 1));
    store.save(sample("alice", 2));
    byte[] goodBackup = Files.readAllBytes(dir.resolve("alice.json.bak"));
    Files.writeString(store.pathOf("alice"), "{ damaged");

    store.save(sample("alice", 3));

    assertThat(dir.resolve("alice.json.bak")).hasBinaryContent(goodBackup);
    assertThat(dir.resolve("alice.json.corrupt-" + Fixtures.STAMP)).hasContent("{ damaged");
    assertThat(store.load("alice").data().place().get(0).cursor()).isEqualTo(3);
  }

  @Test
  void daysPlayedAreWrittenAscendingWithoutDuplicates() throws Exception {
    SaveStore store = new SaveStore(dir, clockAt(NOW));
    SaveData s = sample("alice", 1);
    store.save(new SaveData(s.schemaVersion(), s.profile(), s.createdAt(), s.updatedAt(), s.place(),
        s.visited(), List.of("2026-11-03", "2026-11-01", "2026-11-03"), s.settings(), s.lessons(), s.challenges(), s.cards(), s.reviews()));

    assertThat(store.load("alice").data().daysPlayed()).containsExactly("2026-11-01", "2026-11-03");
  }

  @Test
  void refusesToWriteWhatItWouldRefuseToLoad() throws Exception {
    SaveStore store = new SaveStore(dir, clockAt(NOW));
    SaveData s = sample("alice", 1);
    SaveData negative = new SaveData(1, "alice", s.createdAt(), s.updatedAt(),
        List.of(new SaveData.Place("menu", -1, null)), s.visited(), s.daysPlayed(), s.settings(), s.lessons(), s.challenges(), s.cards(), s.reviews());

    assertThatThrownBy(() -> store.save(negative))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("will not save profile \"alice\": field \"place[0].cursor\" is -1, but must be 0 or more");
    assertThatThrownBy(() -> store.save(sample("../x", 1)))
        .isInstanceOf(InvalidProfileNameException.class);
    assertThatThrownBy(() -> store.pathOf("a/b")).isInstanceOf(InvalidProfileNameException.class);
    assertThatThrownBy(() -> store.load(".x")).isInstanceOf(InvalidProfileNameException.class);
    assertThat(Fixtures.fileNames(dir)).isEmpty();
  }

  @Test
  void theBackupIsItsOwnCopyNotALinkToTheSave() throws Exception {
    SaveStore store = new SaveStore(dir, clockAt(NOW));
    store.save(sample("alice", 1));
    store.save(sample("alice", 2));
    Files.writeString(dir.resolve("alice.json"), "{ broken", UTF_8); // damage the save in place
    LoadResult first = store.load("alice");
    assertThat(first.source()).isEqualTo(Source.BACKUP);

    // After the restore, damaging the save in place again must not reach the backup.
    Files.writeString(dir.resolve("alice.json"), "{ broken again", UTF_8);
    LoadResult second = store.load("alice");
    assertThat(second.source()).isEqualTo(Source.BACKUP);
    assertThat(second.data().place().get(0).cursor()).isEqualTo(1);
  }
}
