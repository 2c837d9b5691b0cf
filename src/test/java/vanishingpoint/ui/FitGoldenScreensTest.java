package vanishingpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Input;
import vanishingpoint.core.Place;
import vanishingpoint.core.QuizState;
import vanishingpoint.core.Screen;
import vanishingpoint.core.Training;
import vanishingpoint.core.Update;
import vanishingpoint.lesson.Content;
import vanishingpoint.quiz.Question;
import vanishingpoint.train.Diagnosis;
import vanishingpoint.train.Verdict;
import vanishingpoint.train.VerdictFixtures;

/**
 * The states that did not fit 80x24 (issue 14), with the real lessons, against golden files in
 * UTF-8 and ASCII: each must now wrap, scroll with a mark, or make room, and hide nothing needed.
 */
class FitGoldenScreensTest {

  static final Content REAL = FitScreensTest.real();

  static Style style(boolean unicode) {
    return new Style(unicode ? Style.Colors.ANSI256 : Style.Colors.ANSI16, unicode);
  }

  static String render(String name, GameState s, boolean unicode, int cols, int rows) throws IOException {
    String out = ScreenSnapshotTest.render(s, style(unicode), cols, rows);
    Golden.assertMatches(name + "-" + cols + "x" + rows + (unicode ? "" : "-ascii"), out);
    if (!unicode) {
      assertThat(out.chars().allMatch(c -> c < 128)).as("%s in ASCII has only ASCII characters", name).isTrue();
    }
    return out;
  }

  static GameState asking(String id) {
    Question q = REAL.questions().get(id);
    assertThat(q).as(id).isNotNull();
    GameState s = FitScreensTest.home(REAL);
    return new GameState(s.profile(), REAL, List.of(new Place(Screen.HOME, 2), new Place(Screen.QUIZZES, 0),
        new Place(Screen.QUIZ, 0, "exam")), List.of(), false, List.of(), false, s.reader(), s.challenge(),
        new QuizState("exam", List.of(id), 0, 0, List.of(), "", Map.of(),
            q instanceof Question.Order o ? vanishingpoint.core.QuizAnswering.shuffledSteps(o) : List.of(), false,
            null, null, Fixtures.NOW.toEpochMilli(), List.of(), null), Fixtures.NOW);
  }

  static GameState keys(GameState s, Input... in) {
    return FitScreensTest.keys(s, in);
  }

  static final Input DOWN = Input.of(Input.Kind.DOWN);
  static final Input ENTER = Input.of(Input.Kind.ENTER);

  @ParameterizedTest(name = "unicode={0}")
  @ValueSource(booleans = {true, false})
  void diagnoseWithFiveFixesAndAPick(boolean unicode) throws IOException {
    GameState s = asking("diag-high-lr");
    Question.Diagnose q = (Question.Diagnose) REAL.questions().get("diag-high-lr");
    assertThat(q.fixRight().size() + q.fixWrong().size()).isEqualTo(5);
    String training = ScreenSnapshotTest.render(s, style(unicode), 80, 24);
    assertThat(training).contains("Training the network...").doesNotContain("lr=1.5").doesNotContain("depth=");
    s = s.withQuiz(s.quiz().withDiagnose(FitScreensTest.diagnoseRun(true)));
    // pick the second diagnosis, then go down to the last fix: the view follows the cursor
    s = keys(s, DOWN, Input.ch(' '), DOWN, DOWN, DOWN, DOWN, DOWN, DOWN);
    String out = render("fit-diagnose-picked", s, unicode, 80, 24);
    assertThat(out).contains(unicode ? "(•)" : "(*)").contains("Space picks a diagnosis and a fix")
        .contains(unicode ? "↑ more" : "more above").contains("Train for more steps.");
  }

  @ParameterizedTest(name = "unicode={0}")
  @ValueSource(booleans = {true, false})
  void longFeedback(boolean unicode) throws IOException {
    GameState s = keys(asking("order-exploding-story"), ENTER);
    assertThat(s.quiz().answered()).isTrue();
    String out = render("fit-feedback", s, unicode, 80, 24);
    assertThat(out.replaceAll("\\s+", " ")).contains("relative to each other.").contains("Rating:");
  }

  @ParameterizedTest(name = "unicode={0}")
  @ValueSource(booleans = {true, false})
  void matchWithLongPartners(boolean unicode) throws IOException {
    GameState s = asking("match-init");
    for (int i = 0; i < ((Question.Match) REAL.questions().get("match-init")).pairs().size(); i++) {
      s = keys(s, Input.of(Input.Kind.RIGHT), Input.of(Input.Kind.RIGHT), DOWN);
    }
    render("fit-match", s, unicode, 80, 24);
    String out = render("fit-match-answered", keys(s, ENTER), unicode, 80, 24);
    assertThat(out.replaceAll("\\s+", " ")).contains("(right: too large: the gradients explode)");
  }

