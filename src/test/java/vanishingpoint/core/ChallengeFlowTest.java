package vanishingpoint.core;

import vanishingpoint.train.Verdict;
import vanishingpoint.train.VerdictFixtures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vanishingpoint.ui.Fixtures;

class ChallengeFlowTest {

  static final Input ENTER = Input.of(Input.Kind.ENTER);
  static final Input DOWN = Input.of(Input.Kind.DOWN);
  static final Input RIGHT = Input.of(Input.Kind.RIGHT);

  static GameState keys(GameState s, Input... in) {
    for (Input i : in) {
      s = Update.apply(s, i);
    }
    return s;
  }

  static GameState menu() {
    return keys(GameState.start(Fixtures.alice(), Fixtures.lessons(), List.of(), List.of()), Input.ch('4'));
  }

  static Training finished(String verdict, int step) {
    Verdict v = verdict.equals("converged") ? VerdictFixtures.converged(step) : VerdictFixtures.vanishing();
    double[] none = new double[0];
    return new Training(step, 600, new double[] {0.69, 0.5}, 0.93, new double[] {1e-8, 1e-2}, new double[] {1e-8, 1e-2},
        none, none, none, 300, new int[0], 0, new double[0], 2, v, v);
  }

  @Test
  void theSecondChallengeIsLockedUntilTheFirstIsWon() {
    GameState s = keys(menu(), DOWN, ENTER);
    assertThat(s.screen()).isEqualTo(Screen.CHALLENGES);
    s = keys(menu(), ENTER);
    assertThat(s.screen()).isEqualTo(Screen.CHALLENGE);
    assertThat(s.challenge().settings()).containsEntry("activation", "sigmoid");
  }

  @Test
  void knobsChangeAndEnterStartsARun() {
    GameState s = keys(menu(), ENTER, RIGHT, DOWN, RIGHT, ENTER);
    assertThat(s.challenge().settings()).containsEntry("activation", "relu").containsEntry("init", "he");
    assertThat(s.challenge().phase()).isEqualTo(ChallengeState.Phase.TRAINING);
    assertThat(s.challenge().run()).isEqualTo(1);
    s = keys(s, Input.ch(' '), Input.ch('s'), Input.ch('s'), Input.ch('+'));
    assertThat(s.challenge().paused()).isTrue();
    assertThat(s.challenge().stepRequests()).isEqualTo(2);
    assertThat(s.challenge().speed()).isEqualTo(ChallengeState.DEFAULT_SPEED + 1);
  }

  @Test
  void theKnobListMovesAsEveryListDoes() {
    // the settings use the shared list keys (Navigation.navigate): Home and End too
    GameState s = keys(menu(), ENTER, Input.of(Input.Kind.END));
    assertThat(s.top().cursor()).isEqualTo(s.content().challenge(s.top().item()).orElseThrow().knobs().size() - 1);
    assertThat(keys(s, Input.of(Input.Kind.HOME)).top().cursor()).isZero();
    assertThat(keys(s, DOWN).top().cursor()).isZero();
  }

  @Test
  void aWinWithinHalfTheBudgetAndNoHintsEarnsThreeStarsAndIsSavedAtOnce() {
    GameState s = keys(menu(), ENTER, ENTER);
    s = Update.trainingTick(s, 1, finished("converged", 240));
    assertThat(s.challenge().phase()).isEqualTo(ChallengeState.Phase.VERDICT);
    assertThat(s.profile().challenge("tower")).isEqualTo(new ChallengeProgress(3, 240, s.challenge().settings(), 0));
    assertThat(ChallengeFlow.unlocked(s, s.content().challenge("doctor").orElseThrow())).isTrue();
  }

  @Test
  void hintsCostTheThirdStarAndSlowWinsTheSecond() {
    GameState s = keys(menu(), ENTER, Input.ch('h'), Input.ch('h'), ENTER);
    s = Update.trainingTick(s, 1, finished("converged", 400));
    assertThat(s.profile().challenge("tower").stars()).isEqualTo(1);
  }

