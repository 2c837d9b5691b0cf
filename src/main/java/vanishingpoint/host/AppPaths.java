package vanishingpoint.host;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's folders are: {@code lessons/} and the default {@code saves/}. */
public final class AppPaths {

  private AppPaths() {}

  /**
   * The project folder: {@code -Dvp.home} (set by the {@code play} launcher), else the folder
   * above {@code target/} when running from the built jar, else the working directory.
   */
  public static Path home() {
    String prop = System.getProperty("vp.home");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    try {
      Path jar = Path.of(AppPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dir = Files.isDirectory(jar) ? jar : jar.getParent();
      if (dir != null && dir.getFileName() != null && dir.getFileName().toString().equals("target")
          && dir.getParent() != null) {
        return dir.getParent();
      }
      // target/classes when run from an IDE or the test class path
      if (dir != null && dir.getParent() != null && dir.getParent().getFileName() != null
          && dir.getParent().getFileName().toString().equals("target")) {
        return dir.getParent().getParent();
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // fall through to the working directory
    }
    return Path.of("").toAbsolutePath();
  }

  public static Path lessons(Path home) {
    return home.resolve("lessons");
  }

  public static Path defaultSaves(Path home) {
    return home.resolve("saves");
  }

  public static Path logFile(Path saves) {
    return saves.resolve("logs").resolve("play.%u.log");
  }
}
