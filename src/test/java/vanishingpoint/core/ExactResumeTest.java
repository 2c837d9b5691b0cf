package vanishingpoint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;
import vanishingpoint.lesson.Lesson;

/**
 * Issue 14, exact resume, in the core: the views Continue restores survive a new game started
 * from them (as from a save), and numbers that today's content no longer offers are fitted.
 */
class ExactResumeTest {

  static final Content CONTENT = ContentLoader.load(Path.of(System.getProperty("vp.projectDir", ".")).resolve("lessons"));
  static final Input ENTER = Input.of(Input.Kind.ENTER);
  static final Input BACK = Input.of(Input.Kind.BACK);
  static final Input RIGHT = Input.of(Input.Kind.RIGHT);
  static final Input END = Input.of(Input.Kind.END);

  static GameState fresh() {
    Profile p = new Profile("rita", "saves/rita.json", java.time.Instant.parse("2026-11-29T00:00:00Z"), Set.of(), List.of(), Map.of(),
        Map.of(), Map.of(), List.of());
    return GameState.start(p, CONTENT, List.of(), List.of()).at(java.time.Instant.parse("2026-11-29T10:00:00Z"));
  }

  static GameState keys(GameState s, Input... ins) {
    for (Input in : ins) {
      s = Update.apply(s, in);
    }
    return s;
  }

  static GameState type(GameState s, String text) {
    for (char ch : text.toCharArray()) {
      s = Update.apply(s, Input.ch(ch));
    }
    return s;
  }

  /** What a restart does: a new game from what the save holds (the places and the views). */
  static GameState restarted(GameState s) {
    return GameState.start(s.profile(), s.content(), s.resume(), s.resumeStates(), List.of()).at(s.now());
  }

  /** Lessons, the last lesson (definitions: three typed checkpoint questions), its checkpoint. */
  static GameState checkpoint() {
    GameState s = keys(fresh(), Input.ch('2'), END, ENTER, END, ENTER);
    assertThat(s.screen()).isEqualTo(Screen.QUIZ);
    assertThat(s.quiz().mode()).isEqualTo("checkpoint:definitions");
    return s;
  }

  @Test
  void aCheckpointLeftAtQuestionTwoComesBackThereWithItsScoreAndTheTypedAnswer() {
    GameState s = checkpoint();
    s = keys(type(s, "the gradient shrinks"), ENTER, ENTER);
    s = type(s, "grows without bou");
    assertThat(s.quiz().index()).isEqualTo(1);
    QuizState before = s.quiz();

    GameState again = keys(restarted(s), ENTER);
    assertThat(ContinueLabel.of(restarted(s))).isEqualTo("Continue: Lesson 6 checkpoint, question 2 of 3");
    assertThat(again.screen()).isEqualTo(Screen.QUIZ);
    assertThat(again.quiz().questions()).isEqualTo(before.questions());
    assertThat(again.quiz().index()).isEqualTo(1);
    assertThat(again.quiz().scores()).isEqualTo(before.scores()).hasSize(1);
    assertThat(again.quiz().text()).isEqualTo("grows without bou");
    // and it goes on from there: the typed answer is graded as if never left
    again = keys(type(again, "nd"), ENTER);
    assertThat(again.quiz().answered()).isTrue();
  }

  @Test
  void theViewsGoWithThePlacesUpToTheMainMenuAndBackWithinAGame() {
    GameState s = type(checkpoint(), "half");
    GameState home = GameState.start(s.profile(), s.content(), s.resume(), s.resumeStates(), List.of());
    assertThat(home.resumeStates().quiz().text()).isEqualTo("half");
    assertThat(keys(home, ENTER).quiz().text()).isEqualTo("half");
  }