  static GameState challenge(String id) {
    GameState s = keys(FitScreensTest.home(REAL), Input.ch('4'));
    int i = 0;
    while (!REAL.challenges().get(i).id().equals(id)) {
      i++;
      s = keys(s, DOWN);
    }
    return keys(s, ENTER);
  }

  @ParameterizedTest(name = "unicode={0}")
  @ValueSource(booleans = {true, false})
  void gauntletSettingsWithItsKnobHelp(boolean unicode) throws IOException {
    // init on xavier: two lines of help under eight knobs; then a hint as well, and the view scrolls
    GameState s = keys(challenge("the-gauntlet"), DOWN, Input.of(Input.Kind.RIGHT), Input.of(Input.Kind.RIGHT));
    String out = render("fit-gauntlet-settings", s, unicode, 80, 24);
    // the data knobs it leaves locked make one line, not three
    assertThat(out).contains("xavier").contains("depth").contains("other settings are locked")
        .doesNotContain("dataset");
    out = render("fit-gauntlet-settings-hint", keys(s, Input.ch('h'), Input.ch('h')), unicode, 80, 24);
    assertThat(out).contains("Hint 1:").contains(unicode ? "↑ more" : "more above").contains("xavier");
  }

  @ParameterizedTest(name = "unicode={0}")
  @ValueSource(booleans = {true, false})
  void challengeEightWithThreeHints(boolean unicode) throws IOException {
    GameState s = keys(challenge("timid-steps"), Input.ch('h'), Input.ch('h'), Input.ch('h'),
        Input.ch('h'));
    assertThat(s.challenge().hints()).isEqualTo(3);
    String out = render("fit-timid-steps-hints", s, unicode, 80, 24).replaceAll("\\s+", " ");
    assertThat(out).contains("Hint 1:").contains("Hint 2:").contains("Hint 3: Switch the optimiser to adam");
  }

  @ParameterizedTest(name = "unicode={0}")
  @ValueSource(booleans = {true, false})
  void lossChartWithAHugeLoss(boolean unicode) throws IOException {
    GameState s = keys(challenge("hot-step"), ENTER);
    Verdict v = VerdictFixtures.of(Verdict.Outcome.DIVERGED, 0, Diagnosis.Kind.EXPLODING);
    Training t = FitScreensTest.live(48, true, null, v);
    s = Update.trainingTick(s, s.challenge().run(), t);
    String out = render("fit-huge-loss", s, unicode, 80, 24);
    assertThat(out).contains("8.17e+110").contains(" decision boundary");
  }

  @ParameterizedTest(name = "unicode={0}")
  @ValueSource(booleans = {true, false})
  void tooSmallTerminal(boolean unicode) throws IOException {
    String out = render("fit-too-small", FitScreensTest.home(REAL), unicode, 79, 24);
    assertThat(out.replaceAll("\\s+", " ")).contains("enlarge your terminal to 80x24 (now 79x24). q quits.");
  }

  @ParameterizedTest(name = "unicode={0}")
  @ValueSource(booleans = {true, false})
  void theProbeRunAgainShowsThePreviousRunDimBehind(boolean unicode) throws IOException {
    int page = REAL.lesson("vanishing").orElseThrow().pageIndex("probe").orElseThrow();
    GameState s = keys(FitScreensTest.home(REAL), Input.ch('2'), Input.ch('j'), ENTER);
    for (int i = 0; i < page; i++) {
      s = keys(s, Input.of(Input.Kind.RIGHT));
    }
    double[] vanished = new double[20];
    double[] kept = new double[20];
    for (int l = 0; l < 20; l++) {
      vanished[l] = Math.pow(0.25, 19 - l);
      kept[l] = 0.5 + 0.02 * l;
    }
    // relu first (its gradients kept), then back round to sigmoid (they vanish): relu's bars stand
    // dim above sigmoid's early layers
    s = keys(s, Input.ch('a'), Input.ch('a'), Input.ch('r'));
    s = Update.probeDone(s, s.reader().probe(), kept);
    s = keys(s, Input.ch('a'), Input.ch('a'), Input.ch('a'), Input.ch('r'));
    s = Update.probeDone(s, s.reader().probe(), vanished);
    String out = render("fit-probe-previous", s, unicode, 80, 24);
    assertThat(out).contains("activation sigmoid (a)").contains("previous: activation relu, init xavier");
    // one scale for both: sigmoid's layer 1 (3.6e-12) sets the bottom, relu's keep theirs
    assertThat(out).contains("1e-13").contains("1e+0");
    if (!unicode) {
      assertThat(out).contains(": :");
    }
  }
}
