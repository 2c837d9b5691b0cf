package vanishingpoint.ui;

import java.util.ArrayList;
import java.util.List;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Reader;
import vanishingpoint.lesson.Block;
import vanishingpoint.lesson.Lesson;
import vanishingpoint.lesson.Page;
import vanishingpoint.text.Span;

/** The lesson reader: one page at a time, re-wrapped to the terminal, scrollable when long. */
final class LessonView {

  /** Something that fills one screen row of a page. */
  interface Row {
    void draw(Canvas c, int col, int row);
  }

  static final int LEFT = 3;
  private static final int MAX_TEXT = 96;

  private LessonView() {}

  /** Draws the page; returns the largest useful scroll position at this size. */
  static int draw(Canvas c, GameState s, Lesson l) {
    int last = l.pages().size();
    int page = Math.min(s.top().cursor(), last);
    Frame.draw(c, s, "Lesson " + l.number() + ": " + text(l.title(), c));
    String title = page < last ? l.pages().get(page).title() : "Checkpoint";
    c.text(LEFT, Frame.TOP, text(title, c), Palette.TITLE);
    String where = page < last ? "page " + (page + 1) + " of " + last : "end of lesson";
    c.text(c.width() - where.length() - 1, Frame.TOP, where, Palette.DIM);
    int width = Math.min(MAX_TEXT, c.width() - 2 * LEFT);
    List<Row> rows = page < last ? pageRows(l.pages().get(page), s.reader(), width, c.style().unicode())
        : endRows(s, l, width, c);
    int top = Frame.TOP + 2;
    int visible = Frame.bottom(c) - top + 1;
    int maxScroll = Math.max(0, rows.size() - visible);
    int scroll = Math.min(s.reader().scroll(), maxScroll);
    for (int i = 0; i < visible && scroll + i < rows.size(); i++) {
      rows.get(scroll + i).draw(c, LEFT, top + i);
    }
    Scroll.marks(c, scroll > 0, scroll < maxScroll, "k", "j");
    progress(c, page, last);
    if (s.reader().toc()) {
      toc(c, l, s.reader());
    }
    return maxScroll;
  }