  @Test
  void aChallengeComesBackWithItsSettingsAndItsFinishedRunToRecompute() {
    Challenge sandbox = CONTENT.challenges().stream().filter(Challenge::sandbox).findFirst().orElseThrow();
    GameState s = keys(fresh(), Input.ch('4'), END, ENTER, RIGHT, Input.ch('j'), RIGHT, RIGHT);
    assertThat(s.challenge().settings()).isNotEqualTo(sandbox.start());
    Map<String, String> settings = s.challenge().settings();
    int cursor = s.top().cursor();

    GameState again = keys(restarted(s), ENTER);
    assertThat(ContinueLabel.of(restarted(s))).isEqualTo("Continue: " + sandbox.title());
    assertThat(again.challenge().settings()).isEqualTo(settings);
    assertThat(again.challenge().phase()).isEqualTo(ChallengeState.Phase.SETTINGS);
    assertThat(again.top().cursor()).isEqualTo(cursor);

    // a finished run: the verdict phase comes back, asking for the run to be recomputed
    GameState ran = keys(s, ENTER);
    Training done = new Training(3, 3, new double[] {1, 0.5, 0.1}, 1, new double[] {1}, new double[] {1},
        new double[0], new double[0], new double[] {1e-3}, 250, new int[0], 0, new double[0], 2,
        vanishingpoint.train.VerdictFixtures.converged(3), null);
    ran = ChallengeFlow.tick(ran, ran.challenge().run(), done);
    assertThat(ran.challenge().phase()).isEqualTo(ChallengeState.Phase.VERDICT);
    GameState back = keys(restarted(ran), ENTER);
    assertThat(back.challenge().phase()).isEqualTo(ChallengeState.Phase.VERDICT);
    assertThat(back.challenge().restoring()).isTrue();
    assertThat(back.challenge().settings()).isEqualTo(settings);
    assertThat(back.notices()).isEmpty();
    // the recomputed run arrives: shown as it ended, at the speed it first ran at
    GameState shown = ChallengeFlow.tick(back, back.challenge().run(), done.withStepsPerSecond(999));
    assertThat(shown.challenge().restoring()).isFalse();
    assertThat(shown.challenge().training().losses()).containsExactly(1, 0.5, 0.1);
    assertThat(shown.challenge().training().stepsPerSecond()).isEqualTo(250);

    // a run still going starts again, and says so
    GameState running = keys(s, ENTER);
    GameState restarted = keys(restarted(running), ENTER);
    assertThat(restarted.challenge().phase()).isEqualTo(ChallengeState.Phase.TRAINING);
    assertThat(restarted.challenge().run()).isPositive();
    assertThat(restarted.challenge().settings()).isEqualTo(settings);
    assertThat(restarted.notices()).containsExactly(ChallengeFlow.RESTARTED);
  }

  @Test
  void theProbeAndTheMultiplyWidgetComeBackAsSet() {
    Lesson vanishing = CONTENT.lesson("vanishing").orElseThrow();
    int probePage = vanishing.pageIndex("probe").orElseThrow();
    GameState s = keys(fresh(), Input.ch('2'), Input.ch('j'), ENTER);
    for (int i = 0; i < probePage; i++) {
      s = keys(s, RIGHT);
    }
    s = keys(s, Input.ch('a'), Input.ch('i'), Input.ch('r'));
    Reader.ProbeState probe = s.reader().probe();
    assertThat(probe.requested()).isTrue();

    GameState again = keys(restarted(s), ENTER);
    assertThat(again.top().cursor()).isEqualTo(probePage);
    assertThat(again.reader().probe().activation()).isEqualTo(probe.activation()).isNotEqualTo("sigmoid");
    assertThat(again.reader().probe().init()).isEqualTo(probe.init()).isNotEqualTo("xavier");
    assertThat(again.reader().probe().requested()).as("run again by the session").isTrue();

    int multiplyPage = -1;
    for (int i = 0; i < vanishing.pages().size(); i++) {
      if (vanishing.pages().get(i).widget().filter(w -> w instanceof vanishingpoint.lesson.Block.Multiply).isPresent()) {
        multiplyPage = i;
      }
    }
    GameState m = keys(fresh(), Input.ch('2'), Input.ch('j'), ENTER);
    for (int i = 0; i < multiplyPage; i++) {
      m = keys(m, RIGHT);
    }
    m = keys(m, Input.ch('f'), Input.ch('+'), Input.ch('+'));
    GameState mAgain = keys(restarted(m), ENTER);
    assertThat(mAgain.reader().factor()).isEqualTo(m.reader().factor());
    assertThat(mAgain.reader().depth()).isEqualTo(m.reader().depth()).isEqualTo(12);
  }

