package vanishingpoint.save;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static vanishingpoint.save.Fixtures.EARLIER;
import static vanishingpoint.save.Fixtures.NOW;
import static vanishingpoint.save.Fixtures.STAMP;
import static vanishingpoint.save.Fixtures.clockAt;
import static vanishingpoint.save.Fixtures.sample;
import static vanishingpoint.save.Fixtures.savedAt;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vanishingpoint.save.LoadResult.Source;

class SaveStoreCorruptionTest {
  @TempDir Path dir;
  private Path save;
  private Path backup;
  private SaveStore earlier;
  private SaveStore now;

  @BeforeEach
  void stores() {
    save = dir.resolve("alice.json");
    backup = dir.resolve("alice.json.bak");
    earlier = new SaveStore(dir, clockAt(EARLIER));
    now = new SaveStore(dir, clockAt(NOW));
  }

  /** A damaged file and, in plain words, what the notice must say about it. */
  record Damage(String name, byte[] bytes, String problem) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Damage> damages() throws Exception {
    String good = new String(SaveCodec.encode(savedAt(sample("alice", 3), EARLIER)), UTF_8);
    String textForList = edit(good, o -> o.addProperty("place", "menu"));
    String half = good.substring(0, good.length() / 2);
    String wrongType = edit(good, o -> o.getAsJsonArray("place").get(0).getAsJsonObject()
        .addProperty("cursor", "abc"));
    return Stream.of(
        new Damage("not JSON", "this is not a save\n".getBytes(UTF_8),
            "line 1: the text is not valid JSON"),
        new Damage("empty", new byte[0], "the file is empty"),
        new Damage("truncated", half.getBytes(UTF_8), "line " + half.split("\n", -1).length
            + ": the file ends too early, as if it was cut off"),
        new Damage("wrong type", wrongType.getBytes(UTF_8), "line " + lineOf(wrongType, "\"abc\"")
            + ": expected a whole number for field \"place[0].cursor\" but found \"abc\""),
        new Damage("text instead of list", textForList.getBytes(UTF_8), "line "
            + lineOf(textForList, "\"menu\"") + ": expected a list for field \"place\" but found \"menu\""),
        new Damage("future schemaVersion", edit(good, o -> o.addProperty("schemaVersion", 99))
            .getBytes(UTF_8), "it was written by a newer version of the game (save format 99;"
            + " this version reads format 1 and older)"),
        new Damage("schemaVersion missing", edit(good, o -> o.remove("schemaVersion"))
            .getBytes(UTF_8), "field \"schemaVersion\" is missing"),
        new Damage("schemaVersion zero", edit(good, o -> o.addProperty("schemaVersion", 0))
            .getBytes(UTF_8), "field \"schemaVersion\" is 0, but must be 1 or more"),
        new Damage("wrong profile inside", edit(good, o -> o.addProperty("profile", "bob"))
            .getBytes(UTF_8), "field \"profile\" is \"bob\", but the file belongs to profile \"alice\""),
        new Damage("null element", edit(good, o -> o.getAsJsonArray("place").set(1, JsonNull.INSTANCE))
            .getBytes(UTF_8), "field \"place[1]\" is null"),
        new Damage("null document", "null".getBytes(UTF_8), "the file holds no save, only null"),
        new Damage("negative cursor", edit(good, o -> o.getAsJsonArray("place").get(1)
            .getAsJsonObject().addProperty("cursor", -1)).getBytes(UTF_8),
            "field \"place[1].cursor\" is -1, but must be 0 or more"),
        new Damage("malformed date", edit(good, o -> {
          JsonArray days = new JsonArray();
          days.add("2026-13-45");
          o.add("daysPlayed", days);
        }).getBytes(UTF_8), "field \"daysPlayed[0]\" is \"2026-13-45\", which is not a date like 2026-11-29"),
        new Damage("not UTF-8", new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'}, "it is not UTF-8 text"),
        new Damage("array at top", "[1, 2]".getBytes(UTF_8),
            "line 1: expected an object for the whole file but found a list"),
        // issue 12.3: Gson's "Number has unsupported scale" stopped every start
        new Damage("schemaVersion 1e20000", good.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1e20000,")
            .getBytes(UTF_8), "field \"schemaVersion\" is 1e20000, which is not a format version"),
        new Damage("schemaVersion of 40 digits", good.replace("\"schemaVersion\": 1,",
            "\"schemaVersion\": 1" + "0".repeat(39) + ",").getBytes(UTF_8),
            "it was written by a newer version of the game (save format 10000000000000000000…;"
            + " this version reads format 1 and older)"));
  }

  @ParameterizedTest
  @MethodSource("damages")
  void fallsBackToAGoodBackupAndRestoresIt(Damage damage) throws Exception {
    earlier.save(sample("alice", 1));
    earlier.save(sample("alice", 2)); // the backup now holds cursor 1, saved at 01:20
    byte[] backupBytes = Files.readAllBytes(backup);
    Files.write(save, damage.bytes());

    LoadResult loaded = now.load("alice");

    assertThat(loaded.source()).isEqualTo(Source.BACKUP);
    assertThat(loaded.data()).isEqualTo(savedAt(sample("alice", 1), EARLIER));
    Path kept = dir.resolve("alice.json.corrupt-" + STAMP);
    assertThat(loaded.notices()).containsExactly("Your save " + save + " could not be read ("
        + damage.problem() + "). It was kept as " + kept
        + ". Continuing from the backup saved at 2026-11-29 01:20.");
    assertThat(kept).hasBinaryContent(damage.bytes());
    // Restored, so quitting now without saving does not lose the progress next time.
    assertThat(save).hasBinaryContent(backupBytes);
    assertThat(now.load("alice").source()).isEqualTo(Source.SAVE_FILE);
    // Saving on top of a restored backup rotates as usual and leaves nothing behind.
    now.save(sample("alice", 4));
    assertThat(backup).hasBinaryContent(backupBytes);
    assertThat(Fixtures.fileNames(dir)).containsExactly(
        "alice.json", "alice.json.bak", kept.getFileName().toString());
  }

