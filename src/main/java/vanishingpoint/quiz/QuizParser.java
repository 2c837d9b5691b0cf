package vanishingpoint.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads the question blocks of a {@code .quiz} file (format in {@code lessons/README.md}) into
 * one {@link Question} record per type. Every problem is reported with its line; a question with
 * problems is left out. A block may hold keys its type does not use: they are accepted and dropped.
 */
public final class QuizParser {

  private static final Set<String> SINGLE = Set.of("type", "topic", "kind", "teaches", "ask", "explain",
      "answer", "accept", "reject", "model", "run");
  /** A list, not a set: the problems for missing keys come in this order on every run. */
  private static final List<String> COMMON = List.of("type", "topic", "kind", "teaches", "ask", "explain");

  private final String file;
  private final BiConsumer<Integer, String> sink;
  /** Problems reported so far: a block compares it with the count when it began. */
  private int problems;

  private QuizParser(String file, BiConsumer<Integer, String> sink) {
    this.file = file;
    this.sink = sink;
  }

  /**
   * Lines are numbered from {@code firstLine}; the format line has been checked by the caller.
   * Problems go to {@code problem} as (line, message).
   */
  public static List<Question> parse(String file, String[] lines, int firstLine, BiConsumer<Integer, String> problem) {
    return new QuizParser(file, problem).run(lines, firstLine);
  }

  private List<Question> run(String[] lines, int firstLine) {
    List<Question> out = new ArrayList<>();
    Block cur = null;
    for (int n = firstLine; n <= lines.length; n++) {
      String l = lines[n - 1].strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      if (l.startsWith("question ") || l.equals("question")) {
        if (cur != null) {
          cur.build().ifPresent(out::add);
        }
        cur = new Block(l.substring(8).strip(), n);
      } else if (cur == null) {
        problem(n, "expected 'question ID' to start a question, found '" + l + "'");
      } else {
        cur.add(n, l);
      }
    }
    if (cur != null) {
      cur.build().ifPresent(out::add);
    }
    return out;
  }

  private void problem(int line, String msg) {
    problems++;
    sink.accept(line, msg);
  }

  /** The lines of one question, collected, then checked and built. */
  private final class Block {
    final String id;
    final int line;
    final Map<String, String> single = new HashMap<>();
    final Map<String, Integer> lineOf = new HashMap<>();
    final List<String> plus = new ArrayList<>();
    final List<String> minus = new ArrayList<>();
    final List<String> fixPlus = new ArrayList<>();
    final List<String> fixMinus = new ArrayList<>();
    final List<Question.Idea> ideas = new ArrayList<>();
    final List<Question.Idea> contras = new ArrayList<>();
    final List<Question.Pair> pairs = new ArrayList<>();
    final List<String> steps = new ArrayList<>();
    final int problemsBefore = problems;

