package vanishingpoint.lesson;

import java.util.List;
import java.util.Map;
import vanishingpoint.train.Knob;

/** Reads {@code knobs.txt}: {@code KNOB: text} and {@code KNOB=CHOICE: text} lines, KNOB one of {@link Knob#NAMES}. */
final class KnobHelp {

  private KnobHelp() {}

  static void read(SourceFile src, Map<String, String> out, List<Problem> problems) {
    for (int n = 1; n <= src.lines.length; n++) {
      String l = src.lines[n - 1].strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int colon = l.indexOf(": ");
      String key = colon < 0 ? "" : l.substring(0, colon);
      String knob = key.contains("=") ? key.substring(0, key.indexOf('=')) : key;
      if (colon < 0 || !Knob.NAMES.contains(knob)) {
        src.problem(n, colon < 0 ? "expected 'KNOB: text' or 'KNOB=CHOICE: text'"
            : "unknown knob '" + knob + "' (knobs: " + String.join(", ", Knob.NAMES) + ")");
      } else if (out.putIfAbsent(key, l.substring(colon + 2).strip()) != null) {
        src.problem(n, "'" + key + "' is explained twice");
      } else {
        src.checkMarkup(n, l.substring(colon + 2));
      }
    }
    problems.addAll(src.problems);
  }
}
