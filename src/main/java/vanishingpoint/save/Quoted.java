package vanishingpoint.save;

/** Puts text a player or a file supplied into a message without letting it break the message. */
final class Quoted {
  /** Enough to recognise a value; a junk file can hold megabytes in one string. */
  private static final int LIMIT = 40;

  private Quoted() {}

  /** {@code s} in double quotes, shortened, with control and invisible characters escaped. */
  static String of(String s) {
    StringBuilder b = new StringBuilder(LIMIT + 8).append('"');
    int shown = Math.min(s.length(), LIMIT);
    for (int i = 0; i < shown; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
          || c == '\u2028' || c == '\u2029') {
        // Direction overrides and the like could make the message lie about the name.
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (s.length() > LIMIT) {
      b.append('…');
    }
    return b.append('"').toString();
  }
}