  @ParameterizedTest
  @MethodSource("damages")
  void startsFreshWhenThereIsNoBackup(Damage damage) throws Exception {
    Files.write(save, damage.bytes());

    LoadResult loaded = now.load("alice");

    assertThat(loaded.source()).isEqualTo(Source.FRESH);
    assertThat(loaded.data()).isEqualTo(SaveData.fresh("alice", NOW));
    Path kept = dir.resolve("alice.json.corrupt-" + STAMP);
    assertThat(loaded.notices()).containsExactly("Your save " + save + " could not be read ("
        + damage.problem() + "). It was kept as " + kept + ". " + Notices.NO_BACKUP);
    assertThat(kept).hasBinaryContent(damage.bytes());
    assertThat(Fixtures.fileNames(dir)).containsExactly("alice.json.corrupt-" + STAMP);
  }

  @ParameterizedTest
  @MethodSource("damages")
  void startsFreshAndKeepsBothWhenTheBackupIsDamagedToo(Damage damage) throws Exception {
    earlier.save(sample("alice", 1));
    earlier.save(sample("alice", 2));
    Files.write(save, damage.bytes());
    Files.writeString(backup, "{\"schemaVersion\": 1,");

    LoadResult loaded = now.load("alice");

    assertThat(loaded.source()).isEqualTo(Source.FRESH);
    assertThat(loaded.data()).isEqualTo(SaveData.fresh("alice", NOW));
    Path keptSave = dir.resolve("alice.json.corrupt-" + STAMP);
    Path keptBackup = dir.resolve("alice.json.bak.corrupt-" + STAMP);
    assertThat(loaded.notices()).containsExactly(
        "Your save " + save + " could not be read (" + damage.problem() + "). It was kept as "
            + keptSave + ".",
        "The backup " + backup + " could not be read (line 1: the file ends too early, as if it"
            + " was cut off). It was kept as " + keptBackup + ". " + Notices.START_AFRESH);
    assertThat(keptSave).hasBinaryContent(damage.bytes());
    assertThat(keptBackup).hasContent("{\"schemaVersion\": 1,");
    assertThat(Fixtures.fileNames(dir)).containsExactlyInAnyOrder(
        keptSave.getFileName().toString(), keptBackup.getFileName().toString());
  }

  @Test
  void neverOverwritesAnEarlierCorruptCopy() throws Exception {
    Path first = dir.resolve("alice.json.corrupt-" + STAMP);
    Files.writeString(first, "kept from before");
    Files.writeString(dir.resolve("alice.json.corrupt-" + STAMP + "-2"), "and this too");
    Files.writeString(save, "junk");

    List<String> notices = now.load("alice").notices();

    assertThat(first).hasContent("kept from before");
    assertThat(dir.resolve("alice.json.corrupt-" + STAMP + "-2")).hasContent("and this too");
    assertThat(dir.resolve("alice.json.corrupt-" + STAMP + "-3")).hasContent("junk");
    assertThat(notices.get(0)).contains("It was kept as " + dir.resolve("alice.json.corrupt-" + STAMP + "-3"));
  }

  @Test
  void noticesReadLikeTheExampleAndHoldNoStackTrace() throws Exception {
    SaveStore relative = new SaveStore(Path.of("saves-test-only"), clockAt(NOW));
    String problem = SaveCodec.decode(damages().filter(d -> d.name().equals("wrong type"))
        .findFirst().orElseThrow().bytes(), "alice").problem();
    String notice = Notices.unreadable("Your save", relative.where("alice"), problem,
        Path.of("saves-test-only/alice.json.corrupt-" + STAMP).toString()) + " "
        + Notices.continuingFromBackup(Notices.when("2026-11-29T01:20:00Z", clockAt(NOW).getZone()));

    assertThat(notice).matches("Your save saves-test-only/alice\\.json could not be read \\(line \\d+:"
        + " expected a whole number for field \"place\\[0]\\.cursor\" but found \"abc\"\\)\\. It was"
        + " kept as saves-test-only/alice\\.json\\.corrupt-20261129T012233Z\\. Continuing from the"
        + " backup saved at 2026-11-29 01:20\\.");
    for (Damage d : (Iterable<Damage>) damages()::iterator) {
      assertThat(SaveCodec.decode(d.bytes(), "alice").problem())
          .doesNotContain("Exception", "\tat ", "\n", "com.google", "Strictness");
    }
  }

  private static String edit(String json, Consumer<JsonObject> change) {
    JsonObject o = JsonParser.parseString(json).getAsJsonObject();
    change.accept(o);
    return new GsonBuilder().setPrettyPrinting().create().toJson(o) + "\n";
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in " + text);
  }
}
