package vanishingpoint.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanishingpoint.app.Tmux;

/** The real jar's {@code serve} and the real OpenSSH client in tmux: the journey a student makes. */
class OpenSshTmuxIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir
  Path tmp;

  private static boolean has(String... cmd) {
    try {
      return new ProcessBuilder(cmd).redirectErrorStream(true).start().waitFor() >= 0;
    } catch (Exception e) {
      return false;
    }
  }

  /** Runs a command without a terminal; asserts it fails and returns what it printed. */
  private static String run(String command) throws Exception {
    Process p = new ProcessBuilder("sh", "-c", command + " </dev/null").redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(said).isNotZero();
    return said;
  }

  private String ssh(int port, String user, String key, String extra) {
    // ssh takes the first value of an option: extra comes first so that it can override the rest
    return "ssh " + extra + " -p " + port + " -i " + tmp.resolve(key) + " -o IdentitiesOnly=yes -o StrictHostKeyChecking=no"
        + " -o UserKnownHostsFile=" + tmp.resolve("known_hosts") + " -o LogLevel=ERROR " + user
        + "@127.0.0.1";
  }

  @Test
  void studentJourneyWithOpenSsh() throws Exception {
    assumeTrue(has("ssh", "-V") && has("ssh-keygen", "-?") && has("tmux", "-V"),
        "ssh, ssh-keygen or tmux is missing: skipping the OpenSSH end-to-end test (apt-get install openssh-client tmux)");
    Path jar = ServerHarness.projectDir().resolve("target/vanishing-point.jar");
    assertThat(jar).as("the jar is built before the integration tests").exists();
    for (String k : List.of("ed25519", "rsa")) {
      Process kg = new ProcessBuilder("ssh-keygen", "-q", "-t", k, "-N", "", "-f", tmp.resolve(k).toString())
          .redirectErrorStream(true).start();
      assertThat(kg.waitFor()).isZero();
    }
    Process server = new ProcessBuilder("java", "-Djava.awt.headless=true", "-jar", jar.toString(), "serve",
        "--port", "0", "--saves", tmp.resolve("saves").toString()).redirectErrorStream(true).start();
    try (Tmux t = new Tmux("vp-ssh-" + ProcessHandle.current().pid())) {
      BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      Matcher m = Pattern.compile(":(\\d+), host key").matcher(String.valueOf(first));
      assertThat(m.find()).as("the server's first line names its port: " + first).isTrue();
      int port = Integer.parseInt(m.group(1));

      t.start(100, 30, "LANG=C.UTF-8 TERM=xterm-256color", ssh(port, "lea", "ed25519", ""));
      t.await("the title screen", s -> s.contains("VANISHING POINT") && s.contains("profile: lea"), WAIT);
      t.keys("2");
      t.await("the lessons", s -> s.contains("Lessons"), WAIT);
      t.keys("Enter");
      t.await("the first page", s -> s.contains("page 1 of"), WAIT);
      t.keys("Right");
      t.await("the second page", s -> s.contains("page 2 of"), WAIT);
      t.run("resize-window", "-t", "t", "-x", "84", "-y", "26");
      t.await("the redraw at 84 columns", s -> s.lines().skip(1).findFirst().orElse("").strip().length() == 84, WAIT);
      t.killServer(); // the terminal goes away with the connection: a dropped student

      t.start(80, 24, "LANG=C.UTF-8 TERM=xterm-256color", ssh(port, "lea", "ed25519", ""));
      t.await("Continue offers the page", s -> s.contains("Continue: Lesson 1,") && s.contains(", page 2 of "), WAIT);
      t.keys("Enter");
      t.await("the same page", s -> s.contains("page 2 of"), WAIT);
      t.keys("q");
      t.await("the goodbye", s -> s.contains("Goodbye, lea."), WAIT);
      t.killServer();

      assertThat(run(ssh(port, "lea", "rsa", "-o LogLevel=INFO -T"))).contains("belongs to another key")
          .contains("Permission denied");
      assertThat(run(ssh(port, "lea", "ed25519", "-o LogLevel=INFO") + " ls")).contains("exec request failed");
    } finally {
      server.destroy(); // SIGTERM: the server saves every game and stops
      server.waitFor();
    }
    assertThat(Files.readString(tmp.resolve("saves/lea.json"))).contains("\"lesson\"");
  }
}