  // ---- fitted to today's content ----

  static List<Place> at(Place top) {
    return List.of(new Place(Screen.HOME, 0), top);
  }

  @Test
  void aQuizLosesTheQuestionsThatAreGoneAndTheirScores() {
    List<String> ids = CONTENT.questions().keySet().stream().limit(3).toList();
    String typed = CONTENT.questions().values().stream()
        .filter(q -> q.type() == vanishingpoint.quiz.Question.Type.TYPEIN).findFirst().orElseThrow().id();
    QuizState saved = new QuizState("exam", List.of(ids.get(0), "gone-1", typed, ids.get(2)), 2, 0, List.of(),
        "half an answ", Map.of(), List.of(), true, null, null, 0, List.of(0.5, 1.0), null);
    ScreenStates v = Fit.views(new ScreenStates(null, null, saved), at(new Place(Screen.QUIZ, 0, "exam")), CONTENT);
    assertThat(v.quiz().questions()).containsExactly(ids.get(0), typed, ids.get(2));
    assertThat(v.quiz().index()).isEqualTo(1);
    assertThat(v.quiz().scores()).containsExactly(0.5);
    assertThat(v.quiz().text()).isEqualTo("half an answ");
    assertThat(v.quiz().hint()).isTrue();

    // the question it was on is gone: the next one, afresh
    QuizState onGone = new QuizState("exam", List.of(ids.get(0), "gone-1", ids.get(2)), 1, 3, List.of(7), "x",
        Map.of(), List.of(), false, null, null, 0, List.of(2.0), null);
    v = Fit.views(new ScreenStates(null, null, onGone), at(new Place(Screen.QUIZ, 0, "exam")), CONTENT);
    assertThat(v.quiz().questions()).containsExactly(ids.get(0), ids.get(2));
    assertThat(v.quiz().index()).isEqualTo(1);
    assertThat(v.quiz().scores()).containsExactly(1.0); // clamped to a score
    assertThat(v.quiz().text()).isEmpty();
    assertThat(v.quiz().picked()).isEmpty();

    // an index past the end: the summary
    QuizState past = new QuizState("exam", ids, 99, 0, List.of(), "", Map.of(), List.of(), false, null, null, 0,
        List.of(1.0, 1.0, 0.0), null);
    v = Fit.views(new ScreenStates(null, null, past), at(new Place(Screen.QUIZ, 0, "exam")), CONTENT);
    assertThat(v.quiz().finished()).isTrue();
    assertThat(v.quiz().index()).isEqualTo(3);

    // scores that do not match the index, another quiz's views, every question gone: afresh
    QuizState odd = new QuizState("exam", ids, 2, 0, List.of(), "", Map.of(), List.of(), false, null, null, 0,
        List.of(1.0), null);
    assertThat(Fit.views(new ScreenStates(null, null, odd), at(new Place(Screen.QUIZ, 0, "exam")), CONTENT).quiz()).isNull();
    assertThat(Fit.views(new ScreenStates(null, null, past), at(new Place(Screen.QUIZ, 0, "review")), CONTENT).quiz())
        .isNull();
    QuizState allGone = new QuizState("exam", List.of("gone-1", "gone-2"), 0, 0, List.of(), "", Map.of(), List.of(),
        false, null, null, 0, List.of(), null);
    assertThat(Fit.views(new ScreenStates(null, null, allGone), at(new Place(Screen.QUIZ, 0, "exam")), CONTENT).quiz())
        .isNull();
  }

