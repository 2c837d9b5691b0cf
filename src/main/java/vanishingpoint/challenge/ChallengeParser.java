package vanishingpoint.challenge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import vanishingpoint.train.ConfigSpec;
import vanishingpoint.train.Diagnosis;
import vanishingpoint.train.Knob;
import vanishingpoint.train.TrainConfig;

/** Reads one {@code .challenge} file; every problem is reported with its line. */
public final class ChallengeParser {

  private static final Set<String> SINGLE = Set.of("id", "number", "title", "lesson", "run", "start", "expect",
      "solution", "diagnose", "sandbox");

  private final Map<String, String> single = new HashMap<>();
  private final Map<String, Integer> lineOf = new HashMap<>();
  private final List<String> story = new ArrayList<>();
  private final List<String> hints = new ArrayList<>();
  private final Map<Integer, String> wins = new LinkedHashMap<>();
  private final Map<String, List<String>> knobs = new LinkedHashMap<>();
  private final Map<String, Integer> knobLine = new HashMap<>();
  private final BiConsumer<Integer, String> problem;
  private int problems;

  private ChallengeParser(BiConsumer<Integer, String> problem) {
    this.problem = (line, msg) -> {
      problems++;
      problem.accept(line, msg);
    };
  }

  /** Lines are numbered from {@code firstLine} (after the format line, checked by the caller). */
  public static Optional<Challenge> parse(String file, String[] lines, int firstLine, BiConsumer<Integer, String> problem) {
    return new ChallengeParser(problem).run(file, lines, firstLine);
  }

  private Optional<Challenge> run(String file, String[] lines, int firstLine) {
    for (int n = firstLine; n <= lines.length; n++) {
      String l = lines[n - 1].strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        line(n, l);
      }
    }
    int head = Math.max(1, firstLine - 1);
    boolean sandbox = "true".equals(single.get("sandbox"));
    for (String k : sandbox ? List.of("id", "number", "title", "lesson", "run", "start")
        : List.of("id", "number", "title", "lesson", "run", "start", "expect", "solution")) {
      if (!single.containsKey(k)) {
        problem.accept(head, "the challenge has no '" + k + ":' line (required)");
      }
    }
    if (story.isEmpty()) {
      problem.accept(head, "the challenge has no 'story:' line (required)");
    }
    if (hints.size() > 3) {
      problem.accept(head, "a challenge has at most three hints, this one has " + hints.size());
    }
    Diagnosis.Kind expect = null;
    if (single.containsKey("expect")) {
      try {
        expect = Diagnosis.Kind.parse(single.get("expect"));
        if (expect == Diagnosis.Kind.HEALTHY) {
          problem.accept(lineOf.get("expect"), "'expect:' names how the start fails; healthy is not a failure");
        }
      } catch (IllegalArgumentException e) {
        problem.accept(lineOf.get("expect"), "expect: " + e.getMessage());
      }
    }
    int number = number();
    Map<String, String> start = settings("start", true);
    Map<String, String> solution = settings("solution", false);
    List<Map<String, String>> won = new ArrayList<>();
    wins.forEach((n, words) -> won.add(settings("win", words, n, false)));
    if (problems > 0 || !single.containsKey("id")) {
      return Optional.empty();
    }
    // the run: line parsed without a problem (see line()), or there would be problems by now
    Challenge c = new Challenge(single.get("id"), number, single.get("title"), single.get("lesson"), story,
        ConfigSpec.parse(single.get("run"), TrainConfig.defaults()), knobs, start, expect, solution, won, hints, "true".equals(single.get("diagnose")),
        sandbox, file, lineOf.get("id"));
    if (!sandbox && won.stream().noneMatch(w -> c.full(w).equals(c.full(solution)))) {
      problem.accept(head, "the solution must be one of the 'win:' lines (every setting that converges is listed)");
      return Optional.empty();
    }
    try {
      c.config(start);
    } catch (IllegalArgumentException e) {
      problem.accept(lineOf.get("run"), "run: " + e.getMessage());
      return Optional.empty();
    }
    return Optional.of(c);
  }

  private void line(int n, String l) {
    int colon = l.indexOf(':');
    if (colon < 0) {
      problem.accept(n, "expected 'key: value', found '" + l + "'");
      return;
    }
    String key = l.substring(0, colon).strip();
    String value = l.substring(colon + 1).strip();
    if (key.equals("story")) {
      story.add(value);
    } else if (key.equals("hint")) {
      hints.add(value);
    } else if (key.equals("win")) {
      wins.put(n, value);
    } else if (key.startsWith("knob ")) {
      knob(n, key.substring(5).strip(), value);
    } else if (!SINGLE.contains(key)) {
      problem.accept(n, "unknown field '" + key + "'");
    } else if (single.containsKey(key)) {
      problem.accept(n, "'" + key + ":' appears twice (first on line " + lineOf.get(key) + ")");
    } else {
      single.put(key, value);
      lineOf.put(key, n);
      if (key.equals("run")) {
        try {
          ConfigSpec.parse(value, TrainConfig.defaults());
        } catch (IllegalArgumentException e) {
          problem.accept(n, "run: " + e.getMessage());
        }
      }
    }
  }

  private void knob(int n, String name, String choices) {
    Optional<Knob> knob = Knob.named(name);
    if (knob.isEmpty()) {
      problem.accept(n, "unknown knob '" + name + "' (knobs: " + String.join(", ", Knob.NAMES) + ")");
      return;
    }
    List<String> list = new ArrayList<>();
    for (String c : choices.split("\\|")) {
      String v = c.strip();
      try {
        knob.get().apply(TrainConfig.defaults(), v);
        list.add(v);
      } catch (IllegalArgumentException e) {
        problem.accept(n, "knob " + name + ": " + e.getMessage());
      }
    }
    if (list.size() < 2) {
      problem.accept(n, "knob " + name + " needs at least two choices");
    }
    knobs.put(name, list);
    knobLine.put(name, n);
  }

  private int number() {
    try {
      int v = Integer.parseInt(single.getOrDefault("number", "1"));
      if (v >= 1) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem.accept(lineOf.get("number"), "'number:' must be a whole number from 1, found '" + single.get("number") + "'");
    return 0;
  }

  /** KEY=VALUE words naming knobs and one of their choices; {@code all}: every knob must be set. */
  private Map<String, String> settings(String key, boolean all) {
    return single.containsKey(key) ? settings(key, single.get(key), lineOf.get(key), all) : new LinkedHashMap<>();
  }

  private Map<String, String> settings(String key, String words, int n, boolean all) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String w : words.split("\\s+")) {
      int eq = w.indexOf('=');
      String knob = eq > 0 ? w.substring(0, eq) : w;
      String v = eq > 0 ? w.substring(eq + 1) : "";
      if (!knobs.containsKey(knob)) {
        problem.accept(n, key + ": '" + knob + "' is not a knob of this challenge");
      } else if (!knobs.get(knob).contains(v)) {
        problem.accept(n, key + ": " + knob + "=" + v + " is not one of its choices (" + String.join(" | ", knobs.get(knob)) + ")");
      } else {
        out.put(knob, v);
      }
    }
    if (all) {
      for (String k : knobs.keySet()) {
        if (!out.containsKey(k)) {
          problem.accept(n, key + ": knob '" + k + "' has no starting value");
        }
      }
    }
    return out;
  }
}
