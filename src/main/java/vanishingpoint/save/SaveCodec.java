package vanishingpoint.save;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.gson.ExclusionStrategy;
import com.google.gson.FieldAttributes;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
      .setExclusionStrategies(new ExclusionStrategy() {
        @Override
        public boolean shouldSkipField(FieldAttributes f) {
          return f.getDeclaringClass() == SaveData.class && f.getName().equals(UNKNOWN);
        }

        @Override
        public boolean shouldSkipClass(Class<?> c) {
          return false;
        }
      })
      .create();

  // Written and read by hand (see encode and decode), not by Gson as a field of its own.
  private static final String UNKNOWN = "unknownFields";
  private static final Set<String> KNOWN = Arrays.stream(SaveData.class.getRecordComponents())
      .map(RecordComponent::getName).filter(n -> !n.equals(UNKNOWN)).collect(Collectors.toSet());

  private SaveCodec() {}

  /** Either usable data (and the bytes it was read from) or, in plain words, why there is none. */
  record Decoded(SaveData data, String problem, byte[] bytes) {
    boolean ok() {
      return data != null;
    }

    static Decoded bad(String problem) {
      return new Decoded(null, problem, null);
    }
  }

  /** The fields this game does not know go back where they were, after the known ones. */
  static byte[] encode(SaveData data) {
    JsonObject tree = GSON.toJsonTree(data).getAsJsonObject();
    data.unknownFields().entrySet().forEach(e -> {
      if (!tree.has(e.getKey())) {
        tree.add(e.getKey(), e.getValue().deepCopy());
      }
    });
    return (GSON.toJson(tree) + "\n").getBytes(UTF_8);
  }

  /** The problem of a save that is {@code size} bytes long, past {@link #MAX_BYTES}. */
  static SaveBackend.Raw tooLarge(long size) {
    return SaveBackend.Raw.bad("it is " + (size > MAX_BYTES ? "more than " + MAX_BYTES : size)
        + " bytes long, far too large to be a save");
  }

  /** Decodes what a backend read: its problem, if it could not read the bytes, is the problem. */
  static Decoded decode(SaveBackend.Raw raw, String profile) {
    return raw.bytes() == null ? Decoded.bad(raw.problem()) : decode(raw.bytes(), profile);
  }

  /**
   * Decodes the file of {@code profile}; never throws for bad content. Whatever a parser or a
   * number conversion throws on odd input is bad content too, never a reason not to start.
   */
  static Decoded decode(byte[] bytes, String profile) {
    try {
      return decodeOrThrow(bytes, profile);
    } catch (RuntimeException | StackOverflowError e) {
      return Decoded.bad("the content is not a save (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static Decoded decodeOrThrow(byte[] bytes, String profile) {
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
    return new Decoded(tidy(data).withUnknownFields(unknown(tree)), null, bytes);
  }

  private static JsonObject unknown(JsonElement tree) {
    JsonObject out = new JsonObject();
    tree.getAsJsonObject().entrySet().stream().filter(e -> !KNOWN.contains(e.getKey()))
        .forEach(e -> out.add(e.getKey(), e.getValue()));
    return out;
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

  /** A number as written, cut short: a junk file can hold one of thousands of digits. */
  private static String shown(JsonElement number) {
    String s = number.getAsString();
    return s.length() <= 20 ? s : s.substring(0, 20) + "…";
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
    BigDecimal version;
    try {
      version = v.getAsBigDecimal();
    } catch (NumberFormatException e) {
      // 1e20000: Gson refuses exponents that large, as it should
      return "field \"schemaVersion\" is " + shown(v) + ", which is not a format version";
    }
    if (version.stripTrailingZeros().scale() > 0) {
      return null; // 1.5: the typed pass says a whole number was expected
    }
    if (version.compareTo(BigDecimal.valueOf(SaveData.SCHEMA_VERSION)) > 0) {
      // As written, not toPlainString(): 1e9999 would be ten thousand digits.
      return SaveData.newerVersion(shown(v));
    }
    if (version.compareTo(BigDecimal.ONE) < 0) {
      return "field \"schemaVersion\" is " + version + ", but must be 1 or more";
    }
    return null;
  }
}
