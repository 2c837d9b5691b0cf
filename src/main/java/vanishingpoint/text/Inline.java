package vanishingpoint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Inline markup: {@code *emphasis*}, {@code [[term]]}, {@code `code`} and
 * {@code {{unicode|ascii}}}. One parser serves both the checker (which wants the problems) and
 * the screens (which want the spans), so they can never disagree about a text.
 */
public final class Inline {

  private Inline() {}

  /** Spans of the text for a terminal that is (or is not) UTF-8; reports problems to the sink. */
  public static List<Span> parse(String text, boolean unicode, Consumer<String> problems) {
    List<Span> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    Span.Kind kind = Span.Kind.PLAIN;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (text.startsWith("{{", i)) {
        int end = text.indexOf("}}", i + 2);
        int bar = end < 0 ? -1 : text.indexOf('|', i + 2);
        if (end < 0 || bar < 0 || bar > end) {
          problems.accept("'{{' needs the form {{unicode|ascii}}, closed by '}}'");
          cur.append(text.substring(i));
          break;
        }
        String ascii = text.substring(bar + 1, end);
        if (!ascii.chars().allMatch(ch -> ch < 128)) {
          problems.accept("the ASCII side of {{" + text.substring(i + 2, end) + "}} is not ASCII");
        }
        cur.append(unicode ? text.substring(i + 2, bar) : ascii);
        i = end + 2;
        continue;
      }
      Span.Kind toggled = null;
      int width = 1;
      if (c == '*' && kind != Span.Kind.CODE && kind != Span.Kind.TERM) {
        toggled = Span.Kind.EMPHASIS;
      } else if (c == '`' && kind != Span.Kind.TERM && kind != Span.Kind.EMPHASIS) {
        toggled = Span.Kind.CODE;
      } else if (text.startsWith("[[", i) && kind == Span.Kind.PLAIN) {
        toggled = Span.Kind.TERM;
        width = 2;
      } else if (text.startsWith("]]", i) && kind == Span.Kind.TERM) {
        toggled = Span.Kind.TERM;
        width = 2;
      } else if (text.startsWith("]]", i)) {
        problems.accept("']]' without a '[[' before it");
      }
      if (toggled != null) {
        flush(out, cur, kind);
        kind = kind == toggled ? Span.Kind.PLAIN : toggled;
        i += width;
        continue;
      }
      if (!Ascii.known(c)) {
        problems.accept("character '" + c + "' (U+" + String.format("%04X", (int) c)
            + ") has no ASCII form: write it as {{" + c + "|...}}");
      }
      if (!unicode && Ascii.superscript(c) != 0) {
        int end = i;
        while (end < text.length() && Ascii.superscript(text.charAt(end)) != 0) {
          end++;
        }
        cur.append(Ascii.of(text.substring(i, end)));
        i = end;
        continue;
      }
      if (unicode || c < 128) {
        cur.append(c);
      } else {
        cur.append(Ascii.of(String.valueOf(c)));
      }
      i++;
    }
    flush(out, cur, kind);
    if (kind != Span.Kind.PLAIN) {
      problems.accept("unclosed " + describe(kind));
    }
    return out;
  }

  public static List<Span> parse(String text, boolean unicode) {
    return parse(text, unicode, p -> { });
  }

  /** The text without markup, for searching and grading. */
  public static String plain(String text) {
    StringBuilder b = new StringBuilder();
    parse(text, true).forEach(s -> b.append(s.text()));
    return b.toString();
  }

  private static void flush(List<Span> out, StringBuilder cur, Span.Kind kind) {
    if (cur.length() > 0) {
      out.add(new Span(cur.toString(), kind));
      cur.setLength(0);
    }
  }

  private static String describe(Span.Kind k) {
    switch (k) {
      case EMPHASIS: return "'*' (emphasis)";
      case TERM: return "'[[' (key term)";
      case CODE: return "'`' (code)";
      default: return "markup";
    }
  }
}
