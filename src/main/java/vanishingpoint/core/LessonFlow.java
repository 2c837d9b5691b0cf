package vanishingpoint.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vanishingpoint.lesson.Block;
import vanishingpoint.lesson.Lesson;
import vanishingpoint.lesson.LessonEntry;
import vanishingpoint.lesson.Page;
import vanishingpoint.train.Knob;

/**
 * The lessons menu and the lesson reader. A lesson's pages are 0..P-1; page P is its end: the
 * checkpoint questions, then the lesson's summary.
 */
public final class LessonFlow {

  static final List<String> ACTIVATIONS = Knob.ACTIVATION.choices();
  /** The deepest network the multiply widget goes to. */
  static final int MAX_DEPTH = 40;
  /** The probe's inits (those without a number), in the order its key steps through them. */
  static final List<String> INITS = Knob.INIT.pick("small", "xavier", "he", "large", "xavier-normal", "orthogonal",
      "zeros");

  private LessonFlow() {}

  static GameState list(GameState s, Input in) {
    List<LessonEntry> all = s.content().lessons();
    return Navigation.numbered(s, in, all.size(), i -> all.get(i).lesson().map(Lesson::number).orElse(-1), (at, cur) -> {
      if (!all.get(cur).available()) {
        return at;
      }
      Lesson l = all.get(cur).lesson().get();
      int page = Math.min(at.profile().lesson(l.id()).page(), l.pages().size());
      return entered(Navigation.push(at, new Place(Screen.LESSON, page, l.id())));
    });
  }

  /** The lesson after {@code l} in the list that can be read, if any: what a finished lesson's end offers. */
  public static Optional<Lesson> next(GameState s, Lesson l) {
    List<LessonEntry> all = s.content().lessons();
    boolean after = false;
    for (LessonEntry e : all) {
      if (after && e.available()) {
        return e.lesson();
      }
      after |= e.lesson().map(x -> x.id().equals(l.id())).orElse(false);
    }
    return Optional.empty();
  }

  /** Sets up the reader for the page the stack points at (after opening, or after Continue). */
  static GameState entered(GameState s) {
    Optional<Lesson> l = lesson(s);
    if (s.screen() != Screen.LESSON || l.isEmpty()) {
      return s.screen() == Screen.LESSON ? Navigation.back(s) : s;
    }
    return goPage(s, l.get(), Math.min(s.top().cursor(), l.get().pages().size()));
  }

  static GameState read(GameState s, Input in) {
    Optional<Lesson> found = lesson(s);
    if (found.isEmpty()) {
      return Navigation.back(s);
    }
    Lesson l = found.get();
    int last = l.pages().size();
    int page = Math.min(s.top().cursor(), last);
    Reader r = s.reader();
    if (r.toc()) {
      return toc(s, l, in);
    }
    if (in.kind() == Input.Kind.BACK) {
      return Navigation.back(s);
    }
    if (in.isChar('t')) {
      return s.withReader(r.withToc(true, page));
    }
    if (in.kind() == Input.Kind.LEFT || in.isChar('h') || in.kind() == Input.Kind.PAGE_UP) {
      return page > 0 ? goPage(s, l, page - 1) : s;
    }
    if (page == last) {
      Optional<Lesson> next = next(s, l);
      if (s.profile().lesson(l.id()).done() && next.isPresent()
          && (in.kind() == Input.Kind.ENTER || in.kind() == Input.Kind.RIGHT)) {
        // a finished lesson's end goes on to the next lesson; r takes the checkpoint again
        GameState up = Navigation.back(s);
        int at = Math.min(s.profile().lesson(next.get().id()).page(), next.get().pages().size());
        return entered(Navigation.push(up, new Place(Screen.LESSON, at, next.get().id())));
      }
      boolean go = in.kind() == Input.Kind.ENTER || in.isChar('r') || in.kind() == Input.Kind.RIGHT;
      return go ? QuizFlow.start(s, "checkpoint:" + l.id()) : s;
    }
    if (in.kind() == Input.Kind.RIGHT || in.isChar('l') || in.isChar(' ') || in.kind() == Input.Kind.PAGE_DOWN
        || in.kind() == Input.Kind.ENTER) {
      return goPage(s, l, page + 1);
    }
    if (in.kind() == Input.Kind.HOME) {
      return goPage(s, l, 0);
    }
    if (in.kind() == Input.Kind.END) {
      return goPage(s, l, last);
    }
    if (in.kind() == Input.Kind.UP || in.isChar('k')) {
      return s.withReader(r.withScroll(r.scroll() - 1));
    }
    if (in.kind() == Input.Kind.DOWN || in.isChar('j')) {
      return s.withReader(r.withScroll(r.scroll() + 1));
    }
    return widget(s, l.pages().get(page), in);
  }

