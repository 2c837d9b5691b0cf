package vanishingpoint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static vanishingpoint.core.ChallengeFlowTest.ENTER;
import static vanishingpoint.core.ChallengeFlowTest.finished;
import static vanishingpoint.core.ChallengeFlowTest.keys;
import static vanishingpoint.core.ChallengeFlowTest.menu;

import java.util.List;
import org.junit.jupiter.api.Test;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.ui.Fixtures;

/** What update asks the session to do: the effects it returns with each next state. */
class UpdateEffectsTest {

  static Next key(GameState s, Input in) {
    return Update.update(s, new Msg.Key(in));
  }

  /** The effects but the save (the challenge's phase, pause and speed are kept for Continue: saved). */
  static List<Effect> run(Next n) {
    return n.effects().stream().filter(e -> !(e instanceof Effect.Save)).toList();
  }

  /** The first challenge's settings, where Enter trains. */
  static GameState settings() {
    return keys(menu(), ENTER);
  }

  @Test
  void enterOnTheSettingsStartsARunWithThem() {
    GameState s = settings();
    Next next = key(s, ENTER);
    Challenge c = s.content().challenge(s.top().item()).orElseThrow();
    assertThat(run(next)).containsExactly(new Effect.StartRun(1, c.config(s.challenge().settings()), false,
        new Effect.Pace(false, ChallengeState.DEFAULT_SPEED, 0)));
    assertThat(next.state().challenge().run()).isEqualTo(1);
  }

  @Test
  void pauseStepAndSpeedPaceTheRun() {
    GameState s = keys(settings(), ENTER);
    Next paused = key(s, Input.ch(' '));
    assertThat(run(paused)).containsExactly(
        new Effect.PaceRun(1, new Effect.Pace(true, ChallengeState.DEFAULT_SPEED, 0)));
    Next stepped = key(paused.state(), Input.ch('s'));
    assertThat(run(stepped)).containsExactly(
        new Effect.PaceRun(1, new Effect.Pace(true, ChallengeState.DEFAULT_SPEED, 1)));
    // another look at the charts asks nothing of the run
    assertThat(run(key(s, Input.ch('v')))).isEmpty();
  }

  @Test
  void leavingTheRunStopsItAndRerunningStartsTheNext() {
    GameState s = keys(settings(), ENTER);
    assertThat(run(key(s, Input.of(Input.Kind.BACK)))).containsExactly(new Effect.StopRun(1));
    List<Effect> again = run(key(s, Input.ch('r')));
    assertThat(again).hasSize(2);
    assertThat(again.get(0)).isEqualTo(new Effect.StopRun(1));
    assertThat(again.get(1)).isInstanceOfSatisfying(Effect.StartRun.class,
        r -> assertThat(r.run()).isEqualTo(2));
  }

  @Test
  void aFinishedRunIsStoppedAndItsResultSaved() {
    GameState s = keys(settings(), ENTER);
    Next next = Update.update(s, new Msg.TrainingFrame(1, finished("converged", 240)));
    assertThat(next.state().challenge().phase()).isEqualTo(ChallengeState.Phase.VERDICT);
    assertThat(next.effects()).containsExactly(new Effect.StopRun(1), new Effect.Save());
  }

  @Test
  void aFrameOfAStaleRunChangesNothing() {
    GameState s = keys(settings(), ENTER);
    Next next = Update.update(s, new Msg.TrainingFrame(7, finished("converged", 10)));
    assertThat(next.state()).isSameAs(s);
    assertThat(next.effects()).isEmpty();
  }

  @Test
  void theProbeKeyRunsTheProbeAndItsResultComesBackAsAMessage() {
    GameState s = probePage();
    Next asked = key(s, Input.ch('r'));
    Reader.ProbeState p = asked.state().reader().probe();
    assertThat(p.requested()).isTrue();
    assertThat(asked.effects()).contains(new Effect.RunProbe(p));
    Next done = Update.update(asked.state(), new Msg.ProbeDone(p, new double[] {1e-9, 1}, null));
    assertThat(done.state().reader().probe().norms()).containsExactly(1e-9, 1);
    assertThat(done.effects()).doesNotHaveAnyElementsOfTypes(Effect.RunProbe.class);
    // scrolled to the end, which the next frame measures
    Next measured = Update.update(done.state(), new Msg.PageMeasured(3));
    assertThat(measured.state().reader().scroll()).isEqualTo(3);
  }

