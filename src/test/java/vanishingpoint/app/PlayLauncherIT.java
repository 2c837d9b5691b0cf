package vanishingpoint.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code play} launcher starts the built jar without running Maven when nothing changed. */
class PlayLauncherIT {

  @TempDir
  Path tmp;

  @Test
  void aStartWithNothingChangedNeverRunsMaven() throws Exception {
    Path project = Path.of(System.getProperty("vp.projectDir", "."));
    Path marker = tmp.resolve("mvn-was-run");
    Path fakeBin = Files.createDirectories(tmp.resolve("bin"));
    Path fakeMvn = fakeBin.resolve("mvn");
    Files.writeString(fakeMvn, "#!/bin/sh\ntouch '" + marker + "'\nexit 1\n");
    Files.setPosixFilePermissions(fakeMvn, PosixFilePermissions.fromString("rwxr-xr-x"));

    ProcessBuilder pb = new ProcessBuilder(project.resolve("play").toString(), "--version")
        .redirectErrorStream(true);
    pb.environment().put("PATH", fakeBin + ":" + System.getenv("PATH"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out).startsWith("Vanishing Point ");
    assertThat(marker).as("Maven was not invoked").doesNotExist();
  }

  @Test
  void anInvalidProfileIsAClearErrorWithExitCode2() throws Exception {
    Path project = Path.of(System.getProperty("vp.projectDir", "."));
    Process p = new ProcessBuilder(project.resolve("play").toString(), "--profile", "../etc", "--saves",
        tmp.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isEqualTo(2);
    assertThat(out.strip()).isEqualTo("play: profile name \"../etc\" may only contain letters, digits, '-', '_' and '.'");
  }

  @Test
  void theLabBenchGetsTheVectorApiWithoutTheJvmsNoticeAndKeepsItsErrorsAndExitCodes() throws Exception {
    Path project = Path.of(System.getProperty("vp.projectDir", "."));
    // the bench starts with the module; a bad option ends it before it benchmarks anything
    Process bad = new ProcessBuilder(project.resolve("play").toString(), "lab", "--bench", "--depth", "0")
        .redirectErrorStream(true).start();
    String out = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bad.waitFor()).as(out).isEqualTo(2);
    assertThat(out).as("only the error, the incubator notice filtered out")
        .doesNotContain("incubator").contains("--depth must be between 1 and 1000 (got 0)");

    Process run = new ProcessBuilder(project.resolve("play").toString(), "lab", "--steps", "3", "--every", "1",
        "--json").start();
    String stdout = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String stderr = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor()).as(stderr).isZero();
    assertThat(stderr).as("nothing on stderr").isEmpty();
    assertThat(stdout.lines()).hasSize(4).last().asString().contains("\"verdict\"");
  }
}
