package vanishingpoint.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code play serve} as its own process: what a SIGTERM leaves in the log. */
class SshServeProcessTest {

  @TempDir
  Path saves;

  /** The server's last lines, after every game is saved, reach the log (the JDK's hook closed it first). */
  @Test
  void aSigtermIsLoggedToTheLastLine() throws Exception {
    Process p = serve(List.of(System.getProperty("vp.serveJvmOption", "-Dvp.none=1")));
    try {
      int port = awaitPort(p);
      try (SshPlayer zed = SshPlayer.login(port, "zed", SshPlayer.newKey("ed25519")).shell(80, 24, "xterm")) {
        zed.await("the title screen", s -> s.contains("profile: zed"));
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        zed.await("the goodbye", s -> s.contains("shutting down"));
      }
      String log = Files.readString(saves.resolve("logs/serve.0.log"));
      assertThat(log).contains("game of zed ended (SHUTDOWN)").contains("stopped; 1 game saved and closed");
    } finally {
      p.destroyForcibly();
    }
  }

  private Process serve(List<String> jvmOptions) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-Djava.awt.headless=true", "-Dvp.home=" + ServerHarness.projectDir(),
        "-cp", System.getProperty("java.class.path"), "vanishingpoint.app.Main",
        "serve", "--port", "0", "--saves", saves.toString()));
    return new ProcessBuilder(cmd).redirectError(saves.resolve("stderr.txt").toFile()).start();
  }

  /** Reads the process's output until it says its port; at most 60 s. */
  private static int awaitPort(Process p) throws Exception {
    return CompletableFuture.supplyAsync(() -> {
      try {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Pattern on = Pattern.compile("SSH server on [^:]+:(\\d+),");
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          Matcher m = on.matcher(line);
          if (m.find()) {
            return Integer.parseInt(m.group(1));
          }
        }
        throw new AssertionError("the server ended without saying its port");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).get(60, TimeUnit.SECONDS);
  }
}
