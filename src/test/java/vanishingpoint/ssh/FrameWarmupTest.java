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
  void drawsTheFramesAskedForThroughTheChallengesLiveView() {
    // a limit far beyond what 40 frames take: the count ends it, not the clock
    assertThat(FrameWarmup.run(CONTENT, 40, 600_000_000_000L)).isEqualTo(40);
  }

  @Test
  void contentWithoutChallengesOnlyWarmsTheMenus() {
    assertThat(FrameWarmup.run(Content.empty("lessons"), 10, 600_000_000_000L)).isEqualTo(10);
  }
}
