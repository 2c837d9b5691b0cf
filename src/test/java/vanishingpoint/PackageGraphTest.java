package vanishingpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package graph the design promises: no cycles between packages, a pure core, an engine that
 * knows nothing of the game. Read from the sources (imports and qualified names in code, not in
 * comments), so a new dependency shows up here before it shows up in a tangle.
 */
class PackageGraphTest {

  private static final Path MAIN = Path.of("src/main/java/vanishingpoint");
  private static final Pattern USE = Pattern.compile("\\bvanishingpoint\\.([a-z]+)\\.[A-Z]");
  private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)");

  /** Each package's source files, without comments and string literals. */
  static Map<String, Map<Path, String>> sources() throws IOException {
    Map<String, Map<Path, String>> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = MAIN.relativize(f).getName(0).toString();
        out.computeIfAbsent(pkg, k -> new TreeMap<>()).put(f, code(Files.readString(f)));
      }
    }
    return out;
  }

  /** The text without comments and string contents (a rough lexer: enough for these sources). */
  static String code(String src) {
    StringBuilder b = new StringBuilder(src.length());
    int i = 0;
    while (i < src.length()) {
      if (src.startsWith("//", i)) {
        i = src.indexOf('\n', i) < 0 ? src.length() : src.indexOf('\n', i);
      } else if (src.startsWith("/*", i)) {
        i = src.indexOf("*/", i + 2) < 0 ? src.length() : src.indexOf("*/", i + 2) + 2;
      } else if (src.startsWith("\"\"\"", i)) {
        i = src.indexOf("\"\"\"", i + 3) < 0 ? src.length() : src.indexOf("\"\"\"", i + 3) + 3;
        b.append("\"\"");
      } else if (src.charAt(i) == '"' || src.charAt(i) == '\'') {
        char q = src.charAt(i++);
        while (i < src.length() && src.charAt(i) != q) {
          i += src.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
        b.append(q).append(q);
      } else {
        b.append(src.charAt(i++));
      }
    }
    return b.toString();
  }

  static Map<String, Set<String>> graph() throws IOException {
    Map<String, Set<String>> g = new TreeMap<>();
    sources().forEach((pkg, files) -> {
      Set<String> to = g.computeIfAbsent(pkg, k -> new TreeSet<>());
      files.values().forEach(code -> {
        Matcher m = USE.matcher(code);
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            to.add(m.group(1));
          }
        }
      });
    });
    return g;
  }

  @Test
  void noCyclesBetweenPackages() throws IOException {
    Map<String, Set<String>> g = graph();
    g.forEach((from, to) -> System.out.println("package " + from + " -> " + String.join(", ", to)));
    List<List<String>> cycles = new ArrayList<>();
    for (String start : g.keySet()) {
      // a path back to the start, found breadth first, is a cycle through it
      Map<String, String> via = new HashMap<>();
      Deque<String> todo = new ArrayDeque<>(g.get(start));
      g.get(start).forEach(n -> via.put(n, start));
      while (!todo.isEmpty()) {
        String n = todo.poll();
        if (n.equals(start)) {
          List<String> cycle = new ArrayList<>(List.of(start));
          for (String at = via.get(start); !at.equals(start); at = via.get(at)) {
            cycle.add(0, at);
          }
          cycle.add(0, start);
          cycles.add(cycle);
          break;
        }
        for (String next : g.getOrDefault(n, Set.of())) {
          if (!via.containsKey(next)) {
            via.put(next, n);
            todo.add(next);
          }
        }
      }
    }
    assertThat(cycles).as("package cycles (each as a path back to its start)").isEmpty();
  }

  @Test
  void theEngineKnowsNothingOfTheGameAndAloneUsesEjml() throws IOException {
    assertThat(graph().get("train")).as("packages train uses").isEmpty();
    sources().forEach((pkg, files) -> files.forEach((f, code) -> {
      if (!pkg.equals("train")) {
        assertThat(code).as("%s imports EJML", f).doesNotContain("org.ejml");
      }
    }));
  }

  @Test
  void theCoreIsPure() throws IOException {
    List<String> banned = List.of("java.io", "java.nio", "java.net", "java.util.concurrent", "java.time.Clock",
        "com.googlecode.lanterna", "java.lang.Thread");
    for (Map.Entry<Path, String> e : sources().get("core").entrySet()) {
      Matcher m = IMPORT.matcher(e.getValue());
      while (m.find()) {
        String imported = m.group(1);
        assertThat(banned.stream().filter(imported::startsWith)).as("%s imports %s", e.getKey(), imported).isEmpty();
      }
      for (String call : List.of("new Thread", "System.currentTimeMillis", "System.nanoTime", "Math.random",
          "System.out", "System.err", "Files.")) {
        assertThat(e.getValue()).as("%s calls %s", e.getKey(), call).doesNotContain(call);
      }
      // the time is the state's own (s.now(), set from the session's clock), never the system's
      assertThat(Pattern.compile("\\b(Instant|LocalDate|LocalDateTime|ZonedDateTime|OffsetDateTime|LocalTime|Clock)"
          + "\\.(now|system\\w*)\\(").matcher(e.getValue()).find()).as("%s reads the system clock", e.getKey()).isFalse();
    }
  }
}
