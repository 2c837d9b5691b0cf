package vanishingpoint.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every claim in lessons/ holds for the engine (check-lessons --runs), and a false one is named by its line. */
class ClaimsTest {

  @Test
  void everyClaimInTheLessonsHolds() {
    Content c = ContentLoader.load(Path.of(System.getProperty("vp.projectDir", ".")).resolve("lessons"));
    assertThat(c.problems()).isEmpty();
    assertThat(c.claims()).hasSizeGreaterThan(20);
    assertThat(Claims.check(c)).isEmpty();
  }

  @Test
  void aFalseClaimIsReportedAtItsLineWithWhatTheRunDid(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("knobs.txt"), String.join("\n",
        "# knob help",
        "init=small: standard deviation 0.01.",
        "claim: depth=8 init=small steps=30 points=64 => outcome=converged",
        "claim: depth=8 init=small steps=30 points=64 => outcome!=converged has=vanishing",
        ""));
    Content c = ContentLoader.load(dir);
    assertThat(c.problems()).isEmpty();
    List<Problem> false_ = Claims.check(c);
    assertThat(false_).hasSize(1);
    assertThat(false_.get(0).toString()).startsWith(dir.resolve("knobs.txt") + ":3: claim is false (seed 1):")
        .contains("outcome=converged does not hold: outcome was not-converged").contains("the run: not converged");
  }

  @Test
  void aBadClaimIsAContentProblemAtItsLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("knobs.txt"), "claim: depth=8 => accuracy>lots\nclaim: depth=0 => steps>1\n");
    Content c = ContentLoader.load(dir);
    assertThat(c.problems()).extracting(Problem::line).containsExactly(1, 2);
    assertThat(c.problems().get(0).toString()).contains("'lots' is not a finite number");
    assertThat(c.problems().get(1).toString()).contains("depth");
  }

  @Test
  void conditionsAreParsedStrictly() {
    assertThatThrownBy(() -> Claim.parse("f", 1, "depth=3 outcome=converged")).hasMessageContaining("=>");
    assertThatThrownBy(() -> Claim.parse("f", 1, "depth=3 => has=tired")).hasMessageContaining("unknown diagnosis");
    assertThatThrownBy(() -> Claim.parse("f", 1, "depth=3 => steps=5")).hasMessageContaining("A..B");
    assertThatThrownBy(() -> Claim.parse("f", 1, "depth=3 => ratio<1")).hasMessageContaining("unknown name");
    assertThat(Claim.parse("f", 1, "depth=3 seeds=1..3 => converged-at=10..20 not=exploding").conditions())
        .hasSize(2);
  }
}
