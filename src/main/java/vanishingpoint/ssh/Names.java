package vanishingpoint.ssh;

/** Makes untrusted text (a user name as the client sent it) safe for one line of the log. */
final class Names {

  private Names() {}

  /** Quoted, control characters escaped, cut at 64 characters. */
  static String printable(String s) {
    if (s == null) {
      return "(none)";
    }
    StringBuilder b = new StringBuilder("'");
    for (int i = 0; i < s.length() && i < 64; i++) {
      char c = s.charAt(i);
      b.append(c < 0x20 || c == 0x7f || c == '\'' || c == '\\' ? String.format("\\u%04x", (int) c) : c);
    }
    return b.append(s.length() > 64 ? "'..." : "'").toString();
  }
}
