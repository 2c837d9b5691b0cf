package vanishingpoint.save;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A damaged card or review refuses the whole save (the store then falls back to the backup, as for
 * any other damage: SaveStoreCorruptionTest), with a message that names the field. The save's own
 * records (SavedCard, SavedReview) accept what Gson reads, so that the message comes from
 * {@link SaveData#problems()} and names the card, not from a constructor deep inside Gson.
 */
class SavedCardProblemsTest {

  record Damage(String name, Consumer<JsonObject> edit, String problem) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String CARD = "field \"cards.van-def-choice\" must be a card with its own id, a state and a due time";
  private static final String REVIEW = "field \"reviews[0]\" must have a cardId and a rating";

  static Stream<Damage> damages() {
    return Stream.of(
        new Damage("unparseable due", o -> card(o).addProperty("due", "tomorrow"),
            "field \"cards.van-def-choice.due\" is \"tomorrow\", which is not a time like 2026-11-29T01:22:33Z"),
        new Damage("unparseable lastReview", o -> card(o).addProperty("lastReview", "yesterday"),
            "field \"cards.van-def-choice.lastReview\" is \"yesterday\", which is not a time like 2026-11-29T01:22:33Z"),
        new Damage("no due", o -> card(o).remove("due"), CARD),
        new Damage("unknown state", o -> card(o).addProperty("state", "SLEEPING"), CARD),
        new Damage("state in lower case", o -> card(o).addProperty("state", "review"), CARD),
        new Damage("no state", o -> card(o).remove("state"), CARD),
        new Damage("no id", o -> card(o).remove("id"), CARD),
        new Damage("another card's id", o -> card(o).addProperty("id", "x"), CARD),
        new Damage("step as text", o -> card(o).addProperty("step", "two"),
            "line 60: expected text for field \"cards..step\" but found \"two\""),
        new Damage("unparseable reviewedAt", o -> review(o).addProperty("reviewedAt", "then"),
            "field \"reviews[0].reviewedAt\" is \"then\", which is not a time like 2026-11-29T01:22:33Z"),
        new Damage("no reviewedAt", o -> review(o).remove("reviewedAt"), "field \"reviews[0].reviewedAt\" is missing"),
        new Damage("unknown rating", o -> review(o).addProperty("rating", "SUPERB"), REVIEW),
        new Damage("no rating", o -> review(o).remove("rating"), REVIEW),
        new Damage("no cardId", o -> review(o).remove("cardId"), REVIEW),
        new Damage("null review", o -> o.getAsJsonArray("reviews").set(0, JsonNull.INSTANCE), REVIEW));
  }

  @ParameterizedTest
  @MethodSource("damages")
  void refusesTheSaveNamingTheField(Damage d) {
    JsonObject o = JsonParser.parseString(good()).getAsJsonObject();
    d.edit().accept(o);
    String text = new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(o) + "\n";
    SaveCodec.Decoded decoded = SaveCodec.decode(text.getBytes(UTF_8), "alice");
    assertThat(decoded.ok()).isFalse();
    assertThat(decoded.problem()).isEqualTo(d.problem());
  }

  private static String good() {
    return new String(SaveCodec.encode(SaveCodec.tidy(Fixtures.savedAt(Fixtures.sample("alice", 3), Fixtures.EARLIER))),
        UTF_8);
  }

  private static JsonObject card(JsonObject o) {
    return o.getAsJsonObject("cards").getAsJsonObject("van-def-choice");
  }

  private static JsonObject review(JsonObject o) {
    return o.getAsJsonArray("reviews").get(0).getAsJsonObject();
  }
}
