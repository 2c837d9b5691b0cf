package vanishingpoint.ui;

import java.util.List;
import vanishingpoint.core.GameState;
import vanishingpoint.core.LessonProgress;
import vanishingpoint.lesson.Lesson;
import vanishingpoint.lesson.LessonEntry;

/** The lessons menu: each lesson with its state and a progress bar; broken files say why. */
final class LessonsView {

  private LessonsView() {}

  static void draw(Canvas c, GameState s) {
    Frame.draw(c, s, "Lessons");
    List<LessonEntry> all = s.content().lessons();
    int row = Frame.TOP + 1;
    if (all.isEmpty()) {
      c.text(3, row, "No lessons were found in " + s.content().dir() + ".", Palette.WARN);
      return;
    }
    int cursor = Math.min(s.top().cursor(), all.size() - 1);
    int barW = 10;
    int titleW = Math.max(20, c.width() - 3 - 4 - barW - 24);
    for (int i = 0; i < all.size() && row <= Frame.bottom(c) - 3; i++) {
      LessonEntry e = all.get(i);
      boolean sel = i == cursor;
      c.text(3, row, sel ? String.valueOf(c.glyphs().pointer()) : " ", Palette.ACCENT);
      if (!e.available()) {
        String name = e.lesson().map(l -> l.number() + "  " + LessonView.text(l.title(), c)).orElse(e.file());
        c.text(5, row, " " + HomeView.pad(cut(name, titleW), titleW) + " ", sel ? Palette.SELECTED : Palette.DIM);
        c.text(7 + titleW, row, "unavailable", Palette.WARN);
        row++;
        continue;
      }
      Lesson l = e.lesson().get();
      LessonProgress p = s.profile().lesson(l.id());
      int pages = l.pages().size();
      String title = l.number() + "  " + LessonView.text(l.title(), c);
      c.text(5, row, " " + HomeView.pad(cut(title, titleW), titleW) + " ", sel ? Palette.SELECTED : Palette.NORMAL);
      int filled = p.done() ? barW : (int) Math.round((double) p.seen() / Math.max(1, pages) * barW);
      c.text(7 + titleW, row, c.glyphs().bar(filled, barW), p.done() ? Palette.GOOD : Palette.ACCENT);
      c.text(8 + titleW + barW, row, status(p, pages), p.done() ? Palette.GOOD : Palette.DIM);
      row++;
    }
    row++;
    LessonEntry e = all.get(cursor);
    if (e.available()) {
      Lesson l = e.lesson().get();
      for (String line : Wrap.lines(LessonView.text(l.summary(), c), c.width() - 8)) {
        c.text(3, row++, line, Palette.NORMAL);
      }
      c.text(3, row, next(s, all), Palette.DIM);
    } else {
      for (var p : e.problems()) {
        for (String line : Wrap.lines(p.toString(), c.width() - 8)) {
          if (row <= Frame.bottom(c)) {
            c.text(3, row++, line, Palette.WARN);
          }
        }
      }
    }
  }

  static String status(LessonProgress p, int pages) {
    if (p.done()) {
      return "done";
    }
    if (p.seen() == 0 && p.page() == 0) {
      return "new";
    }
    return p.page() >= pages ? "at the checkpoint" : "page " + (p.page() + 1) + "/" + pages;
  }

  /** All lessons are open; this only suggests the first one not done yet, in order. */
  private static String next(GameState s, List<LessonEntry> all) {
    for (LessonEntry e : all) {
      if (e.available() && !s.profile().lesson(e.lesson().get().id()).done()) {
        return "Suggested next: lesson " + e.lesson().get().number() + ". All lessons are open.";
      }
    }
    return "All lessons done. Review them any time.";
  }

  private static String cut(String s, int w) {
    return s.length() <= w ? s : s.substring(0, Math.max(0, w - 1)) + ".";
  }
}
