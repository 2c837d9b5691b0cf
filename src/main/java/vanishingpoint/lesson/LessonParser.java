package vanishingpoint.lesson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one {@code .lesson} file (format in {@code lessons/README.md}); collects every problem. */
public final class LessonParser {

  private static final Set<String> HEADER_KEYS = Set.of("id", "number", "title", "summary", "checkpoint");
  private static final Set<String> REQUIRED = Set.of("id", "number", "title", "summary");
  static final Set<String> ACTIVATIONS = Set.of("sigmoid", "tanh", "relu", "leaky-relu", "linear");

  private final SourceFile src;
  private final Map<String, String> header = new LinkedHashMap<>();
  private final Map<String, Integer> headerLine = new HashMap<>();
  private final List<Page> pages = new ArrayList<>();
  private final Set<String> pageIds = new HashSet<>();

  private String pageId;
  private String pageTitle;
  private int pageLine;
  private List<Block> blocks;
  private StringBuilder para;
  private boolean bullet;
  private int paraLine;

  private LessonParser(SourceFile src) {
    this.src = src;
  }

  /** The lesson, or empty when it has no valid id; problems are added to the file's list. */
  public static Optional<Lesson> parse(SourceFile src) {
    return new LessonParser(src).run();
  }

  private Optional<Lesson> run() {
    int start = src.afterFormat();
    if (start < 0) {
      return Optional.empty();
    }
    for (int n = start; n <= src.lines.length; n++) {
      line(n, src.lines[n - 1]);
    }
    endPage();
    for (String k : REQUIRED) {
      if (!header.containsKey(k)) {
        src.problem(start - 1, "the lesson has no '" + k + ":' line (required)");
      }
    }
    if (pages.isEmpty()) {
      src.problem(src.lines.length, "the lesson has no pages: start one with 'page ID: Title'");
    }
    int number = 0;
    if (header.containsKey("number")) {
      try {
        number = Integer.parseInt(header.get("number"));
        if (number < 1) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        src.problem(headerLine.get("number"), "'number:' must be a whole number from 1, found '" + header.get("number") + "'");
      }
    }
    if (header.containsKey("id")) {
      src.checkId(headerLine.get("id"), "lesson id", header.get("id"));
    }
    List<String> checkpoint = new ArrayList<>();
    if (header.containsKey("checkpoint")) {
      for (String q : header.get("checkpoint").split(",")) {
        if (src.checkId(headerLine.get("checkpoint"), "question id", q.strip())) {
          checkpoint.add(q.strip());
        }
      }
    }
    // A lesson with problems is still returned when it has an id: it is shown as unavailable,
    // and questions that point at its pages are not reported as pointing nowhere.
    if (!header.containsKey("id") || !SourceFile.ID.matcher(header.get("id")).matches()) {
      return Optional.empty();
    }
    return Optional.of(new Lesson(header.get("id"), number, header.get("title"), header.get("summary"),
        checkpoint, pages, src.name, headerLine.getOrDefault("checkpoint", 0)));
  }

  private void line(int n, String raw) {
    String l = raw.stripTrailing();
    if (l.startsWith("#")) {
      return;
    }
    if (l.startsWith("page ") || l.equals("page")) {
      endPage();
      startPage(n, l.substring(4).strip());
      return;
    }
    if (blocks == null) {
      headerLine(n, l);
      return;
    }
    if (l.isBlank()) {
      endPara();
    } else if (l.startsWith("- ")) {
      endPara();
      para = new StringBuilder(l.substring(2).strip());
      bullet = true;
      paraLine = n;
    } else if (bullet && para != null && l.startsWith("  ")) {
      para.append(' ').append(l.strip());
    } else if (l.startsWith("= ")) {
      endPara();
      src.checkMarkup(n, l.substring(2).strip());
      blocks.add(new Block.Formula(l.substring(2).strip()));
    } else if (l.startsWith("@")) {
      endPara();
      widget(n, l.substring(1).strip());
    } else {
      if (para == null || bullet) {
        endPara();
        para = new StringBuilder();
        paraLine = n;
      } else {
        para.append(' ');
      }
      para.append(l.strip());
    }
  }

