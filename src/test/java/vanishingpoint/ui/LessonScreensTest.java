package vanishingpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Input;
import vanishingpoint.core.Screen;
import vanishingpoint.core.Update;

/** The lesson screens at 80x24 and 120x40, in Unicode and ASCII, against golden files. */
class LessonScreensTest {

  static Style style(boolean unicode) {
    return new Style(Style.Colors.ANSI256, unicode);
  }

  static GameState keys(GameState s, Input... in) {
    for (Input i : in) {
      s = Update.apply(s, i);
    }
    return s;
  }

  @ParameterizedTest(name = "{0}x{1} unicode={2}")
  @CsvSource({"80,24,true", "80,24,false", "120,40,true", "120,40,false"})
  void everyLessonScreen(int cols, int rows, boolean unicode) throws IOException {
    String size = cols + "x" + rows + (unicode ? "" : "-ascii");
    GameState menu = keys(GameState.start(Fixtures.alice(), Fixtures.lessons(), java.util.List.of(),
        java.util.List.of()), Input.ch('2'));
    Golden.assertMatches("lessons-menu-" + size, ScreenSnapshotTest.render(menu, style(unicode), cols, rows));
    Golden.assertMatches("lesson-page-" + size, ScreenSnapshotTest.render(Fixtures.reading(0), style(unicode), cols, rows));
    Golden.assertMatches("lesson-multiply-" + size,
        ScreenSnapshotTest.render(Fixtures.reading(1), style(unicode), cols, rows));
    Golden.assertMatches("lesson-checkpoint-" + size,
        ScreenSnapshotTest.render(Fixtures.reading(2), style(unicode), cols, rows));
    Golden.assertMatches("lesson-contents-" + size,
        ScreenSnapshotTest.render(keys(Fixtures.reading(1), Input.ch('t')), style(unicode), cols, rows));
  }

  @Test
  void theMultiplyWidgetFollowsItsKeys() throws IOException {
    GameState s = keys(Fixtures.reading(1), Input.ch('+'), Input.ch('+'), Input.ch('f'));
    assertThat(s.reader().depth()).isEqualTo(12);
    assertThat(s.reader().factor()).isEqualTo(0.5);
    assertThat(ScreenSnapshotTest.render(s, style(true), 80, 24)).contains("0.5^12 = 2.44e-04");
  }

  @Test
  void aBrokenLessonIsListedAsUnavailableWithItsProblem() throws IOException {
    var broken = new vanishingpoint.lesson.Content("lessons", java.util.List.of(new vanishingpoint.lesson.LessonEntry(
        "lessons/02-vanishing.lesson", java.util.Optional.empty(), java.util.List.of(new vanishingpoint.lesson.Problem(
            "lessons/02-vanishing.lesson", 14, "unknown field 'tilte'")))), java.util.Map.of(), java.util.List.of(), java.util.Map.of(), java.util.List.of(), java.util.List.of());
    GameState s = keys(GameState.start(Fixtures.alice(), broken, java.util.List.of(), java.util.List.of()), Input.ch('2'));
    String out = ScreenSnapshotTest.render(s, style(true), 80, 24);
    assertThat(out).contains("unavailable").contains("lessons/02-vanishing.lesson:14: unknown field 'tilte'");
    // Enter on it does nothing: the game goes on
    assertThat(keys(s, Input.of(Input.Kind.ENTER)).screen()).isEqualTo(Screen.LESSONS);
  }
}