    /** Compiled once: a hundred questions each compiling it again showed in start-up's profile. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    Block(String id, int line) {
      this.id = id;
      this.line = line;
      if (!ID.matcher(id).matches()) {
        problem(line, "question id '" + id + "' must be lower-case letters, digits and '-'");
      }
    }

    void add(int n, String l) {
      if (l.startsWith("+ ") || l.startsWith("problem+ ")) {
        plus.add(markup(n, l.substring(l.indexOf(' ') + 1).strip()));
      } else if (l.startsWith("- ") || l.startsWith("problem- ")) {
        minus.add(markup(n, l.substring(l.indexOf(' ') + 1).strip()));
      } else if (l.startsWith("fix+ ")) {
        fixPlus.add(markup(n, l.substring(5).strip()));
      } else if (l.startsWith("fix- ")) {
        fixMinus.add(markup(n, l.substring(5).strip()));
      } else if (l.startsWith("step ")) {
        steps.add(markup(n, l.substring(5).strip()));
      } else if (l.startsWith("pair ")) {
        String[] lr = l.substring(5).split("=", 2);
        if (lr.length < 2 || lr[0].isBlank() || lr[1].isBlank()) {
          problem(n, "a pair is 'pair LEFT = RIGHT', found '" + l + "'");
        } else {
          pairs.add(new Question.Pair(markup(n, lr[0].strip()), markup(n, lr[1].strip())));
        }
      } else if (l.startsWith("idea ") || l.startsWith("contra ")) {
        String key = l.substring(0, l.indexOf(' '));
        int colon = l.indexOf(':');
        if (colon < 0 || l.substring(colon + 1).isBlank()) {
          problem(n, "'" + key + "' is '" + key + " LABEL: PATTERN | PATTERN', found '" + l + "'");
        } else {
          List<String> pats = new ArrayList<>();
          for (String p : l.substring(colon + 1).split("\\|")) {
            if (!p.isBlank()) {
              pats.add(p.strip().toLowerCase(Locale.ROOT));
            }
          }
          (key.equals("idea") ? ideas : contras).add(new Question.Idea(l.substring(key.length() + 1, colon).strip(),
              pats));
        }
      } else {
        int colon = l.indexOf(':');
        String key = colon < 0 ? "" : l.substring(0, colon).strip();
        if (!SINGLE.contains(key)) {
          problem(n, colon < 0 ? "expected 'key: value' or an option line, found '" + l + "'"
              : "unknown field '" + key + "' in question '" + id + "'");
        } else if (single.containsKey(key)) {
          problem(n, "'" + key + ":' appears twice in question '" + id + "' (first on line " + lineOf.get(key) + ")");
        } else {
          String v = l.substring(colon + 1).strip();
          single.put(key, key.equals("ask") || key.equals("explain") || key.equals("model") ? markup(n, v) : v);
          lineOf.put(key, n);
        }
      }
    }

    private String markup(int n, String text) {
      vanishingpoint.text.Inline.parse(text, true, msg -> problem(n, msg));
      return text;
    }

    Optional<Question> build() {
      for (String k : COMMON) {
        if (!single.containsKey(k) || single.get(k).isEmpty()) {
          problem(line, "question '" + id + "' has no '" + k + ":' (required)");
        }
      }
      Question.Type type = null;
      if (single.containsKey("type")) {
        try {
          type = Question.Type.valueOf(single.get("type").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          problem(lineOf.get("type"), "unknown question type '" + single.get("type")
              + "' (choice, truefalse, typein, recall, match, order, diagnose)");
        }
      }
      oneOf("topic", Question.TOPICS);
      oneOf("kind", Question.KINDS);
      if (single.containsKey("teaches") && !single.get("teaches").matches("[a-z0-9-]+#[a-z0-9-]+")) {
        problem(lineOf.get("teaches"), "'teaches:' must be LESSON#PAGE, found '" + single.get("teaches") + "'");
      }
      if (type != null) {
        checkType(type);
      }
      if (problems > problemsBefore || type == null) { // no type: a problem has been reported
        return Optional.empty();
      }
      Question.Head head = new Question.Head(id, single.get("topic"), single.get("kind"), single.get("teaches"),
          single.get("ask"), single.get("explain"), file, line);
      return Optional.of(switch (type) {
        case CHOICE -> new Question.Choice(head, plus, minus);
        case TRUEFALSE -> new Question.TrueFalse(head, single.get("answer").equals("true"));
        case TYPEIN -> new Question.Typein(head, split(single.get("accept")), split(single.get("reject")));
        case RECALL -> new Question.Recall(head, ideas, single.get("model"), contras);
        case MATCH -> new Question.Match(head, pairs);
        case ORDER -> new Question.Order(head, steps);
        case DIAGNOSE -> new Question.Diagnose(head, single.get("run"), plus, minus, fixPlus, fixMinus);
      });
    }

    /** Whether the block has what its type needs. */
    private void checkType(Question.Type type) {
      if (type != Question.Type.RECALL && !contras.isEmpty()) {
        problem(line, "question '" + id + "': 'contra' lines belong to recall questions only");
      }
      switch (type) {
        case CHOICE:
          need(!plus.isEmpty(), "at least one right option ('+ text')");
          need(!minus.isEmpty(), "at least one wrong option ('- text')");
          break;
        case TRUEFALSE:
          String a = single.getOrDefault("answer", "");
          if (lineOf.containsKey("answer") && !a.equals("true") && !a.equals("false")) {
            problem(lineOf.get("answer"), "'answer: " + a + "' must be true or false");
          } else {
            need(!a.isEmpty(), "'answer: true' or 'answer: false'");
          }
          break;
        case TYPEIN:
          need(!split(single.get("accept")).isEmpty(), "'accept:' with at least one answer");
          break;
        case RECALL:
          need(!ideas.isEmpty(), "at least one 'idea LABEL: PATTERNS'");
          need(single.containsKey("model"), "a 'model:' answer");
          break;
        case MATCH:
          need(pairs.size() >= 2, "at least two 'pair LEFT = RIGHT' lines");
          break;
        case ORDER:
          need(steps.size() >= 3, "at least three 'step TEXT' lines");
          break;
        case DIAGNOSE:
          need(single.containsKey("run"), "a 'run:' line");
          if (single.containsKey("run")) {
            try {
              vanishingpoint.train.ConfigSpec.parse(single.get("run"), vanishingpoint.train.TrainConfig.defaults());
            } catch (IllegalArgumentException e) {
              problem(lineOf.get("run"), "run: " + e.getMessage());
            }
          }
          need(!plus.isEmpty() && !minus.isEmpty(), "right and wrong diagnoses ('problem+ ' and 'problem- ')");
          need(!fixPlus.isEmpty() && !fixMinus.isEmpty(), "right and wrong fixes ('fix+ ' and 'fix- ')");
          break;
        default:
          break;
      }
    }

    private void need(boolean ok, String what) {
      if (!ok) {
        problem(line, "question '" + id + "' of type " + single.get("type") + " needs " + what);
      }
    }

    private void oneOf(String key, List<String> allowed) {
      if (single.containsKey(key) && !allowed.contains(single.get(key))) {
        problem(lineOf.get(key), "'" + key + ": " + single.get(key) + "' is not one of " + String.join(", ", allowed));
      }
    }
  }

  static List<String> split(String v) {
    List<String> out = new ArrayList<>();
    if (v != null) {
      for (String s : v.split("\\|")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }
}
