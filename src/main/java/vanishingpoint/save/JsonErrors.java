package vanishingpoint.save;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Gson failure into plain words: which line, which field, what was expected, what was
 * found. Gson's own messages are written for programmers and some carry no location at all (a
 * string where an int belongs fails inside {@code Double.parseDouble}), so the field and the
 * value come from the reader, which stops exactly where it failed.
 */
final class JsonErrors {
  private static final Pattern LINE = Pattern.compile(" at line (\\d+) column \\d+");
  private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

  private JsonErrors() {}

  /** Describes {@code failure}, thrown while {@code reader} was reading. */
  static String describe(Throwable failure, JsonReader reader) {
    String where = where(reader);
    String field = field(reader.getPath());
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    // Gson says "Unterminated string/object/array" when the text stops inside one: a cut file.
    boolean unterminated = root instanceof MalformedJsonException && String.valueOf(root.getMessage()).startsWith("Unterminated");
    if (root instanceof EOFException || unterminated) {
      return where + "the file ends too early, as if it was cut off";
    }
    if (root instanceof MalformedJsonException) {
      return where + "the text is not valid JSON";
    }
    if (root instanceof IllegalStateException || root instanceof NumberFormatException) {
      boolean numberText = root instanceof NumberFormatException
          && String.valueOf(root.getMessage()).startsWith("Expected an int but was");
      return where + "expected " + expected(field)
          + (field == null ? " for the whole file" : " for field \"" + field + "\"")
          + " but found " + found(reader, numberText);
    }
    String message = String.valueOf(failure.getMessage());
    if (message.startsWith("duplicate key: ")) {
      return where + "field \"" + field + "\" has the key "
          + Quoted.of(message.substring("duplicate key: ".length())) + " more than once";
    }
    if (message.startsWith("null is not allowed")) {
      return where + "field \"" + field + "\" is null, but must be " + expected(field);
    }
    return where + (field == null ? "the content is not a save" : "field \"" + field + "\" has a value that does not fit");
  }

  /** {@code "line 3: "}, or nothing when the reader does not say. */
  static String where(JsonReader reader) {
    // JsonReader has no public line number; its toString() is the only place that shows it.
    Matcher m = LINE.matcher(reader.toString());
    return m.find() ? "line " + m.group(1) + ": " : "";
  }

  /** {@code $.place[0].cursor} becomes {@code place[0].cursor}; the root becomes null. */
  static String field(String jsonPath) {
    String f = jsonPath.startsWith("$") ? jsonPath.substring(1) : jsonPath;
    if (f.startsWith(".")) {
      f = f.substring(1);
    }
    if (f.endsWith(".")) {
      f = f.substring(0, f.length() - 1);
    }
    return f.isEmpty() ? null : f;
  }

  private static String expected(String field) {
    if (field == null) {
      return "an object";
    }
    return switch (INDEX.matcher(field).replaceAll("[]")) {
      case "schemaVersion", "place[].cursor" -> "a whole number";
      case "place", "visited", "daysPlayed" -> "a list";
      case "place[]", "settings" -> "an object";
      default -> "text";
    };
  }

  private static String found(JsonReader reader, boolean numberText) {
    try {
      JsonToken token = reader.peek();
      return switch (token) {
        case STRING -> numberText ? reader.nextString() : Quoted.of(reader.nextString());
        case NUMBER -> reader.nextString();
        case BOOLEAN -> String.valueOf(reader.nextBoolean());
        case NULL -> "null";
        case BEGIN_ARRAY -> "a list";
        case BEGIN_OBJECT -> "an object";
        case END_DOCUMENT -> "the end of the file";
        default -> "something else";
      };
    } catch (IOException | RuntimeException e) {
      return "something else";
    }
  }
}
