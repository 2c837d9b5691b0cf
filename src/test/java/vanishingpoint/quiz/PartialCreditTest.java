package vanishingpoint.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several right options: right picks minus wrong picks over the right options, at least 0; partial is Hard. */
class PartialCreditTest {

  static final Question SEVERAL = new Question.Choice(GraderTest.head("several"), List.of("r1", "r2", "r3"),
      List.of("w1", "w2"));

  /** Indices into {@link Choices#of} of the options with these texts. */
  static List<Integer> picks(String... texts) {
    List<Choices.Option> opts = Choices.of(SEVERAL);
    List<Integer> out = new ArrayList<>();
    for (String t : texts) {
      for (int i = 0; i < opts.size(); i++) {
        if (opts.get(i).text().equals(t)) {
          out.add(i);
        }
      }
    }
    return out;
  }

  static Result graded(String... texts) {
    return Grader.grade(SEVERAL, new Answer.Picked(picks(texts)));
  }

  @Test
  void rightPicksMinusWrongPicksOverTheRightOptionsFlooredAtZero() {
    assertThat(graded("r1", "r2", "r3").score()).isEqualTo(1.0);
    assertThat(graded("r1", "r2", "r3").right()).isTrue();
    assertThat(graded("r1", "r2").score()).isEqualTo(2.0 / 3);
    assertThat(graded("r1", "r2").right()).isFalse();
    assertThat(graded("r1", "r2", "w1").score()).isEqualTo(1.0 / 3);
    assertThat(graded("r1", "r2", "r3", "w1", "w2").score()).isEqualTo(1.0 / 3);
    assertThat(graded("r1", "w1", "w2").score()).isEqualTo(0.0);
    assertThat(graded("w1").score()).isEqualTo(0.0);
    assertThat(graded("r1", "r2").feedback().get(0)).startsWith("Partly right: 2 of 3");
  }

  @Test
  void partlyRightIsRatedHardWrongIsAgain() {
    assertThat(Rater.suggest(graded("r1", "r2"), false, 1000)).isEqualTo(Grade.HARD);
    assertThat(Rater.suggest(graded("r1", "w1", "w2"), false, 1000)).isEqualTo(Grade.AGAIN);
    assertThat(Rater.suggest(graded("r1", "r2", "r3"), false, 1000)).isEqualTo(Grade.GOOD);
  }
}
