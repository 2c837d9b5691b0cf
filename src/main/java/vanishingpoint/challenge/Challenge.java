package vanishingpoint.challenge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vanishingpoint.train.ConfigSpec;
import vanishingpoint.train.Diagnosis;
import vanishingpoint.train.TrainConfig;

/**
 * A challenge as written in its {@code .challenge} file (format in {@code lessons/README.md}).
 *
 * @param knobs    the knobs the player may turn, each with its choices, in file order
 * @param start    the starting choice of every knob
 * @param expect   the diagnosis the start's run must show (and not converge); null for the sandbox
 * @param solution knob choices that converge, the ones the last hint gives; empty for the sandbox
 * @param wins     every knob setting that converges (each a full or partial setting; knobs not named
 *                 keep their start); a test runs every combination to keep this list true
 */
public record Challenge(String id, int number, String title, String lesson, List<String> story, String run,
    Map<String, List<String>> knobs, Map<String, String> start, Diagnosis.Kind expect, Map<String, String> solution,
    List<Map<String, String>> wins, List<String> hints, boolean diagnose, boolean sandbox, String file, int line) {

  /** The knobs a challenge may unlock, in the order the settings panel shows them. */
  public static final List<String> KNOBS = List.of("activation", "init", "clip", "optimizer", "lr", "batchnorm",
      "residual", "depth", "dataset", "width", "noise");

  public Challenge {
    story = List.copyOf(story);
    knobs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(knobs));
    start = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(start));
    solution = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(solution));
    wins = wins.stream().map(w -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(w))).toList();
    hints = List.copyOf(hints);
  }

  /** The setting with every knob it leaves out at its starting value. */
  public Map<String, String> full(Map<String, String> setting) {
    Map<String, String> out = new LinkedHashMap<>(start);
    out.putAll(setting);
    return out;
  }

  /** The run with these knob settings (knobs not given keep their starting value). */
  public TrainConfig config(Map<String, String> settings) {
    StringBuilder words = new StringBuilder(run);
    Map<String, String> all = full(settings);
    for (String knob : knobs.keySet()) {
      words.append(' ').append(knob).append('=').append(all.get(knob));
    }
    return ConfigSpec.parse(words.toString(), TrainConfig.defaults());
  }

  /** The value every setting has at the start, unlocked or not, for the settings panel. */
  public Map<String, String> fixedValue() {
    TrainConfig c = config(start);
    Map<String, String> out = new LinkedHashMap<>();
    out.put("activation", c.activation().toString());
    out.put("init", c.init().toString());
    out.put("clip", c.clip().toString());
    out.put("optimizer", c.optimizer().toString());
    out.put("lr", String.valueOf(c.lr()));
    out.put("batchnorm", String.valueOf(c.batchNorm()));
    out.put("residual", String.valueOf(c.residual()));
    out.put("depth", String.valueOf(c.depth()));
    out.put("dataset", c.data().toString());
    out.put("width", String.valueOf(c.width()));
    out.put("noise", String.valueOf(c.noise()));
    return out;
  }
}
