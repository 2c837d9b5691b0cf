package vanishingpoint.train;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The knobs a player (or the lab) turns on a run: the engine's one vocabulary of settings. Each
 * has its name (as content files, saves and the lab's options spell it), the values it offers,
 * how a value is read into a {@link TrainConfig}, and how a config's value is written back.
 * Challenges, the lab, the content checker, {@link ConfigSpec} and the lesson probe derive their
 * lists from here; {@code lessons/knobs.txt} is checked against it.
 */
public enum Knob {
  ACTIVATION("activation", Arrays.stream(Activation.values()).map(Activation::label).toList(),
      (c, v) -> c.withActivation(Activation.parse(v)), c -> c.activation().toString()),
  INIT("init", List.of("zeros", "small", "large", "normal:S", "xavier", "xavier-normal", "he", "orthogonal"),
      (c, v) -> c.withInit(Init.parse(v)), c -> c.init().toString()),
  CLIP("clip", List.of("none", "value:C", "norm:C"), (c, v) -> c.withClip(Clip.parse(v)), c -> c.clip().toString()),
  OPTIMIZER("optimizer", Arrays.stream(Optimizer.values()).map(Optimizer::toString).toList(),
      (c, v) -> c.withOptimizer(Optimizer.parse(v)), c -> c.optimizer().toString()),
  LR("lr", List.of(), (c, v) -> c.withLr(ConfigSpec.number("lr", v)), c -> String.valueOf(c.lr())),
  BATCHNORM("batchnorm", List.of("true", "false"), (c, v) -> c.withBatchNorm(ConfigSpec.bool("batchnorm", v)),
      c -> String.valueOf(c.batchNorm())),
  RESIDUAL("residual", List.of("true", "false"), (c, v) -> c.withResidual(ConfigSpec.bool("residual", v)),
      c -> String.valueOf(c.residual())),
  DEPTH("depth", List.of(), (c, v) -> c.withDepth(ConfigSpec.integer("depth", v)), c -> String.valueOf(c.depth())),
  DATASET("dataset", List.of("spiral", "spiral:3", "circles", "moons", "xor"), (c, v) -> c.withData(DataSpec.parse(v)),
      c -> c.data().toString()),
  WIDTH("width", List.of(), (c, v) -> c.withWidth(ConfigSpec.integer("width", v)), c -> String.valueOf(c.width())),
  NOISE("noise", List.of(), (c, v) -> c.withNoise(ConfigSpec.number("noise", v)), c -> String.valueOf(c.noise()));

  /** Every knob's name, in the order the settings panel shows them. */
  public static final List<String> NAMES = Arrays.stream(values()).map(Knob::id).toList();

  private final String id;
  private final List<String> choices;
  private final BiFunction<TrainConfig, String, TrainConfig> apply;
  private final Function<TrainConfig, String> show;

  Knob(String id, List<String> choices, BiFunction<TrainConfig, String, TrainConfig> apply,
      Function<TrainConfig, String> show) {
    this.id = id;
    this.choices = choices;
    this.apply = apply;
    this.show = show;
  }

  /** The name content files, saves and the lab's options (with two dashes) use. */
  public String id() {
    return id;
  }

  /**
   * The values it offers, as the lab's help lists them ({@code normal:S}, {@code norm:C}: a number
   * goes after the colon); empty for a knob that takes a number.
   */
  public List<String> choices() {
    return choices;
  }

  /** The knob called {@code id}, if there is one. */
  public static Optional<Knob> named(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  /** {@code config} with this knob at {@code value}; a bad value is an IllegalArgumentException naming the knob. */
  public TrainConfig apply(TrainConfig config, String value) {
    return apply.apply(config, value);
  }

  /** This knob's value in {@code config}, spelled as {@link #apply} reads it. */
  public String valueIn(TrainConfig config) {
    return show.apply(config);
  }

  /**
   * Whether two spellings set this knob to the same value ({@code 0.1} and {@code 0.10}, {@code he}
   * and {@code kaiming}); false when either is not a value of this knob.
   */
  public boolean same(String a, String b) {
    try {
      TrainConfig base = TrainConfig.defaults();
      return valueIn(apply(base, a)).equals(valueIn(apply(base, b)));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The named {@code values} of this knob, in the order given, each checked to be one of its
   * {@link #choices}: for a widget that offers some of them in an order of its own.
   */
  public List<String> pick(String... values) {
    for (String v : values) {
      if (!choices.contains(v)) {
        throw new IllegalArgumentException(id + ": '" + v + "' is not one of " + choices);
      }
    }
    return List.of(values);
  }

  @Override
  public String toString() {
    return id;
  }
}
