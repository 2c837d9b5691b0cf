package vanishingpoint.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Content authors and lab users read the thresholds in lessons/README.md: none may be missing. */
class ThresholdsDocumentedTest {

  @Test
  void everyThresholdIsNamedInTheContentGuide() throws IOException {
    String guide = Files.readString(Path.of(System.getProperty("vp.projectDir", ".")).resolve("lessons/README.md"));
    var names = Arrays.stream(Thresholds.class.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
        .map(f -> f.getName()).toList();
    assertThat(names).hasSizeGreaterThan(10);
    for (String name : names) {
      assertThat(guide).as("lessons/README.md names " + name).contains("`" + name + "`");
    }
  }
}
