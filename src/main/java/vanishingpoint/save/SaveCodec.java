package vanishingpoint.save;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.TreeSet;

/** The bytes of a save file, to and from {@link SaveData}, with the reason when bytes are unusable. */
final class SaveCodec {
  /** Far larger than any real save; reading more would only risk memory on a junk file. */
  static final long MAX_BYTES = 8L << 20;

  // Strict: a hand-edited file with comments or single quotes is refused with a line number
  // rather than half-understood. No HTML escaping, so that '<' or '=' stay readable.
  private static final Gson GSON = new GsonBuilder()
      .setPrettyPrinting()
      .disableHtmlEscaping()
      .setStrictness(Strictness.STRICT)
      .create();

  private SaveCodec() {}

  /** Either usable data or, in plain words, why there is none. */
  record Decoded(SaveData data, String problem) {
    boolean ok() {
      return data != null;
    }

    static Decoded bad(String problem) {
      return new Decoded(null, problem);
    }
  }

  static byte[] encode(SaveData data) {
    return (GSON.toJson(data) + "\n").getBytes(UTF_8);
  }

  /** Decodes the file of {@code profile}; never throws for bad content. */
  static Decoded decode(byte[] bytes, String profile) {
    String text;
    try {
      text = UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return Decoded.bad("it is not UTF-8 text");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // some editors on Windows start UTF-8 files with a BOM
    }
    if (text.isBlank()) {
      return Decoded.bad("the file is empty");
    }

    // First as a plain tree: syntax errors, and the format version before anything else, since
    // a newer game may have changed field types and that is the message the player needs.
    JsonReader reader = reader(text);
    JsonElement tree;
    try {
      tree = JsonParser.parseReader(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        return Decoded.bad(JsonErrors.where(reader) + "there is more text after the end of the save");
      }
    } catch (JsonParseException | IOException | IllegalStateException | NumberFormatException e) {
      return Decoded.bad(JsonErrors.describe(e, reader));
    }
    String version = versionProblem(tree);
    if (version != null) {
      return Decoded.bad(version);
    }

    // Then typed, from the text again: only the streaming reader knows line numbers.
    reader = reader(text);
    SaveData data;
    try {
      data = GSON.fromJson(reader, SaveData.class);
    } catch (RuntimeException e) {
      // Mostly JsonSyntaxException; anything else Gson throws on odd content is still content.
      return Decoded.bad(JsonErrors.describe(e, reader));
    }
    if (data == null) {
      return Decoded.bad("the file holds no save, only null");
    }
    List<String> problems = data.problems();
    if (data.profile() != null && !data.profile().equals(profile)) {
      problems.add("field \"profile\" is " + Quoted.of(data.profile())
          + ", but the file belongs to profile " + Quoted.of(profile));
    }
    if (!problems.isEmpty()) {
      return Decoded.bad(String.join("; ", problems));
    }
    return new Decoded(tidy(data), null);
  }

  /**
   * Normalized, with {@code daysPlayed} ascending and without duplicates as documented; sorting
   * repairs a hand-edited list instead of throwing the whole save away. Call on valid data only.
   */
  static SaveData tidy(SaveData data) {
    SaveData d = data.normalized();
    return d.withDaysPlayed(List.copyOf(new TreeSet<>(d.daysPlayed())));
  }

  private static JsonReader reader(String text) {
    JsonReader r = new JsonReader(new StringReader(text));
    r.setStrictness(Strictness.STRICT);
    return r;
  }

  private static String versionProblem(JsonElement tree) {
    if (!tree.isJsonObject()) {
      return null; // the typed pass names what was found instead of an object
    }
    JsonElement v = tree.getAsJsonObject().get("schemaVersion");
    if (v == null || v.isJsonNull()) {
      return "field \"schemaVersion\" is missing";
    }
    if (!(v instanceof JsonPrimitive) || !((JsonPrimitive) v).isNumber()) {
      return null; // a wrong type: the typed pass says where and what
    }
    BigDecimal version = v.getAsBigDecimal();
    if (version.stripTrailingZeros().scale() > 0) {
      return null; // 1.5: the typed pass says a whole number was expected
    }
    if (version.compareTo(BigDecimal.valueOf(SaveData.SCHEMA_VERSION)) > 0) {
      return SaveData.newerVersion(version.toPlainString());
    }
    if (version.compareTo(BigDecimal.ONE) < 0) {
      return "field \"schemaVersion\" is " + version + ", but must be 1 or more";
    }
    return null;
  }
}
