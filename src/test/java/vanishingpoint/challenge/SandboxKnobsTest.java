package vanishingpoint.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;
import vanishingpoint.train.DataSpec;
import vanishingpoint.train.TrainConfig;

/** The sandbox turns the data too: dataset, width and noise are knobs, each with its help line. */
class SandboxKnobsTest {

  static Content content() {
    Content c = ContentLoader.load(Path.of(System.getProperty("vp.projectDir", ".")).resolve("lessons"));
    assertThat(c.problems()).isEmpty();
    return c;
  }

  @Test
  void theSandboxUnlocksTheDatasetTheWidthAndTheNoise() {
    Challenge sandbox = content().challenges().stream().filter(Challenge::sandbox).findFirst().orElseThrow();
    assertThat(sandbox.knobs().keySet()).containsExactlyElementsOf(Challenge.KNOBS);
    assertThat(sandbox.knobs().get("dataset")).containsExactly("spiral", "moons", "circles", "xor", "spiral:3");
    assertThat(sandbox.knobs().get("width")).containsExactly("24", "8", "16", "32", "64");
    assertThat(sandbox.knobs().get("noise")).containsExactly("0.1", "0", "0.2", "0.4");
    TrainConfig start = sandbox.config(sandbox.start());
    assertThat(start.data()).isEqualTo(new DataSpec(DataSpec.Shape.SPIRAL, 2));
    assertThat(start.width()).isEqualTo(24);
    assertThat(start.noise()).isEqualTo(0.1);
    TrainConfig turned = sandbox.config(Map.of("dataset", "spiral:3", "width", "8", "noise", "0"));
    assertThat(turned.data()).isEqualTo(new DataSpec(DataSpec.Shape.SPIRAL, 3));
    assertThat(turned.width()).isEqualTo(8);
    assertThat(turned.noise()).isEqualTo(0.0);
  }

  @Test
  void everyNewKnobHasAHelpLineOfItsOwn() {
    Content c = content();
    for (String knob : List.of("dataset", "width", "noise")) {
      assertThat(c.knobHelp(knob, "no-such-choice")).as(knob).isNotBlank();
    }
    for (String data : List.of("spiral", "moons", "circles", "xor", "spiral:3")) {
      assertThat(c.knobHelp("dataset", data)).as(data).isNotEqualTo(c.knobHelp("dataset", "no-such-choice"));
    }
  }

  @Test
  void theParserTakesTheNewKnobsAndChecksTheirChoices() {
    StringBuilder problems = new StringBuilder();
    String[] lines = {"id: x", "number: 1", "title: t", "lesson: l", "sandbox: true", "story: s", "run: steps=10",
        "knob dataset: moons | hexagons", "knob width: 8 | 16", "start: dataset=moons width=8"};
    ChallengeParser.parse("x.challenge", lines, 1, (n, m) -> problems.append(n).append(": ").append(m).append('\n'));
    assertThat(problems.toString()).contains("8: knob dataset: dataset: unknown value 'hexagons'")
        .doesNotContain("unknown knob");
  }
}
