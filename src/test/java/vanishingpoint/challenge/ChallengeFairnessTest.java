package vanishingpoint.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;
import vanishingpoint.train.Trainer;
import vanishingpoint.train.Verdict;

/**
 * Every challenge is fair: its starting settings fail the way its story says, and its known
 * solution converges within the step budget, on the same seed.
 */
class ChallengeFairnessTest {

  static Stream<Challenge> campaign() {
    Content c = ContentLoader.load(Path.of(System.getProperty("vp.projectDir", ".")).resolve("lessons"));
    assertThat(c.problems()).isEmpty();
    return c.challenges().stream().filter(ch -> !ch.sandbox());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("campaign")
  void theStartFailsAsTheStorySays(Challenge c) {
    Verdict v = new Trainer(c.config(c.start())).run(s -> { });
    assertThat(v.outcome()).as(v.reason()).isNotEqualTo(Verdict.Outcome.CONVERGED);
    assertThat(v.headline()).as(v.diagnoses().toString()).isEqualTo(c.expect());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("campaign")
  void theSolutionConvergesWithinTheBudget(Challenge c) {
    Verdict v = new Trainer(c.config(c.solution())).run(s -> { });
    assertThat(v.outcome()).as(v.reason()).isEqualTo(Verdict.Outcome.CONVERGED);
  }
}