  @Test
  void aHintSeenOnceIsRememberedAfterLeavingAndComingBack() {
    GameState s = keys(menu(), ENTER, Input.ch('h'), Input.ch('h'), Input.of(Input.Kind.BACK), ENTER);
    assertThat(s.challenge().hints()).isEqualTo(1);
    s = Update.trainingTick(keys(s, ENTER), 1, finished("converged", 100));
    assertThat(s.profile().challenge("tower").stars()).isEqualTo(2);
  }

  @Test
  void aFailureRecordsNothingAndATickOfAnOldRunIsIgnored() {
    GameState s = keys(menu(), ENTER, ENTER);
    assertThat(Update.trainingTick(s, 7, finished("converged", 10))).isEqualTo(s);
    s = Update.trainingTick(s, 1, finished("vanishing", 600));
    assertThat(s.challenge().phase()).isEqualTo(ChallengeState.Phase.VERDICT);
    assertThat(s.profile().challenge("tower").completed()).isFalse();
  }

  @Test
  void diagnoseFirstOpensTheSettingsOnlyAfterTheRightDiagnosis() {
    GameState won = Update.trainingTick(keys(menu(), ENTER, ENTER), 1, finished("converged", 100));
    GameState s = keys(won, Input.of(Input.Kind.BACK), DOWN, ENTER);
    assertThat(s.challenge().phase()).isEqualTo(ChallengeState.Phase.TRAINING);
    s = Update.trainingTick(s, 1, finished("vanishing", 600));
    assertThat(s.challenge().phase()).isEqualTo(ChallengeState.Phase.DIAGNOSE);
    s = keys(s, DOWN, ENTER); // "exploding": wrong
    assertThat(s.challenge().phase()).isEqualTo(ChallengeState.Phase.DIAGNOSE);
    assertThat(s.challenge().diagnosed()).isFalse();
    s = keys(s, Input.of(Input.Kind.UP), ENTER); // "vanishing": right
    assertThat(s.challenge().phase()).isEqualTo(ChallengeState.Phase.SETTINGS);
    assertThat(s.challenge().diagnosed()).isTrue();
  }

  @Test
  void theFirstHintTellsItsPriceAndOnlyTheSecondPressSpendsTheStar() {
    GameState s = keys(menu(), ENTER, Input.ch('h'));
    assertThat(s.challenge().hintAsked()).isTrue();
    assertThat(s.challenge().hints()).isZero();
    assertThat(s.profile().challenge("tower").hints()).isZero();
    assertThat(ChallengeFlow.hintPrice(1)).isEqualTo(
        "A hint costs this challenge's third star. Press h again to see hint 1.");
    // another key drops the question: the next h asks again
    GameState moved = keys(s, RIGHT);
    assertThat(moved.challenge().hintAsked()).isFalse();
    assertThat(keys(moved, Input.ch('h')).challenge().hints()).isZero();
    GameState seen = keys(s, Input.ch('h'));
    assertThat(seen.challenge().hints()).isEqualTo(1);
    assertThat(seen.challenge().hintAsked()).isFalse();
    assertThat(seen.profile().challenge("tower").hints()).isEqualTo(1);
    // the star is spent: the next hint comes at once
    assertThat(keys(seen, Input.ch('h')).challenge().hints()).isEqualTo(Math.min(2,
        seen.content().challenge("tower").orElseThrow().hints().size()));
  }

  @Test
  void inTheVerdictTheFirstHAsksTooAndEveryHintSeenIsListed() {
    GameState s = keys(menu(), ENTER, ENTER);
    s = Update.trainingTick(s, 1, finished("vanishing", 600));
    assertThat(s.challenge().phase()).isEqualTo(ChallengeState.Phase.VERDICT);
    GameState asked = keys(s, Input.ch('h'));
    assertThat(asked.challenge().hintAsked()).isTrue();
    assertThat(asked.challenge().hints()).isZero();
    GameState three = keys(s, Input.ch('h'), Input.ch('h'), Input.ch('h'), Input.ch('h'));
    int all = s.content().challenge("tower").orElseThrow().hints().size();
    assertThat(three.challenge().hints()).isEqualTo(Math.min(3, all));
  }
}
