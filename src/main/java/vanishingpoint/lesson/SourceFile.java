package vanishingpoint.lesson;

import vanishingpoint.text.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A content file's lines with their numbers, and the checks every content file shares: the
 * format line, ids, and a place to collect problems.
 */
public final class SourceFile {

  public static final int FORMAT = 1;
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  final String name;
  final String[] lines;
  final List<Problem> problems = new ArrayList<>();
  /** Claim lines (1-based number, text after the marker); the parsers see them as comments. */
  final List<Map.Entry<Integer, String>> claims = new ArrayList<>();

  public SourceFile(String name, String text) {
    this.name = name;
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    this.lines = lines(t);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.startsWith(Claim.PREFIX)) {
        claims.add(Map.entry(i + 1, l.substring(Claim.PREFIX.length()).strip()));
        lines[i] = "#" + lines[i];
      }
    }
  }

  /**
   * The text's lines, split at LF or CRLF as {@code split("\\r?\\n", -1)} would: by hand, because
   * that regular expression, run cold at start-up, was a quarter of the time to read the content.
   */
  static String[] lines(String t) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int nl = t.indexOf('\n'); nl >= 0; nl = t.indexOf('\n', from)) {
      out.add(t.substring(from, nl > from && t.charAt(nl - 1) == '\r' ? nl - 1 : nl));
      from = nl + 1;
    }
    out.add(t.substring(from));
    return out.toArray(new String[0]);
  }

  void problem(int line, String message) {
    problems.add(new Problem(name, line, message));
  }

  /** Line number (1-based) of the first line after the format line, or -1 when it is wrong. */
  int afterFormat() {
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      if (!l.startsWith("format:")) {
        problem(i + 1, "the first line must be 'format: " + FORMAT + "'");
        return -1;
      }
      String v = l.substring("format:".length()).strip();
      if (!v.equals(String.valueOf(FORMAT))) {
        problem(i + 1, v.matches("\\d+")
            ? "format " + v + " is not understood by this version of the game (it reads format " + FORMAT + ")"
            : "'format:' must be followed by a number, found '" + v + "'");
        return -1;
      }
      return i + 2;
    }
    problem(1, "the file is empty: it must start with 'format: " + FORMAT + "'");
    return -1;
  }

  boolean checkId(int line, String what, String id) {
    if (!ID.matcher(id).matches()) {
      problem(line, what + " '" + id + "' must be lower-case letters, digits and '-'");
      return false;
    }
    return true;
  }

  /** Checks inline markup, reporting problems at the line. */
  void checkMarkup(int line, String text) {
    Inline.parse(text, true, msg -> problem(line, msg));
  }

  static String key(String line) {
    int colon = line.indexOf(':');
    return colon < 0 ? null : line.substring(0, colon).strip();
  }

  static String value(String line) {
    return line.substring(line.indexOf(':') + 1).strip();
  }
}
