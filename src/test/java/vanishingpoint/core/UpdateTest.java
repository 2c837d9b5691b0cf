package vanishingpoint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UpdateTest {

  static GameState fresh() {
    Profile p = new Profile("bob", "saves/bob.json", java.time.Instant.parse("2026-11-29T00:00:00Z"), Set.of(), List.of(), java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), List.of());
    return GameState.start(p, vanishingpoint.lesson.Content.empty("lessons"), List.of(), List.of());
  }

  static GameState keys(GameState s, Input... ins) {
    for (Input in : ins) {
      s = Update.apply(s, in);
    }
    return s;
  }

  static final Input DOWN = Input.of(Input.Kind.DOWN);
  static final Input UP = Input.of(Input.Kind.UP);
  static final Input ENTER = Input.of(Input.Kind.ENTER);
  static final Input BACK = Input.of(Input.Kind.BACK);

  @Test
  void arrowsAndJkMoveTheCursorAndWrap() {
    assertThat(keys(fresh(), DOWN, DOWN).top().cursor()).isEqualTo(2);
    assertThat(keys(fresh(), Input.ch('j'), Input.ch('j'), Input.ch('k')).top().cursor()).isEqualTo(1);
    assertThat(keys(fresh(), UP).top().cursor()).isEqualTo(MenuItem.ALL.size() - 1);
  }

  @Test
  void enterOpensAndBackReturnsRememberingWhereYouWere() {
    GameState s = keys(fresh(), DOWN, DOWN, DOWN, DOWN, ENTER);
    assertThat(s.screen()).isEqualTo(Screen.PROGRESS);
    assertThat(s.profile().visited()).contains("progress");
    s = keys(s, BACK);
    assertThat(s.screen()).isEqualTo(Screen.HOME);
    assertThat(s.top().cursor()).isEqualTo(4);
    assertThat(s.resume()).extracting(Place::screen).containsExactly(Screen.HOME, Screen.PROGRESS);
  }

  @Test
  void continueGoesBackToTheLastPlaceOrStartsTheLessons() {
    assertThat(keys(fresh(), ENTER).screen()).isEqualTo(Screen.LESSONS);
    GameState s = keys(fresh(), Input.ch('5'), BACK, Input.of(Input.Kind.HOME), ENTER);
    assertThat(s.screen()).isEqualTo(Screen.PROGRESS);
    // Help is read on the way: Continue still goes where the player was before it
    assertThat(keys(s, BACK, Input.ch('6'), BACK, Input.of(Input.Kind.HOME), ENTER).screen()).isEqualTo(Screen.PROGRESS);
  }

  @Test
  void quitFromAnywhereAndFromTheMenu() {
    assertThat(keys(fresh(), Input.ch('q')).quit()).isTrue();
    assertThat(keys(fresh(), Input.ch('3'), Input.ch('q')).quit()).isTrue();
    assertThat(keys(fresh(), Input.of(Input.Kind.INTERRUPT)).quit()).isTrue();
    assertThat(keys(fresh(), Input.of(Input.Kind.END), ENTER).quit()).isTrue();
    assertThat(keys(fresh(), DOWN).quit()).isFalse();
  }

  @Test
  void helpOverlayOpensAndClosesAndSwallowsNavigation() {
    GameState s = keys(fresh(), Input.ch('?'));
    assertThat(s.helpOpen()).isTrue();
    s = keys(s, DOWN, ENTER);
    assertThat(s.helpOpen()).isFalse();
    assertThat(s.top().cursor()).isZero();
    assertThat(s.screen()).isEqualTo(Screen.HOME);
  }

  @Test
  void noticesAreAcknowledgedOneByOneBeforeAnythingElse() {
    GameState s = GameState.start(fresh().profile(), fresh().content(), List.of(), List.of("one", "two"));
    s = keys(s, ENTER);
    assertThat(s.notices()).containsExactly("two");
    assertThat(s.screen()).isEqualTo(Screen.HOME);
    s = keys(s, DOWN, DOWN);
    assertThat(s.notices()).isEmpty();
    assertThat(s.top().cursor()).isEqualTo(1);
  }

  @Test
  void backOnTheMainMenuStaysThere() {
    GameState s = keys(fresh(), BACK, BACK);
    assertThat(s.screen()).isEqualTo(Screen.HOME);
    assertThat(s.quit()).isFalse();
  }
}
