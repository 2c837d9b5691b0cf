package vanishingpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Input;
import vanishingpoint.core.Training;
import vanishingpoint.core.Update;
import vanishingpoint.train.Verdict;
import vanishingpoint.train.VerdictFixtures;

/** The challenge screens from fixed engine outputs, at 80x24 and 120x40, Unicode and ASCII. */
class ChallengeScreensTest {

  /** A fixed mid-run: a sigmoid tower whose early layers' gradients have vanished. */
  static Training midRun(Verdict verdict) {
    double[] losses = new double[200];
    for (int i = 0; i < losses.length; i++) {
      losses[i] = 0.6931 + 0.3 * Math.exp(-i / 20.0);
    }
    double[] norms = new double[13];
    for (int l = 0; l < norms.length; l++) {
      norms[l] = Math.pow(0.2, norms.length - 1 - l);
    }
    int cols = 48;
    int[] grid = new int[cols * 24];
    for (int i = 0; i < grid.length; i++) {
      grid[i] = (i % cols) < cols / 2 ? 0 : 1;
    }
    double[] points = {-0.5, 0.5, 0, 0.5, -0.5, 1, 0.1, 0.1, 0, -0.2, -0.7, 1};
    double[] units = new double[12];
    double[] ratios = new double[13];
    Arrays.fill(ratios, 1e-9);
    return new Training(200, 600, losses, 0.5, norms, norms, units, units, ratios, 312, grid, cols, points, 2, verdict,
        verdict);
  }

  static GameState at(int stage) {
    GameState s = GameState.start(Fixtures.alice(), Fixtures.lessons(), List.of(), List.of());
    s = Update.apply(s, Input.ch('4'));
    s = Update.apply(s, Input.of(Input.Kind.ENTER));
    if (stage == 0) {
      return Update.apply(Update.apply(s, Input.ch('h')), Input.ch('h'));
    }
    s = Update.apply(s, Input.of(Input.Kind.ENTER));
    return Update.trainingTick(s, 1, midRun(stage == 1 ? null : VerdictFixtures.vanishing()));
  }

  @ParameterizedTest(name = "{0}x{1} unicode={2}")
  @CsvSource({"80,24,true", "80,24,false", "120,40,true"})
  void settingsLiveAndVerdict(int cols, int rows, boolean unicode) throws IOException {
    Style style = new Style(Style.Colors.ANSI256, unicode);
    String size = cols + "x" + rows + (unicode ? "" : "-ascii");
    GameState menu = Update.apply(GameState.start(Fixtures.alice(), Fixtures.lessons(), List.of(), List.of()),
        Input.ch('4'));
    Golden.assertMatches("challenges-menu-" + size, ScreenSnapshotTest.render(menu, style, cols, rows));
    String settings = ScreenSnapshotTest.render(at(0), style, cols, rows);
    Golden.assertMatches("challenge-settings-" + size, settings);
    assertThat(settings).contains("Hint 1: Sigmoid slopes are at most 0.25.");
    String live = ScreenSnapshotTest.render(at(1), style, cols, rows);
    Golden.assertMatches("challenge-live-" + size, live);
    assertThat(live).contains("step 200/600");
    String verdict = ScreenSnapshotTest.render(at(2), style, cols, rows);
    Golden.assertMatches("challenge-verdict-" + size, verdict);
    assertThat(verdict.replaceAll("\\s+", " ")).contains("NOT CONVERGED: VANISHING")
        .contains("1.20e-09 of the output layer's largest");
  }

  @org.junit.jupiter.api.Test
  void theHintsPriceAndEveryHintSeenAreDrawnInSettingsAndVerdict() throws IOException {
    Style style = new Style(Style.Colors.ANSI256, true);
    GameState s = GameState.start(Fixtures.alice(), Fixtures.lessons(), List.of(), List.of());
    s = Update.apply(Update.apply(s, Input.ch('4')), Input.of(Input.Kind.ENTER));
    String asked = ScreenSnapshotTest.render(Update.apply(s, Input.ch('h')), style, 80, 24);
    Golden.assertMatches("challenge-settings-hint-price", asked);
    assertThat(asked).contains("A hint costs this challenge's third star. Press h again to see hint 1.");
    GameState verdict = Update.trainingTick(Update.apply(s, Input.of(Input.Kind.ENTER)), 1,
        midRun(VerdictFixtures.vanishing()));
    for (int i = 0; i < 4; i++) {
      verdict = Update.apply(verdict, Input.ch('h'));
    }
    String box = ScreenSnapshotTest.render(verdict, style, 80, 24);
    Golden.assertMatches("challenge-verdict-hints", box);
    assertThat(box).contains("Hint 1:").contains("Hint 2:");
  }

  /** A second run, 100 steps in: a lower loss, every layer's gradient 1e-5 (the first run's output had 1). */
  static Training rerun() {
    double[] losses = new double[100];
    for (int i = 0; i < losses.length; i++) {
      losses[i] = 0.2 + 0.6 * Math.exp(-i / 15.0);
    }
    double[] norms = new double[13];
    Arrays.fill(norms, 1e-5);
    Training mid = midRun(null);
    return new Training(100, 600, losses, 0.8, norms, norms, mid.saturation(), mid.deadUnits(), mid.updateRatios(),
        312, mid.grid(), mid.gridCols(), mid.points(), 2, null, null);
  }

  @ParameterizedTest(name = "unicode={0}")
  @CsvSource({"true", "false"})
  void aRerunDrawsThePreviousRunDimBehindOnTheSameAxes(boolean unicode) throws IOException {
    Style style = new Style(Style.Colors.ANSI256, unicode);
    GameState s = Update.apply(at(1), Input.ch('r'));
    s = Update.trainingTick(s, 2, rerun());
    String screen = ScreenSnapshotTest.render(s, style, 80, 24);
    Golden.assertMatches("challenge-rerun-ghost-80x24" + (unicode ? "" : "-ascii"), screen);
    // the loss axis covers the first run's 0.993 and the rerun's 0.201; the gradient axis keeps
    // the first run's 1e-10 though the rerun's gradients alone would start at 1e-6
    assertThat(screen).contains("0.201 .. 0.993").contains("1e-10");
    assertThat(screen).contains(unicode ? "dim: the run before" : ". and : the run before");
    if (!unicode) {
      assertThat(screen).contains(".").contains(":");
    }
  }
}
