package vanishingpoint.train;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * A training run written as {@code key=value} words, the way content files describe runs
 * (a diagnose question's {@code run:}, a challenge's {@code run:}). Keys are the {@code lab}
 * options without their dashes: the {@link Knob}s, and the settings no player turns (momentum,
 * points, batch, steps, seed, target, every); {@code batchnorm} and {@code residual} take true or false.
 */
public final class ConfigSpec {

  /** The knobs ({@link Knob}), then the settings of a run that no player turns. */
  private static final Map<String, BiFunction<TrainConfig, String, TrainConfig>> KEYS = keys(Map.of(
      "momentum", (c, v) -> c.withMomentum(number("momentum", v)),
      "points", (c, v) -> c.withPoints(integer("points", v)),
      "batch", (c, v) -> c.withBatch(integer("batch", v)),
      "steps", (c, v) -> c.withSteps(integer("steps", v)),
      "seed", (c, v) -> c.withSeed(integer("seed", v)),
      "target", (c, v) -> c.withTargetAccuracy(number("target", v)),
      "every", (c, v) -> c.withLogEvery(integer("every", v))));

  private ConfigSpec() {}

  private static Map<String, BiFunction<TrainConfig, String, TrainConfig>> keys(
      Map<String, BiFunction<TrainConfig, String, TrainConfig>> runOnly) {
    Map<String, BiFunction<TrainConfig, String, TrainConfig>> out = new HashMap<>(runOnly);
    for (Knob k : Knob.values()) {
      out.put(k.id(), k::apply);
    }
    return Map.copyOf(out);
  }

  public static Set<String> keys() {
    return new TreeSet<>(KEYS.keySet());
  }

  /** Applies the words to {@code base}; a bad word is an IllegalArgumentException naming it. */
  public static TrainConfig parse(String spec, TrainConfig base) {
    TrainConfig c = base;
    for (String word : spec.trim().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      int eq = word.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("'" + word + "' must be KEY=VALUE");
      }
      String key = word.substring(0, eq);
      BiFunction<TrainConfig, String, TrainConfig> set = KEYS.get(key);
      if (set == null) {
        throw new IllegalArgumentException("unknown setting '" + key + "' (known: " + String.join(", ", keys()) + ")");
      }
      c = set.apply(c, word.substring(eq + 1));
    }
    return c;
  }

  static int integer(String key, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": '" + v + "' is not a whole number");
    }
  }

  static double number(String key, String v) {
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": '" + v + "' is not a number");
    }
  }

  static boolean bool(String key, String v) {
    if (v.equals("true") || v.equals("false")) {
      return v.equals("true");
    }
    throw new IllegalArgumentException(key + ": '" + v + "' must be true or false");
  }
}
