package vanishingpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vanishingpoint.core.ChallengeState;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Input;
import vanishingpoint.core.Training;
import vanishingpoint.core.Update;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;
import vanishingpoint.lesson.Lesson;
import vanishingpoint.train.Activation;
import vanishingpoint.train.Init;
import vanishingpoint.train.Spectrum;
import vanishingpoint.train.TrainConfig;
import vanishingpoint.train.Trainer;

/** The weights' singular values on screen: the live view's fourth chart, and the lesson's @spectrum widget. */
class SpectrumScreensTest {

  /** The challenge's sigmoid tower (12 x 32, xavier), measured by the engine. */
  static Spectrum.Gains towerGains() {
    return new Trainer(TrainConfig.defaults().withDepth(12).withWidth(32).withActivation(Activation.SIGMOID)
        .withInit(Init.XAVIER).withSeed(3)).spectrum();
  }

  @ParameterizedTest(name = "{0}x{1} unicode={2}")
  @CsvSource({"80,24,true", "120,40,false"})
  void theLiveViewsFourthChartIsEachLayersGain(int cols, int rows, boolean unicode) throws IOException {
    Training t = ChallengeScreensTest.midRun(null);
    Training withGains = new Training(t.step(), t.budget(), t.losses(), t.accuracy(), t.gradNorms(), t.peakNorms(),
        t.saturation(), t.deadUnits(), t.updateRatios(), t.stepsPerSecond(), t.grid(), t.gridCols(), t.points(),
        t.classes(), t.verdict(), t.sofar(), towerGains());
    GameState s = ChallengeScreensTest.at(1);
    s = Update.trainingTick(s, 1, withGains);
    for (int i = 0; i < 3; i++) {
      s = Update.apply(s, Input.ch('v'));
    }
    assertThat(s.challenge().panel()).isEqualTo(ChallengeState.Panel.SPECTRUM);
    String screen = ScreenSnapshotTest.render(s, new Style(Style.Colors.ANSI256, unicode), cols, rows);
    Golden.assertMatches("challenge-live-spectrum-" + cols + "x" + rows + (unicode ? "" : "-ascii"), screen);
    assertThat(screen).contains("gain per layer (largest singular value; 1 at half height): 1.40 to 1.99");
    // once more: back to the gradients
    assertThat(Update.apply(s, Input.ch('v')).challenge().panel()).isEqualTo(ChallengeState.Panel.GRADIENTS);
  }

  @ParameterizedTest(name = "{0}x{1} unicode={2}")
  @CsvSource({"80,24,true", "120,40,false"})
  void theExplodingLessonMeasuresEveryLayersSingularValues(int cols, int rows, boolean unicode) throws IOException {
    Content content = ContentLoader.load(Path.of("lessons"));
    Lesson exploding = content.lesson("exploding").orElseThrow();
    int page = 0;
    while (!exploding.pages().get(page).id().equals("spectrum")) {
      page++;
    }
    GameState s = GameState.start(Fixtures.alice(), content, List.of(), List.of()).at(Fixtures.NOW);
    s = Update.apply(s, Input.ch('2'));
    for (int i = 0; i < exploding.number() - 1; i++) {
      s = Update.apply(s, Input.of(Input.Kind.DOWN));
    }
    s = Update.apply(s, Input.of(Input.Kind.ENTER));
    for (int i = 0; i < page; i++) {
      s = Update.apply(s, Input.of(Input.Kind.RIGHT));
    }
    assertThat(s.reader().probe().spectrum()).isTrue();
    assertThat(s.reader().probe().init()).isEqualTo("large");
    s = Update.apply(s, Input.ch('r'));
    assertThat(s.reader().probe().requested()).isTrue();
    // what the session does on 'r' (app.Effects): the probed network's gains at initialisation
    var p = s.reader().probe();
    Spectrum.Gains g = new Trainer(TrainConfig.defaults().withDepth(p.depth()).withWidth(p.width())
        .withActivation(Activation.parse(p.activation())).withInit(Init.parse(p.init())).withSteps(1).withSeed(7))
        .spectrum();
    s = Update.probeDone(s, p, g);
    String screen = ScreenSnapshotTest.render(s, new Style(Style.Colors.ANSI256, unicode), cols, rows);
    Golden.assertMatches("lesson-spectrum-" + cols + "x" + rows + (unicode ? "" : "-ascii"), screen);
    assertThat(screen).contains("gain per layer (largest singular value): 5.73 to 11.3")
        .contains("their product stretches a gradient by 3.48e+14 to 1.64e+15");
  }
}
