package vanishingpoint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vanishingpoint.lesson.Content;
import vanishingpoint.ui.Fixtures;

/** Numbers open numbered entries; Continue skips Help; a finished lesson's end offers the next one. */
class NavigationConventionsTest {

  static final Input ENTER = Input.of(Input.Kind.ENTER);
  static final Input BACK = Input.of(Input.Kind.BACK);

  static GameState keys(GameState s, Input... in) {
    for (Input i : in) {
      s = Update.apply(s, i);
    }
    return s;
  }

  static GameState start(Content c) {
    return GameState.start(Fixtures.alice(), c, List.of(), List.of()).at(Fixtures.NOW);
  }

  @Test
  void numberKeysOpenTheEntryWithThatNumberInTheLessonsAndChallengesLists() {
    GameState lessons = keys(start(Fixtures.lessons()), Input.ch('2'));
    assertThat(lessons.screen()).isEqualTo(Screen.LESSONS);
    GameState opened = keys(lessons, Input.ch('1'));
    assertThat(opened.screen()).isEqualTo(Screen.LESSON);
    assertThat(opened.top().item()).isEqualTo("sample");
    assertThat(keys(lessons, Input.ch('9'))).isEqualTo(lessons);
    GameState challenges = keys(start(Fixtures.lessons()), Input.ch('4'));
    // 2 is locked until 1 is won: the cursor goes there, nothing opens
    GameState locked = keys(challenges, Input.ch('2'));
    assertThat(locked.screen()).isEqualTo(Screen.CHALLENGES);
    assertThat(locked.top().cursor()).isEqualTo(1);
    GameState tower = keys(challenges, Input.ch('1'));
    assertThat(tower.screen()).isEqualTo(Screen.CHALLENGE);
    assertThat(tower.top().item()).isEqualTo("tower");
  }

  @Test
  void continueAfterOpeningHelpGoesBackToWhereThePlayerWas() {
    GameState reading = keys(start(Fixtures.lessons()), Input.ch('2'), ENTER, Input.of(Input.Kind.RIGHT));
    assertThat(reading.screen()).isEqualTo(Screen.LESSON);
    int page = reading.top().cursor();
    GameState home = keys(reading, BACK, BACK);
    int help = MenuItem.ALL.indexOf(MenuItem.HELP) + 1;
    GameState afterHelp = keys(home, Input.ch((char) ('0' + help)), BACK);
    assertThat(afterHelp.screen()).isEqualTo(Screen.HOME);
    GameState resumed = keys(afterHelp, Input.ch('1'));
    assertThat(resumed.stack()).isEqualTo(keys(home, Input.ch('1')).stack());
    assertThat(resumed.screen()).isEqualTo(Screen.LESSONS);
    assertThat(ContinueLabel.of(afterHelp)).isEqualTo(ContinueLabel.of(home));
    // straight from the lesson to Help (the lesson kept for Continue), and back: the page again
    GameState kept = keys(reading, Input.ch('?'), BACK);
    assertThat(kept.screen()).isEqualTo(Screen.LESSON);
    assertThat(kept.top().cursor()).isEqualTo(page);
  }

  @Test
  void theLastPageOfAFinishedLessonOpensTheNextLesson() {
    Content real = vanishingpoint.lesson.ContentLoader.load(java.nio.file.Path.of(
        System.getProperty("vp.projectDir", ".")).resolve("lessons"));
    vanishingpoint.lesson.Lesson second = real.lessons().get(1).lesson().orElseThrow();
    vanishingpoint.lesson.Lesson third = real.lessons().get(2).lesson().orElseThrow();
    Profile a = Fixtures.alice();
    Profile done = new Profile(a.name(), a.savePath(), a.createdAt(), a.visited(), a.daysPlayed(),
        Map.of(second.id(), new LessonProgress(second.pages().size(), second.pages().size(), true)), Map.of(),
        Map.of(), List.of());
    GameState end = keys(GameState.start(done, real, List.of(), List.of()).at(Fixtures.NOW), Input.ch('2'),
        Input.of(Input.Kind.DOWN), ENTER);
    assertThat(end.top().item()).isEqualTo(second.id());
    assertThat(end.top().cursor()).isEqualTo(second.pages().size());
    assertThat(LessonFlow.next(end, second)).contains(third);
    GameState next = keys(end, ENTER);
    assertThat(next.screen()).isEqualTo(Screen.LESSON);
    assertThat(next.top().item()).isEqualTo(third.id());
    assertThat(next.stack()).hasSize(3);
    // r still takes the checkpoint again
    assertThat(keys(end, Input.ch('r')).screen()).isEqualTo(Screen.QUIZ);
    // a lesson not done: Enter starts its checkpoint
    GameState notDone = keys(start(real), Input.ch('2'), Input.of(Input.Kind.DOWN), ENTER, Input.of(Input.Kind.END),
        ENTER);
    assertThat(notDone.screen()).isEqualTo(Screen.QUIZ);
  }
}