  private static GameState toc(GameState s, Lesson l, Input in) {
    Reader r = s.reader();
    int n = l.pages().size() + 1;
    if (in.kind() == Input.Kind.UP || in.isChar('k')) {
      return s.withReader(r.withToc(true, (r.tocCursor() + n - 1) % n));
    }
    if (in.kind() == Input.Kind.DOWN || in.isChar('j')) {
      return s.withReader(r.withToc(true, (r.tocCursor() + 1) % n));
    }
    if (in.kind() == Input.Kind.ENTER || in.isChar(' ')) {
      return goPage(s, l, r.tocCursor());
    }
    if (in.kind() == Input.Kind.BACK || in.isChar('t')) {
      return s.withReader(r.withToc(false, 0));
    }
    return s;
  }

  private static GameState widget(GameState s, Page page, Input in) {
    Reader r = s.reader();
    Optional<Block> w = page.widget();
    if (w.isPresent() && w.get() instanceof Block.Multiply) {
      int fi = nearest(r.factor());
      if (in.isChar('+') || in.isChar('=')) {
        return s.withReader(r.withMultiply(r.factor(), Math.min(MAX_DEPTH, r.depth() + 1)));
      }
      if (in.isChar('-') || in.isChar('_')) {
        return s.withReader(r.withMultiply(r.factor(), Math.max(1, r.depth() - 1)));
      }
      if (in.isChar('f') || in.isChar(']')) {
        return s.withReader(r.withMultiply(Reader.FACTORS.get(Math.min(Reader.FACTORS.size() - 1, fi + 1)), r.depth()));
      }
      if (in.isChar('F') || in.isChar('[')) {
        return s.withReader(r.withMultiply(Reader.FACTORS.get(Math.max(0, fi - 1)), r.depth()));
      }
    } else if (w.isPresent() && w.get() instanceof Block.Probe) {
      Reader.ProbeState p = r.probe();
      if (in.isChar('a')) {
        return s.withReader(r.withProbe(p.with(next(ACTIVATIONS, p.activation()), p.init())));
      }
      if (in.isChar('i')) {
        return s.withReader(r.withProbe(p.with(p.activation(), next(INITS, p.init()))));
      }
      if (in.isChar('r')) {
        return s.withReader(r.withProbe(p.asked()));
      }
    }
    return s;
  }

  /** The probe's result arrives: draw it. Ignored if the player has moved on to other settings. */
  static GameState probeDone(GameState s, Reader.ProbeState ran, double[] norms,
      vanishingpoint.train.Spectrum.Gains gains) {
    Reader.ProbeState p = s.reader().probe();
    if (!p.requested() || !p.activation().equals(ran.activation()) || !p.init().equals(ran.init())) {
      return s;
    }
    // Scroll as far as the page goes, so the chart that just appeared is in view: the page's
    // length with the chart is known once it is drawn, and comes back as Msg.PageMeasured.
    return s.withReader(s.reader().withProbe(p.done(norms, gains)).withScroll(Reader.END));
  }

  /**
   * The page was drawn and can scroll {@code maxScroll} lines at this size: a scroll past that
   * (a key that went on scrolling, or {@link Reader#END}) comes back to the page's end.
   */
  static GameState measured(GameState s, int maxScroll) {
    return s.reader().scroll() > maxScroll ? s.withReader(s.reader().withScroll(maxScroll)) : s;
  }

  static GameState goPage(GameState s, Lesson l, int page) {
    int p = Math.max(0, Math.min(page, l.pages().size()));
    GameState moved = Navigation.moveTo(s, p);
    LessonProgress progress = s.profile().lesson(l.id()).at(p);
    if (p == l.pages().size() && l.checkpoint().isEmpty()) {
      progress = progress.finished();
    }
    moved = moved.withProfile(moved.profile().withLesson(l.id(), progress));
    return moved.withReader(readerFor(l, p));
  }

  /** The reader as a page starts: its widgets at the values the lesson gives them. */
  static Reader readerFor(Lesson l, int page) {
    Reader r = Reader.START;
    if (page >= l.pages().size()) {
      return r;
    }
    for (Block b : l.pages().get(page).blocks()) {
      if (b instanceof Block.Multiply m) {
        r = r.withMultiply(m.factor(), m.depth());
      } else if (b instanceof Block.Probe p) {
        r = r.withProbe(new Reader.ProbeState(p.activation(), p.init(), p.depth(), p.width(), null, false,
            p.spectrum(), null));
      }
    }
    return r;
  }

  static Optional<Lesson> lesson(GameState s) {
    return s.top().item() == null ? Optional.empty() : s.content().lesson(s.top().item())
        .filter(l -> s.content().entry(l.id()).map(LessonEntry::available).orElse(false));
  }

  private static int nearest(double f) {
    int best = 0;
    for (int i = 1; i < Reader.FACTORS.size(); i++) {
      if (Math.abs(Reader.FACTORS.get(i) - f) < Math.abs(Reader.FACTORS.get(best) - f)) {
        best = i;
      }
    }
    return best;
  }

  private static String next(List<String> options, String cur) {
    int i = options.indexOf(cur);
    return options.get((i + 1) % options.size());
  }
}
