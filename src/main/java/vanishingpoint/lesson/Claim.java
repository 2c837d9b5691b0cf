package vanishingpoint.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import vanishingpoint.train.Diagnosis;
import vanishingpoint.train.Verdict;

/**
 * A machine-checked statement about a run, written in a content file right below the sentence it
 * backs, like a doctest: {@code claim: RUN => CONDITIONS}. RUN is {@code key=value} words (the
 * lab's options, or {@code challenge=ID} for a challenge's run and start, then knob overrides, and
 * {@code seeds=A..B} to require it on every seed); CONDITIONS must all hold for the run's verdict.
 * The format is in {@code lessons/README.md}, "Claims".
 *
 * @param file       the content file
 * @param line       its line
 * @param run        the run's words, as written
 * @param conditions what must hold, each {@code NAME OP VALUE}
 */
public record Claim(String file, int line, String run, List<Condition> conditions) {

  /** The marker a claim line starts with. */
  public static final String PREFIX = "claim:";

  /** The evidence a condition may name, with how to read it from a verdict. */
  static final Map<String, ToDoubleFunction<Verdict>> NUMBERS = Map.ofEntries(
      Map.entry("steps", v -> v.evidence().steps()),
      Map.entry("first-loss", v -> v.evidence().firstLoss()),
      Map.entry("final-loss", v -> v.evidence().finalLoss()),
      Map.entry("peak-loss", v -> v.evidence().peakLoss()),
      Map.entry("peak-loss-step", v -> v.evidence().peakLossStep()),
      Map.entry("accuracy", v -> v.evidence().accuracy()),
      Map.entry("converged-at", v -> v.evidence().convergedAt()),
      Map.entry("gradient-ratio", v -> v.evidence().gradientRatio()),
      Map.entry("end-gradient-ratio", v -> v.evidence().endGradientRatio()),
      Map.entry("largest-gradient", v -> v.evidence().largestGradient()),
      Map.entry("saturation", v -> v.evidence().saturation()),
      Map.entry("dead-units", v -> v.evidence().deadUnits()),
      Map.entry("dead-since", v -> v.evidence().deadSince()),
      Map.entry("update-ratio", v -> v.evidence().updateRatio()),
      Map.entry("weight-growth", v -> v.evidence().weightGrowth()),
      Map.entry("nonfinite-step", v -> v.evidence().nonFiniteStep()),
      Map.entry("symmetric-layers", v -> v.evidence().symmetricLayers()));

  /**
   * One condition: {@code outcome=converged}, {@code outcome!=converged}, {@code has=vanishing},
   * {@code not=exploding}, {@code headline=saturated}, or a number: {@code NAME<X}, {@code NAME>X},
   * {@code NAME=A..B} (inclusive).
   */
  public record Condition(String name, String op, String value) {

    /** Null when it holds, else what the run showed instead. */
    String failure(Verdict v) {
      switch (name) {
        case "outcome": {
          boolean same = v.outcome() == Verdict.Outcome.parse(value);
          return same == op.equals("=") ? null : "outcome was " + v.outcome().word();
        }
        case "has":
          return v.has(Diagnosis.Kind.parse(value)) ? null : "diagnoses were " + words(v);
        case "not":
          return v.has(Diagnosis.Kind.parse(value)) ? "diagnoses were " + words(v) : null;
        case "headline":
          return v.headline() == Diagnosis.Kind.parse(value) ? null : "headline was " + v.headline().word();
        default: {
          double x = NUMBERS.get(name).applyAsDouble(v);
          boolean ok;
          if (op.equals("<")) {
            ok = x < Double.parseDouble(value);
          } else if (op.equals(">")) {
            ok = x > Double.parseDouble(value);
          } else {
            String[] r = value.split("\\.\\.");
            ok = x >= Double.parseDouble(r[0]) && x <= Double.parseDouble(r[1]);
          }
          return ok ? null : name + " was " + String.format(Locale.ROOT, "%.4g", x);
        }
      }
    }

    @Override
    public String toString() {
      return name + op + value;
    }
  }

  private static String words(Verdict v) {
    return String.join(", ", v.diagnoses().stream().map(d -> d.kind().word()).toList());
  }

  /** Parses the text after {@code claim:}; a bad claim is an IllegalArgumentException saying what is wrong. */
  public static Claim parse(String file, int line, String text) {
    int arrow = text.indexOf("=>");
    if (arrow < 0) {
      throw new IllegalArgumentException("a claim is 'claim: RUN => CONDITIONS' (no '=>' found)");
    }
    String run = text.substring(0, arrow).strip();
    List<Condition> conditions = new ArrayList<>();
    for (String word : text.substring(arrow + 2).strip().split("\\s+")) {
      if (!word.isEmpty()) {
        conditions.add(condition(word));
      }
    }
    if (run.isEmpty() || conditions.isEmpty()) {
      throw new IllegalArgumentException("a claim needs a run before '=>' and at least one condition after it");
    }
    return new Claim(file, line, run, conditions);
  }

  private static Condition condition(String word) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("([a-z-]+)(!=|=|<|>)(.+)").matcher(word);
    if (!m.matches()) {
      throw new IllegalArgumentException("condition '" + word + "' must be NAME=VALUE, NAME<NUMBER or NAME>NUMBER");
    }
    Condition c = new Condition(m.group(1), m.group(2), m.group(3));
    switch (c.name()) {
      case "outcome":
        Verdict.Outcome.parse(c.value());
        require(c.op().equals("=") || c.op().equals("!="), word, "outcome takes = or !=");
        break;
      case "has": case "not": case "headline":
        Diagnosis.Kind.parse(c.value());
        require(c.op().equals("="), word, c.name() + " takes =");
        break;
      default:
        require(NUMBERS.containsKey(c.name()), word, "unknown name '" + c.name() + "' (known: outcome, has, not,"
            + " headline, " + String.join(", ", new java.util.TreeSet<>(NUMBERS.keySet())) + ")");
        require(!c.op().equals("!="), word, "numbers take <, > or =A..B");
        String[] r = c.value().split("\\.\\.", -1);
        require(c.op().equals("=") == (r.length == 2), word, "a number range is NAME=A..B");
        for (String n : r) {
          require(finite(n), word, "'" + n + "' is not a finite number");
        }
    }
    return c;
  }

  private static boolean finite(String s) {
    try {
      return Double.isFinite(Double.parseDouble(s));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void require(boolean ok, String word, String why) {
    if (!ok) {
      throw new IllegalArgumentException("condition '" + word + "': " + why);
    }
  }

  /** Null when every condition holds for this verdict, else the first that does not, and why. */
  public String failure(Verdict v) {
    for (Condition c : conditions) {
      String why = c.failure(v);
      if (why != null) {
        return c + " does not hold: " + why;
      }
    }
    return null;
  }
}
