package vanishingpoint.challenge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vanishingpoint.train.Diagnosis;
import vanishingpoint.train.Knob;
import vanishingpoint.train.TrainConfig;

/**
 * A challenge as written in its {@code .challenge} file (format in {@code lessons/README.md}).
 *
 * @param run      the run the knobs turn: its {@code run:} line over the defaults
 * @param knobs    the knobs the player may turn, each with its choices, in file order
 * @param start    the starting choice of every knob
 * @param expect   the diagnosis the start's run must show (and not converge); null for the sandbox
 * @param solution knob choices that converge, the ones the last hint gives; empty for the sandbox
 * @param wins     every knob setting that converges (each a full or partial setting; knobs not named
 *                 keep their start); a test runs every combination to keep this list true
 */
public record Challenge(String id, int number, String title, String lesson, List<String> story, TrainConfig run,
    Map<String, List<String>> knobs, Map<String, String> start, Diagnosis.Kind expect, Map<String, String> solution,
    List<Map<String, String>> wins, List<String> hints, boolean diagnose, boolean sandbox, String file, int line) {

  /** The knobs a challenge may unlock, in the order the settings panel shows them: the engine's. */
  public static final List<String> KNOBS = Knob.NAMES;

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

  /**
   * The run with these knob settings (knobs not given keep their starting value). Each unlocked
   * knob is applied to the run by its {@link Knob}, never written out and parsed again.
   *
   * @throws IllegalArgumentException if a setting is not a value of its knob
   */
  public TrainConfig config(Map<String, String> settings) {
    TrainConfig c = run;
    Map<String, String> all = full(settings);
    for (String knob : knobs.keySet()) {
      c = Knob.named(knob).orElseThrow(() -> new IllegalArgumentException("unknown knob '" + knob + "'"))
          .apply(c, all.get(knob));
    }
    return c;
  }

  /** The value every setting has at the start, unlocked or not, for the settings panel. */
  public Map<String, String> fixedValue() {
    TrainConfig c = config(start);
    Map<String, String> out = new LinkedHashMap<>();
    for (Knob k : Knob.values()) {
      out.put(k.id(), k.valueIn(c));
    }
    return out;
  }
}
