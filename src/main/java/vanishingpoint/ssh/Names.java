package vanishingpoint.ssh;

import vanishingpoint.host.Logs;

/** Makes untrusted text (a user name as the client sent it) safe for one line of the log. */
final class Names {

  private Names() {}

  /** Quoted, escaped as {@link Logs#escape} does (and the quote too), cut at 64 characters. */
  static String printable(String s) {
    if (s == null) {
      return "(none)";
    }
    String cut = s.length() > 64 ? s.substring(0, 64) : s;
    return "'" + Logs.escape(cut).replace("'", "\\u0027") + (s.length() > 64 ? "'..." : "'");
  }
}
