package vanishingpoint.ui;

import java.util.ArrayList;
import java.util.List;
import vanishingpoint.text.Inline;
import vanishingpoint.text.Span;

/** Lesson text with inline markup, wrapped to a width without losing the styles. */
public final class RichText {

  /** One screen line: styled pieces, drawn left to right from an indent. */
  public record Line(int indent, List<Span> spans) {

    public static Line plain(int indent, String text, Span.Kind kind) {
      return new Line(indent, List.of(new Span(text, kind)));
    }

    public static Line blank() {
      return new Line(0, List.of());
    }
  }

  private RichText() {}

  /**
   * Wraps marked-up text to {@code width} columns: the first line starts at {@code indent}
   * (after {@code lead}, e.g. a bullet), the following ones at {@code hang}. Pieces of text
   * with no space between them ("*very*,") stay together on one line.
   */
  public static List<Line> wrap(String markup, boolean unicode, int width, int indent, String lead, int hang) {
    List<Line> out = new ArrayList<>();
    List<Span> cur = new ArrayList<>();
    if (!lead.isEmpty()) {
      cur.add(new Span(lead, Span.Kind.PLAIN));
    }
    int lineIndent = indent;
    int col = indent + lead.length();
    boolean empty = true;
    for (Word w : words(Inline.parse(markup, unicode))) {
      if (!empty && col + 1 + w.length() > width) {
        out.add(new Line(lineIndent, cur));
        cur = new ArrayList<>();
        lineIndent = hang;
        col = hang;
        empty = true;
      }
      if (!empty && w.spaceBefore()) {
        cur.add(new Span(" ", Span.Kind.PLAIN));
        col++;
      }
      cur.addAll(w.pieces());
      col += w.length();
      empty = false;
    }
    out.add(new Line(lineIndent, cur));
    return out;
  }

  /** A run of styled pieces with no space inside, and whether a space came before it. */
  private record Word(List<Span> pieces, boolean spaceBefore) {
    int length() {
      return pieces.stream().mapToInt(p -> p.text().length()).sum();
    }
  }

  private static List<Word> words(List<Span> spans) {
    List<Word> out = new ArrayList<>();
    List<Span> pieces = new ArrayList<>();
    boolean space = false;
    boolean spaceBeforeCurrent = false;
    for (Span sp : spans) {
      StringBuilder piece = new StringBuilder();
      for (char ch : sp.text().toCharArray()) {
        if (ch == ' ') {
          if (piece.length() > 0) {
            pieces.add(new Span(piece.toString(), sp.kind()));
            piece.setLength(0);
          }
          if (!pieces.isEmpty()) {
            out.add(new Word(pieces, spaceBeforeCurrent));
            pieces = new ArrayList<>();
          }
          space = true;
        } else {
          if (pieces.isEmpty() && piece.length() == 0) {
            spaceBeforeCurrent = space;
            space = false;
          }
          piece.append(ch);
        }
      }
      if (piece.length() > 0) {
        pieces.add(new Span(piece.toString(), sp.kind()));
      }
    }
    if (!pieces.isEmpty()) {
      out.add(new Word(pieces, spaceBeforeCurrent));
    }
    return out;
  }

  /** Draws a line at a row, clipped by the canvas. */
  public static void draw(Canvas c, int col, int row, Line line) {
    int x = col + line.indent();
    for (Span s : line.spans()) {
      x = c.text(x, row, s.text(), role(s.kind()));
    }
  }

  static Palette role(Span.Kind k) {
    switch (k) {
      case EMPHASIS: return Palette.EMPH;
      case TERM: return Palette.TERM;
      case CODE: return Palette.CODE;
      default: return Palette.NORMAL;
    }
  }
}