  private void headerLine(int n, String l) {
    if (l.isBlank()) {
      return;
    }
    String k = SourceFile.key(l);
    if (k == null) {
      src.problem(n, "expected 'key: value' in the lesson's header (or 'page ID: Title'), found '" + l.strip() + "'");
    } else if (!HEADER_KEYS.contains(k)) {
      src.problem(n, "unknown field '" + k + "' (the header has " + String.join(", ", new java.util.TreeSet<>(HEADER_KEYS)) + ")");
    } else if (header.containsKey(k)) {
      src.problem(n, "'" + k + ":' appears twice (first on line " + headerLine.get(k) + ")");
    } else if (SourceFile.value(l).isEmpty()) {
      src.problem(n, "'" + k + ":' is empty");
    } else {
      header.put(k, SourceFile.value(l));
      headerLine.put(k, n);
      if (k.equals("title") || k.equals("summary")) {
        src.checkMarkup(n, SourceFile.value(l));
      }
    }
  }

  private void startPage(int n, String rest) {
    int colon = rest.indexOf(':');
    blocks = new ArrayList<>();
    pageLine = n;
    if (colon < 0) {
      src.problem(n, "a page starts with 'page ID: Title', found 'page " + rest + "'");
      pageId = "?";
      pageTitle = rest;
      return;
    }
    pageId = rest.substring(0, colon).strip();
    pageTitle = rest.substring(colon + 1).strip();
    if (src.checkId(n, "page id", pageId) && !pageIds.add(pageId)) {
      src.problem(n, "page id '" + pageId + "' is used twice in this lesson");
    }
    if (pageTitle.isEmpty()) {
      src.problem(n, "page '" + pageId + "' has no title");
    }
  }

  private void endPara() {
    if (para != null) {
      String text = para.toString();
      src.checkMarkup(paraLine, text);
      blocks.add(bullet ? new Block.Bullet(text) : new Block.Paragraph(text));
    }
    para = null;
    bullet = false;
  }

  private void endPage() {
    if (blocks == null) {
      return;
    }
    endPara();
    if (blocks.isEmpty()) {
      src.problem(pageLine, "page '" + pageId + "' is empty");
    }
    if (blocks.stream().filter(b -> b instanceof Block.Multiply || b instanceof Block.Probe).count() > 1) {
      src.problem(pageLine, "page '" + pageId + "' has more than one widget; keys can only drive one per page");
    }
    pages.add(new Page(pageId, pageTitle, blocks, pageLine));
  }

  private void widget(int n, String spec) {
    String[] parts = spec.split("\\s+");
    Map<String, String> args = new LinkedHashMap<>();
    for (String p : Arrays.copyOfRange(parts, 1, parts.length)) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        src.problem(n, "widget option '" + p + "' must be NAME=VALUE");
        return;
      }
      args.put(p.substring(0, eq), p.substring(eq + 1));
    }
    WidgetArgs a = new WidgetArgs(src, n, parts[0], args);
    if (parts[0].equals("multiply")) {
      a.allow("factor", "depth");
      double factor = a.number("factor", 0.25, 0.01, 4);
      int depth = (int) a.number("depth", 10, 1, 50);
      if (a.ok()) {
        blocks.add(new Block.Multiply(factor, depth));
      }
    } else if (parts[0].equals("probe") || parts[0].equals("spectrum")) {
      a.allow("activation", "init", "depth", "width");
      String act = a.choice("activation", "sigmoid", ACTIVATIONS);
      String init = a.init("init", "xavier");
      int depth = (int) a.number("depth", 20, 1, 50);
      int width = (int) a.number("width", 32, 2, 256);
      if (a.ok()) {
        blocks.add(new Block.Probe(act, init, depth, width, parts[0].equals("spectrum")));
      }
    } else {
      src.problem(n, "unknown widget '@" + parts[0] + "' (known: @multiply, @probe, @spectrum)");
    }
  }
}