  static GameState probePage() {
    int page = ExactResumeTest.CONTENT.lesson("vanishing").orElseThrow().pageIndex("probe").orElseThrow();
    GameState s = ExactResumeTest.keys(ExactResumeTest.fresh(), Input.ch('2'), Input.ch('j'), ENTER);
    for (int i = 0; i < page; i++) {
      s = ExactResumeTest.keys(s, ExactResumeTest.RIGHT);
    }
    return s;
  }

  @Test
  void aPageMeasuredShorterPullsTheScrollBack() {
    GameState s = probePage();
    GameState down = keys(s, Input.ch('j'), Input.ch('j'));
    assertThat(down.reader().scroll()).isEqualTo(2);
    assertThat(Update.update(down, new Msg.PageMeasured(1)).state().reader().scroll()).isEqualTo(1);
    assertThat(Update.update(down, new Msg.PageMeasured(5)).state()).isSameAs(down);
  }

  /** Main menu, Continue pointing at a quiz left on its diagnose question before the run came. */
  static GameState quizLeftOnDiagnose() {
    GameState h = Fixtures.home();
    List<Place> quiz = List.of(new Place(Screen.HOME, 0), new Place(Screen.QUIZZES, 0),
        new Place(Screen.QUIZ, 0, "exam"));
    QuizState v = new QuizState("exam", List.of("sample-diagnose", "sample-tf"), 0, 0, List.of(), "",
        java.util.Map.of(), List.of(), false, null, null, Fixtures.NOW.toEpochMilli(), List.of(), null);
    return new GameState(h.profile(), Fixtures.lessons(), List.of(new Place(Screen.HOME, 0)), quiz,
        new ScreenStates(null, null, v), false, List.of(), false, Reader.START, ChallengeState.NONE, QuizState.NONE,
        Fixtures.NOW);
  }

  @Test
  void openingADiagnoseQuestionFetchesItsRunAndTheRunFillsIt() {
    String spec = ((vanishingpoint.quiz.Question.Diagnose) Fixtures.lessons().questions().get("sample-diagnose")).run();
    Next opened = key(quizLeftOnDiagnose(), ENTER);
    assertThat(opened.state().screen()).isEqualTo(Screen.QUIZ);
    assertThat(opened.effects()).contains(new Effect.PrefetchDiagnose(spec), new Effect.FetchDiagnose(spec));
    Training run = finished("vanishing", 50);
    Next stale = Update.update(opened.state(), new Msg.DiagnoseReady("depth=3", run));
    assertThat(stale.state().quiz().diagnose()).isNull();
    Next ready = Update.update(opened.state(), new Msg.DiagnoseReady(spec, run));
    assertThat(ready.state().quiz().diagnose()).isSameAs(run);
    assertThat(ready.effects()).doesNotHaveAnyElementsOfTypes(Effect.FetchDiagnose.class);
  }

  @Test
  void movingOnTheMainMenuAsksNothingAndQuittingSaysSo() {
    GameState s = Fixtures.home();
    assertThat(key(s, Input.of(Input.Kind.DOWN)).effects()).isEmpty();
    assertThat(key(s, Input.ch('q')).effects()).containsExactly(new Effect.Quit());
  }

  @Test
  void aChangeOfProgressAsksForASave() {
    GameState s = Fixtures.home();
    Next lessons = key(s, Input.ch('2'));
    assertThat(lessons.effects()).containsExactly(new Effect.Save());
  }

  @Test
  void aFailedSaveBecomesANoticeThroughUpdate() {
    Next next = Update.update(Fixtures.home(), new Msg.SaveFailed("your progress is not saved"));
    assertThat(next.state().notices()).containsExactly("your progress is not saved");
    assertThat(next.effects()).isEmpty();
  }

  @Test
  void aTrainingSnapshotIsCopiedOnItsWayIn() {
    double[] losses = {0.7, 0.6};
    Training t = new Training(2, 10, losses, 0.5, new double[0], new double[0], new double[0], new double[0],
        new double[0], 0, new int[0], 0, new double[0], 2, null, null);
    losses[0] = 99;
    assertThat(t.losses()).containsExactly(0.7, 0.6);
  }
}
