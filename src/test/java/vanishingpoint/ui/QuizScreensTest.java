package vanishingpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Input;
import vanishingpoint.core.Place;
import vanishingpoint.core.QuizState;
import vanishingpoint.core.Screen;
import vanishingpoint.core.Training;
import vanishingpoint.core.Update;

/** Every question type's screen, before and after answering, and the summary, against golden files. */
class QuizScreensTest {

  static final Style STYLE = new Style(Style.Colors.ANSI256, true);

  /** A quiz of one question of the fixture bank, as if just opened. */
  static GameState asking(String id) {
    GameState s = Fixtures.home();
    s = new GameState(s.profile(), Fixtures.lessons(), List.of(new Place(Screen.HOME, 2), new Place(Screen.QUIZZES, 0),
        new Place(Screen.QUIZ, 0, "exam")), List.of(), false, List.of(), false, s.reader(), s.challenge(),
        new QuizState("exam", List.of(id, "sample-tf"), 0, 0, List.of(), "", java.util.Map.of(),
            id.equals("sample-order") ? vanishingpoint.core.QuizAnswering.shuffledSteps(
                (vanishingpoint.quiz.Question.Order) Fixtures.lessons().questions().get(id)) : List.of(), false, null, null,
            Fixtures.NOW.toEpochMilli(), List.of(), null), Fixtures.NOW);
    if (id.equals("sample-diagnose")) {
      double[] norms = {1e-9, 1e-7, 1e-5, 1e-3, 1e-1};
      double[] none = new double[0];
      s = s.withQuiz(s.quiz().withDiagnose(new Training(50, 50, new double[] {0.7, 0.69, 0.69}, 0.5, norms, norms, none,
          none, none, 0, new int[0], 0, none, 2, vanishingpoint.train.VerdictFixtures.vanishing(),
          vanishingpoint.train.VerdictFixtures.vanishing())));
    }
    return s;
  }

  static GameState keys(GameState s, Input... in) {
    for (Input i : in) {
      s = Update.apply(s.at(Fixtures.NOW.plusSeconds(5)), i);
    }
    return s;
  }

  static Input[] typed(String text) {
    return text.chars().mapToObj(c -> Input.ch((char) c)).toArray(Input[]::new);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sample-choice", "sample-tf", "sample-typein", "sample-recall", "sample-match",
      "sample-order", "sample-diagnose"})
  void everyQuestionScreen(String id) throws IOException {
    GameState s = asking(id);
    Golden.assertMatches("quiz-" + id, ScreenSnapshotTest.render(s, STYLE, 80, 24));
    GameState answered = switch (id) {
      case "sample-typein" -> keys(s, typed("Kaimin"));
      case "sample-recall" -> keys(s, typed("the gradients shrink on the way back"));
      case "sample-match" -> keys(s, Input.of(Input.Kind.RIGHT), Input.of(Input.Kind.DOWN), Input.of(Input.Kind.RIGHT),
          Input.of(Input.Kind.DOWN), Input.of(Input.Kind.RIGHT));
      case "sample-diagnose" -> keys(s, Input.ch(' '), Input.of(Input.Kind.DOWN), Input.of(Input.Kind.DOWN), Input.ch(' '));
      default -> s;
    };
    answered = keys(answered, Input.of(Input.Kind.ENTER));
    assertThat(answered.quiz().answered()).as(id).isTrue();
    Golden.assertMatches("quiz-" + id + "-answered", ScreenSnapshotTest.render(answered, STYLE, 80, 24));
  }

  @Test
  void typedAnswersSayWhatWasAcceptedAndRecallShowsTheMissingIdeas() throws IOException {
    GameState typein = keys(asking("sample-typein"), typed("Kaimin"));
    typein = keys(typein, Input.of(Input.Kind.ENTER));
    assertThat(typein.quiz().result().right()).isTrue();
    assertThat(typein.quiz().rating()).isEqualTo(vanishingpoint.srs.Rating.HARD);
    GameState recall = keys(asking("sample-recall"), typed("the gradients shrink on the way back"));
    recall = keys(recall, Input.of(Input.Kind.ENTER));
    assertThat(recall.quiz().result().missingIdeas()).containsExactly("early layers");
    assertThat(ScreenSnapshotTest.render(recall, STYLE, 80, 24)).contains("early layers");
  }

  @Test
  void theSummaryListsWhatToRevisit() throws IOException {
    GameState s = keys(asking("sample-choice"), Input.of(Input.Kind.DOWN), Input.of(Input.Kind.DOWN));
    s = keys(s, Input.of(Input.Kind.ENTER), Input.of(Input.Kind.ENTER), Input.of(Input.Kind.ENTER),
        Input.of(Input.Kind.ENTER));
    assertThat(s.quiz().finished()).isTrue();
    String out = ScreenSnapshotTest.render(s, STYLE, 80, 24);
    Golden.assertMatches("quiz-summary", out);
    assertThat(out).contains("Score:");
  }

  @Test
  void qIsALetterInATextField() {
    GameState s = keys(asking("sample-typein"), typed("q?"));
    assertThat(s.quit()).isFalse();
    assertThat(s.quiz().text()).isEqualTo("q?");
    assertThat(keys(s, Input.of(Input.Kind.BACKSPACE)).quiz().text()).isEqualTo("q");
  }
}