  @Test
  void aChallengeKeepsOnlyTheChoicesStillOfferedAndAPhaseItHas() {
    Challenge c = CONTENT.challenges().get(0);
    String knob = c.knobs().keySet().iterator().next();
    String other = c.knobs().get(knob).stream().filter(v -> !v.equals(c.start().get(knob))).findFirst().orElseThrow();
    Map<String, String> settings = new LinkedHashMap<>(Map.of(knob, other, "no-such-knob", "7"));
    ChallengeState saved = new ChallengeState(ChallengeState.Phase.VERDICT, settings, 0, false, 4, false, 99, 0,
        Training.NONE, 42, ChallengeState.Panel.UNITS, false, true);
    ChallengeState v = Fit.views(new ScreenStates(null, saved, null), at(new Place(Screen.CHALLENGE, 0, c.id())), CONTENT)
        .challenge();
    Map<String, String> expected = new LinkedHashMap<>(c.start());
    expected.put(knob, other);
    assertThat(v.settings()).isEqualTo(expected);
    assertThat(v.speed()).isEqualTo(ChallengeState.MAX_SPEED);
    assertThat(v.guess()).isEqualTo(-1);
    assertThat(v.panel()).isEqualTo(ChallengeState.Panel.UNITS);
    assertThat(v.verdictShown()).isFalse();
    assertThat(v.restoring()).isTrue();
    assertThat(v.run()).isEqualTo(4);

    Map<String, String> gone = Map.of(knob, "a-choice-no-longer-offered");
    ChallengeState noRun = new ChallengeState(ChallengeState.Phase.VERDICT, gone, 0, false, 1, false, 3, 0,
        Training.NONE, -1, ChallengeState.Panel.GRADIENTS, true, false);
    v = Fit.views(new ScreenStates(null, noRun, null), at(new Place(Screen.CHALLENGE, 0, c.id())), CONTENT).challenge();
    assertThat(v.settings()).isEqualTo(c.start());
    assertThat(v.phase()).as("a verdict without a run to show").isEqualTo(ChallengeState.Phase.SETTINGS);
    assertThat(v.restoring()).isFalse();
  }

  @Test
  void aLessonPageKeepsOnlyWidgetValuesStillOffered() {
    Lesson vanishing = CONTENT.lesson("vanishing").orElseThrow();
    int probePage = vanishing.pageIndex("probe").orElseThrow();
    Reader saved = new Reader(5, true, 3, 0.3, 99, new Reader.ProbeState("swish", "he", 999, 999, null, true));
    Reader r = Fit.views(new ScreenStates(saved, null, null), at(new Place(Screen.LESSON, probePage, "vanishing")), CONTENT)
        .reader();
    Reader page = LessonFlow.readerFor(vanishing, probePage);
    assertThat(r.scroll()).isEqualTo(5);
    assertThat(r.toc()).isFalse();
    assertThat(r.factor()).isEqualTo(page.factor());
    assertThat(r.depth()).isEqualTo(page.depth());
    assertThat(r.probe().activation()).isEqualTo(page.probe().activation());
    assertThat(r.probe().init()).isEqualTo("he");
    assertThat(r.probe().depth()).isEqualTo(page.probe().depth());
    assertThat(r.probe().width()).isEqualTo(page.probe().width());
    assertThat(r.probe().requested()).isTrue();
  }

  @Test
  void continueNamesThePlace() {
    GameState s = keys(fresh(), Input.ch('3'), Input.ch('j'), ENTER);
    assertThat(s.quiz().mode()).isEqualTo("exam");
    assertThat(ContinueLabel.of(restarted(s))).isEqualTo("Continue: Exam, question 1 of 20");
    GameState lesson = keys(fresh(), Input.ch('2'), ENTER, RIGHT);
    assertThat(ContinueLabel.of(restarted(lesson))).isEqualTo("Continue: Lesson 1, "
        + CONTENT.lesson("gradients").orElseThrow().title() + ", page 2 of "
        + CONTENT.lesson("gradients").orElseThrow().pages().size());
    GameState challenge = keys(fresh(), Input.ch('4'), ENTER);
    assertThat(ContinueLabel.of(restarted(challenge))).isEqualTo("Continue: Challenge 1, "
        + CONTENT.challenges().get(0).title());
    assertThat(ContinueLabel.of(fresh())).isEqualTo("Continue");
  }
}
