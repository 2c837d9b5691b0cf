package vanishingpoint.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one list of knobs: its order, its values, and that ConfigSpec reads runs with it. */
class KnobTest {

  @Test
  void knobsInTheSettingsPanelsOrder() {
    assertThat(Knob.NAMES).containsExactly("activation", "init", "clip", "optimizer", "lr", "batchnorm",
        "residual", "depth", "dataset", "width", "noise");
    assertThat(ConfigSpec.keys()).containsAll(Knob.NAMES)
        .contains("momentum", "points", "batch", "steps", "seed", "target", "every").hasSize(Knob.NAMES.size() + 7);
  }

  @Test
  void everyChoiceIsAValueOfItsKnobAndReadsBack() {
    for (Knob k : Knob.values()) {
      for (String choice : k.choices()) {
        // normal:S, value:C, norm:C: a number goes after the colon
        String value = choice.endsWith(":S") || choice.endsWith(":C") ? choice.substring(0, choice.length() - 1) + "0.5"
            : choice;
        TrainConfig c = k.apply(TrainConfig.defaults(), value);
        assertThat(k.apply(TrainConfig.defaults(), k.valueIn(c))).as(k + "=" + value).isEqualTo(c);
      }
    }
    assertThat(Knob.ACTIVATION.choices()).containsExactly("sigmoid", "tanh", "relu", "leaky-relu", "linear");
    assertThat(Knob.OPTIMIZER.choices()).containsExactly("sgd", "momentum", "rmsprop", "adam");
  }

  @Test
  void appliesAsConfigSpecReadsTheSameWords() {
    TrainConfig base = ConfigSpec.parse("depth=12 steps=300", TrainConfig.defaults());
    for (String[] kv : List.of(new String[] {"activation", "leaky-relu"}, new String[] {"init", "normal:0.1"},
        new String[] {"clip", "norm:1"}, new String[] {"lr", "0.05"}, new String[] {"batchnorm", "true"},
        new String[] {"dataset", "spiral:3"}, new String[] {"width", "8"}, new String[] {"noise", "0"})) {
      assertThat(Knob.named(kv[0]).orElseThrow().apply(base, kv[1]))
          .isEqualTo(ConfigSpec.parse(kv[0] + "=" + kv[1], base));
    }
  }

  @Test
  void badValuesNameTheKnob() {
    assertThatThrownBy(() -> Knob.ACTIVATION.apply(TrainConfig.defaults(), "softmax"))
        .hasMessageStartingWith("activation: unknown value 'softmax'");
    assertThatThrownBy(() -> Knob.DEPTH.apply(TrainConfig.defaults(), "deep")).hasMessage("depth: 'deep' is not a whole number");
    assertThatThrownBy(() -> Knob.INIT.pick("he", "normal:1")).hasMessageStartingWith("init: 'normal:1' is not one of");
  }

  @Test
  void sameValueWhateverTheSpelling() {
    assertThat(Knob.LR.same("0.1", "0.10")).isTrue();
    assertThat(Knob.NOISE.same("0", "0.0")).isTrue();
    assertThat(Knob.INIT.same("he", "kaiming")).isTrue();
    assertThat(Knob.INIT.same("he", "xavier")).isFalse();
    assertThat(Knob.ACTIVATION.same("relu", "nonsense")).isFalse();
  }
}