  static List<Row> pageRows(Page p, Reader r, int width, boolean unicode) {
    List<Row> rows = new ArrayList<>();
    List<Block> blocks = p.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b instanceof Block.Paragraph para) {
        lines(rows, RichText.wrap(para.text(), unicode, width, 0, "", 0));
      } else if (b instanceof Block.Bullet bullet) {
        String lead = unicode ? "• " : "* ";
        lines(rows, RichText.wrap(bullet.text(), unicode, width, 1, lead, 3));
      } else if (b instanceof Block.Formula f) {
        // Never re-wrapped, spacing kept: authors align formulas by hand.
        List<Span> spans = new ArrayList<>();
        vanishingpoint.text.Inline.parse(f.text(), unicode)
            .forEach(sp -> spans.add(sp.kind() == Span.Kind.PLAIN ? new Span(sp.text(), Span.Kind.CODE) : sp));
        RichText.Line line = new RichText.Line(4, spans);
        if (4 + plain(line).length() <= width) {
          rows.add((c, col, row) -> RichText.draw(c, col, row, line));
        } else {
          // Too wide (ASCII spells out symbols): the formulas set side by side go one under the
          // other, and only what is still too wide is wrapped.
          for (String part : plain(line).strip().split(" {3,}")) {
            for (String l : Wrap.lines(part, width - 4)) {
              rows.add((c, col, row) -> c.text(col + 4, row, l, Palette.CODE));
            }
          }
        }
      } else if (b instanceof Block.Multiply) {
        rows.addAll(Widgets.multiply(r, unicode));
      } else if (b instanceof Block.Probe) {
        rows.addAll(r.probe().spectrum() ? Widgets.spectrum(r.probe(), unicode, width)
            : Widgets.probe(r.probe(), unicode, width));
      }
      boolean run = i + 1 < blocks.size() && (b instanceof Block.Bullet || b instanceof Block.Formula)
          && blocks.get(i + 1).getClass() == b.getClass();
      if (!run && i + 1 < blocks.size()) {
        rows.add((c, col, row) -> { });
      }
    }
    return rows;
  }

  /** The lesson's end: its checkpoint to take, or the news that the lesson is done. */
  private static List<Row> endRows(GameState s, Lesson l, int width, Canvas c) {
    List<Row> rows = new ArrayList<>();
    boolean done = s.profile().lesson(l.id()).done();
    String head = done ? "This lesson is done." : l.checkpoint().isEmpty() ? "You have reached the end of this lesson."
        : "Checkpoint: " + l.checkpoint().size() + " questions on what this lesson taught.";
    rows.add((cv, col, row) -> cv.text(col, row, head, done ? Palette.GOOD : Palette.ACCENT));
    rows.add((cv, col, row) -> { });
    String body = l.checkpoint().isEmpty() ? "Esc goes back to the lessons."
        : (done ? "Press r to take the checkpoint again" : "Press Enter to start the checkpoint")
            + ". Each question you answer becomes a card in your review deck, scheduled for the day you are about"
            + " to forget it. Finishing the checkpoint marks the lesson done.";
    lines(rows, RichText.wrap(body, c.style().unicode(), width, 0, "", 0));
    java.util.Optional<Lesson> next = vanishingpoint.core.LessonFlow.next(s, l);
    if (done && next.isPresent()) {
      String go = "Enter: next lesson, " + next.get().number() + " " + text(next.get().title(), c)
          + (l.checkpoint().isEmpty() ? "" : "   r: the checkpoint again");
      rows.add((cv, col, row) -> { });
      rows.add((cv, col, row) -> cv.text(col, row, go, Palette.KEY));
    }
    return rows;
  }

  static void lines(List<Row> rows, List<RichText.Line> lines) {
    for (RichText.Line line : lines) {
      rows.add((c, col, row) -> RichText.draw(c, col, row, line));
    }
  }

  private static void progress(Canvas c, int page, int last) {
    int w = 12;
    int filled = last == 0 ? w : (int) Math.round((double) page / last * w);
    String label = " " + Math.min(100, Math.round(100.0 * page / Math.max(1, last))) + "%";
    int col = c.width() - w - label.length() - 1;
    c.text(col, c.height() - 1, c.glyphs().bar(filled, w), Palette.ACCENT);
    c.text(col + w, c.height() - 1, label, Palette.DIM);
  }

  private static void toc(Canvas c, Lesson l, Reader r) {
    int n = l.pages().size() + 1;
    int w = Math.min(c.width() - 8, 60);
    int h = Math.min(c.height() - 2, n + 4);
    int col = (c.width() - w) / 2;
    int row = Math.max(1, (c.height() - h) / 2);
    c.box(col, row, w, h, Palette.ACCENT);
    c.label(col + 2, row, " Contents ", Palette.TITLE);
    int first = Math.max(0, Math.min(r.tocCursor() - (h - 5), n - (h - 4)));
    for (int i = 0; i < h - 4 && first + i < n; i++) {
      int idx = first + i;
      String name = idx < l.pages().size() ? (idx + 1) + ". " + text(l.pages().get(idx).title(), c) : "Checkpoint";
      c.text(col + 2, row + 2 + i, " " + HomeView.pad(name, w - 6) + " ", idx == r.tocCursor() ? Palette.SELECTED : Palette.NORMAL);
    }
    c.label(col + 2, row + h - 1, " Enter: go   t/Esc: close ", Palette.DIM);
  }

  static String plain(RichText.Line line) {
    StringBuilder b = new StringBuilder(" ".repeat(line.indent()));
    line.spans().forEach(sp -> b.append(sp.text()));
    return b.toString();
  }

  /** Marked-up text as plain text for this terminal (titles are drawn in one colour). */
  static String text(String markup, Canvas c) {
    StringBuilder b = new StringBuilder();
    vanishingpoint.text.Inline.parse(markup, c.style().unicode()).forEach(sp -> b.append(sp.text()));
    return b.toString();
  }
}
