package vanishingpoint.ui;

import java.util.Map;

/**
 * How much the player's terminal can show: colour depth and whether it takes Unicode.
 * Decided once per session from the environment (or, over SSH, from the client's TERM).
 */
public record Style(Colors colors, boolean unicode) {

  public enum Colors { NONE, ANSI16, ANSI256 }

  public static Style plain() {
    return new Style(Colors.NONE, false);
  }

  /**
   * NO_COLOR (any value, see no-color.org) wins; then 256 colours for TERMs that advertise them
   * or when COLORTERM says truecolor; 16 for any other TERM but "dumb".
   * Unicode when the locale (LC_ALL, then LC_CTYPE, then LANG, the POSIX order) names UTF-8.
   */
  public static Style detect(Map<String, String> env) {
    return new Style(colorsFor(env), isUtf8Locale(env));
  }

  static Colors colorsFor(Map<String, String> env) {
    if (env.containsKey("NO_COLOR")) {
      return Colors.NONE;
    }
    String term = env.getOrDefault("TERM", "");
    String colorterm = env.getOrDefault("COLORTERM", "");
    if (term.isEmpty() || term.equals("dumb")) {
      return Colors.NONE;
    }
    if (term.contains("256color") || colorterm.equals("truecolor") || colorterm.equals("24bit")) {
      return Colors.ANSI256;
    }
    return Colors.ANSI16;
  }

  public static boolean isUtf8Locale(Map<String, String> env) {
    for (String key : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String v = env.get(key);
      if (v != null && !v.isEmpty()) {
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("utf-8") || lower.contains("utf8");
      }
    }
    return false;
  }

  public Glyphs glyphs() {
    return unicode ? Glyphs.UNICODE : Glyphs.ASCII;
  }
}
