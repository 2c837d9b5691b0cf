package vanishingpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file comparison for screen snapshots. Run with {@code -Dgolden.update=true} to rewrite
 * the files after an intended change of a screen, then review the diff.
 */
public final class Golden {

  private Golden() {}

  public static void assertMatches(String name, String actual) throws IOException {
    Path dir = Path.of(System.getProperty("vp.projectDir", ".")).resolve("src/test/resources/golden");
    Path file = dir.resolve(name + ".txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(dir);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", file).exists();
    assertThat(actual).as("screen %s differs from %s", name, file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
