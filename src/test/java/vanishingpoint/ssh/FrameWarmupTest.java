package vanishingpoint.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;

class FrameWarmupTest {

  private static final Content CONTENT = ContentLoader.forPlay(
      Path.of(System.getProperty("vp.projectDir", ".")).resolve("lessons"));

  @Test
  void drawsTheFramesAskedForRoundAfterRoundThroughLessonsChallengesAndTheLiveView() {
    // a limit far beyond what the frames take: the count ends it, not the clock; several rounds
    // of keys, and none of them quits the game
    assertThat(FrameWarmup.run(CONTENT, 200, 600_000_000_000L)).isEqualTo(200);
  }

  @Test
  void contentWithoutChallengesOnlyWarmsTheMenus() {
    assertThat(FrameWarmup.run(Content.empty("lessons"), 10, 600_000_000_000L)).isEqualTo(10);
  }
}
