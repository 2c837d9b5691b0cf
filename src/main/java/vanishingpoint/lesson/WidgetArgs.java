package vanishingpoint.lesson;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Checks a widget line's NAME=VALUE options, reporting each problem at the line. */
final class WidgetArgs {

  static final Set<String> INITS = Set.of("zeros", "small", "large", "xavier", "xavier-normal", "he", "orthogonal");

  private final SourceFile src;
  private final int line;
  private final String widget;
  private final Map<String, String> args;
  private boolean ok = true;

  WidgetArgs(SourceFile src, int line, String widget, Map<String, String> args) {
    this.src = src;
    this.line = line;
    this.widget = widget;
    this.args = args;
  }

  boolean ok() {
    return ok;
  }

  void allow(String... names) {
    for (String k : args.keySet()) {
      if (!Arrays.asList(names).contains(k)) {
        fail("unknown option '" + k + "' of @" + widget + " (it has " + String.join(", ", names) + ")");
      }
    }
  }

  double number(String name, double dflt, double min, double max) {
    String v = args.get(name);
    if (v == null) {
      return dflt;
    }
    try {
      double d = Double.parseDouble(v);
      if (d < min || d > max || Double.isNaN(d)) {
        fail("@" + widget + " " + name + "=" + v + " is outside " + fmt(min) + ".." + fmt(max));
      }
      return d;
    } catch (NumberFormatException e) {
      fail("@" + widget + " " + name + "=" + v + " is not a number");
      return dflt;
    }
  }

  String choice(String name, String dflt, Set<String> allowed) {
    String v = args.getOrDefault(name, dflt);
    if (!allowed.contains(v)) {
      fail("@" + widget + " " + name + "=" + v + " is not one of " + String.join(", ", new TreeSet<>(allowed)));
    }
    return v;
  }

  /** An initialisation: a preset, or normal:S with a positive standard deviation. */
  String init(String name, String dflt) {
    String v = args.getOrDefault(name, dflt);
    if (v.startsWith("normal:")) {
      try {
        if (Double.parseDouble(v.substring(7)) > 0) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    } else if (INITS.contains(v)) {
      return v;
    }
    fail("@" + widget + " " + name + "=" + v + " is not one of " + String.join(", ", new TreeSet<>(INITS))
        + " or normal:S");
    return v;
  }

  private void fail(String msg) {
    ok = false;
    src.problem(line, msg);
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
