package vanishingpoint.train;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * A training run written as {@code key=value} words, the way content files describe runs
 * (a diagnose question's {@code run:}, a challenge's settings). Keys are the {@code lab}
 * options without their dashes; {@code batchnorm} and {@code residual} take true or false.
 */
public final class ConfigSpec {

  private static final Map<String, BiFunction<TrainConfig, String, TrainConfig>> KEYS = Map.ofEntries(
      Map.entry("depth", (c, v) -> c.withDepth(integer("depth", v))),
      Map.entry("width", (c, v) -> c.withWidth(integer("width", v))),
      Map.entry("activation", (c, v) -> c.withActivation(Activation.parse(v))),
      Map.entry("init", (c, v) -> c.withInit(Init.parse(v))),
      Map.entry("clip", (c, v) -> c.withClip(Clip.parse(v))),
      Map.entry("optimizer", (c, v) -> c.withOptimizer(Optimizer.parse(v))),
      Map.entry("lr", (c, v) -> c.withLr(number("lr", v))),
      Map.entry("momentum", (c, v) -> c.withMomentum(number("momentum", v))),
      Map.entry("batchnorm", (c, v) -> c.withBatchNorm(bool("batchnorm", v))),
      Map.entry("residual", (c, v) -> c.withResidual(bool("residual", v))),
      Map.entry("dataset", (c, v) -> c.withData(DataSpec.parse(v))),
      Map.entry("noise", (c, v) -> c.withNoise(number("noise", v))),
      Map.entry("points", (c, v) -> c.withPoints(integer("points", v))),
      Map.entry("batch", (c, v) -> c.withBatch(integer("batch", v))),
      Map.entry("steps", (c, v) -> c.withSteps(integer("steps", v))),
      Map.entry("seed", (c, v) -> c.withSeed(integer("seed", v))),
      Map.entry("target", (c, v) -> c.withTargetAccuracy(number("target", v))),
      Map.entry("every", (c, v) -> c.withLogEvery(integer("every", v))));

  private ConfigSpec() {}

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

  private static int integer(String key, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": '" + v + "' is not a whole number");
    }
  }

  private static double number(String key, String v) {
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": '" + v + "' is not a number");
    }
  }

  private static boolean bool(String key, String v) {
    if (v.equals("true") || v.equals("false")) {
      return v.equals("true");
    }
    throw new IllegalArgumentException(key + ": '" + v + "' must be true or false");
  }
}
