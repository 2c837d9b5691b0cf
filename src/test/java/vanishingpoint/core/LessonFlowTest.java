package vanishingpoint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vanishingpoint.ui.Fixtures;

class LessonFlowTest {

  static final Input RIGHT = Input.of(Input.Kind.RIGHT);
  static final Input LEFT = Input.of(Input.Kind.LEFT);
  static final Input ENTER = Input.of(Input.Kind.ENTER);
  static final Input DOWN = Input.of(Input.Kind.DOWN);

  static GameState keys(GameState s, Input... in) {
    for (Input i : in) {
      s = Update.apply(s, i);
    }
    return s;
  }

  @Test
  void pagingRecordsThePageAndTheFurthestPageSeen() {
    GameState s = keys(Fixtures.reading(0), RIGHT, RIGHT, LEFT);
    assertThat(s.top()).isEqualTo(new Place(Screen.LESSON, 1, "sample"));
    assertThat(s.profile().lesson("sample")).isEqualTo(new LessonProgress(1, 2, false));
  }

  @Test
  void theCheckpointIsAQuizThatMarksTheLessonDone() {
    GameState s = Fixtures.reading(2);
    s = keys(s, ENTER);
    assertThat(s.screen()).isEqualTo(Screen.QUIZ);
    assertThat(s.quiz().questions()).containsExactly("sample-choice", "sample-tf");
    s = keys(s, ENTER, ENTER, ENTER); // answer, next, answer
    assertThat(s.profile().lesson("sample").done()).isFalse();
    s = keys(s, ENTER);
    assertThat(s.quiz().finished()).isTrue();
    assertThat(s.profile().lesson("sample").done()).isTrue();
    assertThat(s.profile().cards()).containsOnlyKeys("sample-choice", "sample-tf");
    s = keys(s, ENTER);
    assertThat(s.top()).isEqualTo(new Place(Screen.LESSON, 2, "sample"));
  }

  @Test
  void theTableOfContentsJumpsToAPage() {
    GameState s = keys(Fixtures.reading(0), Input.ch('t'), DOWN, ENTER);
    assertThat(s.reader().toc()).isFalse();
    assertThat(s.top().cursor()).isEqualTo(1);
  }

  @Test
  void continueReopensTheLessonOnItsPage() {
    GameState s = keys(Fixtures.reading(1), Input.of(Input.Kind.BACK), Input.of(Input.Kind.BACK));
    assertThat(s.screen()).isEqualTo(Screen.HOME);
    GameState again = GameState.start(s.profile(), s.content(), s.resume(), List.of());
    again = keys(again, ENTER);
    assertThat(again.top()).isEqualTo(new Place(Screen.LESSONS, 0, null));
    GameState fromLesson = GameState.start(Fixtures.reading(1).profile(), s.content(), Fixtures.reading(1).resume(), List.of());
    assertThat(keys(fromLesson, ENTER).top()).isEqualTo(new Place(Screen.LESSON, 1, "sample"));
    assertThat(keys(fromLesson, ENTER).reader().depth()).isEqualTo(10);
  }

  @Test
  void theProbeAsksTheSessionToRunAndShowsTheResult() {
    GameState s = Fixtures.reading(1);
    assertThat(s.reader().probe().requested()).isFalse();
    // the fixture's widget page has the multiply widget, so 'r' does nothing there
    assertThat(keys(s, Input.ch('r')).reader().probe().requested()).isFalse();
  }
}
