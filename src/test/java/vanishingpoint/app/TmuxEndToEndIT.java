package vanishingpoint.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar in a real terminal (tmux): start, navigate, quit, start again, Continue lands back;
 * the terminal is left in its normal modes after quitting and after SIGTERM.
 */
class TmuxEndToEndIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir
  Path tmp;

  Path jar;

  @BeforeEach
  void needsTmuxAndTheJar() {
    assumeTrue(Tmux.available(), "tmux is not installed: skipping the end-to-end test (apt-get install tmux)");
    Path project = Path.of(System.getProperty("vp.projectDir", "."));
    jar = project.resolve("target/vanishing-point.jar");
    assertThat(jar).as("the jar is built before the integration tests").exists();
  }

  /** The game, then the terminal's modes written to a file, as a shell would see them after it. */
  private String command(String profile, String marker) {
    return "sh -c 'java -Djava.awt.headless=true -jar " + jar + " --profile " + profile + " --saves " + tmp
        + "; echo exit=$? > " + tmp.resolve(marker + ".exit") + "; stty -a > " + tmp.resolve(marker + ".part") + "; mv " + tmp.resolve(marker + ".part") + " "
        + tmp.resolve(marker + ".stty") + "'";
  }

  @Test
  void startNavigateQuitRestartContinue() throws Exception {
    try (Tmux t = new Tmux("vp-e2e-" + ProcessHandle.current().pid())) {
      t.start(100, 30, "LANG=C.UTF-8 TERM=xterm-256color", command("eve", "first"));
      t.await("the title screen", s -> s.contains("VANISHING POINT") && s.contains("Continue"), WAIT);
      t.keys("j", "j", "j", "j", "Enter");
      t.await("the progress screen", s -> s.contains("Sections seen"), WAIT);
      t.keys("q");
      awaitFile(tmp.resolve("first.stty"));
      assertThat(Files.readString(tmp.resolve("first.exit"))).contains("exit=0");
      assertRestored(tmp.resolve("first.stty"));
      assertThat(tmp.resolve("eve.json")).exists();

      t.killServer();
      t.start(80, 24, "LANG=C TERM=screen", command("eve", "second"));
      String title = t.await("the title screen again, offering to continue", s -> s.contains("VANISHING POINT")
          && s.contains("Continue: Progress") && s.contains("q quit"), WAIT);
      assertThat(title.chars().allMatch(c -> c < 128)).as("ASCII only under LANG=C").isTrue();
      t.keys("Enter");
      t.await("Continue lands on Progress", s -> s.contains("Sections seen"), WAIT);
      t.keys("C-c");
      awaitFile(tmp.resolve("second.stty"));
      assertRestored(tmp.resolve("second.stty"));
    }
  }

  /**
   * Issue 14, exact resume: a checkpoint left at question 2 of 3 with an answer typed but not sent,
   * then a challenge's finished run, each through quit and a restart of the real jar; the restarts
   * in LANG=C, the first runs in UTF-8, all at 80x24.
   */
  @Test
  void continueRestoresTheQuizAndTheFinishedRunAcrossRestarts() throws Exception {
    try (Tmux t = new Tmux("vp-e2e-resume-" + ProcessHandle.current().pid())) {
      t.start(80, 24, "LANG=C.UTF-8 TERM=xterm-256color", command("gil", "q1"));
      t.await("the title screen", s -> s.contains("VANISHING POINT") && s.contains("q quit"), WAIT);
      // the last lesson (three typed questions), its end page, its checkpoint
      t.keys("2", "End", "Enter", "End", "Enter");
      t.await("the checkpoint's first question", s -> s.contains("question 1 of 3") && s.contains("> _"), WAIT);
      t.keys("-l", "the gradient shrinks toward zero in the first layers");
      t.keys("Enter");
      t.await("the grading", s -> s.contains("Enter") && !s.contains("> _"), WAIT);
      t.keys("Enter");
      t.await("question 2", s -> s.contains("question 2 of 3"), WAIT);
      t.keys("-l", "grows without bou");
      t.await("the typed answer", s -> s.contains("> grows without bou"), WAIT);
      t.keys("C-c");
      awaitFile(tmp.resolve("q1.stty"));

      t.killServer();
      t.start(80, 24, "LANG=C TERM=screen", command("gil", "q2"));
      String title = t.await("Continue naming the question", s -> s.contains("Continue: Lesson 6 checkpoint,"
          + " question 2 of 3"), WAIT);
      assertThat(title.chars().allMatch(c -> c < 128)).as("ASCII only under LANG=C").isTrue();
      t.keys("Enter");
      t.await("the same question, with the answer as typed", s -> s.contains("question 2 of 3")
          && s.contains("> grows without bou"), WAIT);
      // now a challenge run to its verdict: challenge 1 with a winning setting, at full speed
      t.keys("Escape");
      t.await("the lesson's end page", s -> !s.contains("question 2 of 3"), WAIT);
      t.keys("Escape", "Escape", "Escape");
      t.await("the main menu", s -> s.contains("Quizzes and review") && s.contains("Challenges"), WAIT);
      t.keys("4");
      t.await("the challenges", s -> s.contains("The sigmoid tower"), WAIT);
      t.keys("Enter");
      t.await("challenge 1's settings", s -> s.contains("Settings"), WAIT);
      t.keys("Right", "Right", "j", "Right", "Enter", "f", "f");
      String verdict = t.await("the verdict", s -> s.contains("CONVERGED"), WAIT);
      String status = verdict.lines().filter(l -> l.contains("step ")).findFirst().orElseThrow();
      t.keys("q");
      awaitFile(tmp.resolve("q2.stty"));

      t.killServer();
      t.start(80, 24, "LANG=C TERM=screen", command("gil", "q3"));
      t.await("Continue naming the challenge", s -> s.contains("Continue: Challenge 1, The sigmoid tower"), WAIT);
      t.keys("Enter");
      String again = t.await("the verdict again", s -> s.contains("CONVERGED"), WAIT);
      String statusAgain = again.lines().filter(l -> l.contains("step ")).findFirst().orElseThrow();
      assertThat(statusAgain.strip()).isEqualTo(status.strip());
      assertThat(again).doesNotContain("restarted");
      t.keys("q");
      awaitFile(tmp.resolve("q3.stty"));
      assertThat(Files.readString(tmp.resolve("q3.exit"))).contains("exit=0");
    }
  }

  @Test
  void sigtermSavesAndRestoresTheTerminal() throws Exception {
    try (Tmux t = new Tmux("vp-e2e-term-" + ProcessHandle.current().pid())) {
      t.start(80, 24, "LANG=C.UTF-8 TERM=xterm", command("frank", "term"));
      t.await("the title screen", s -> s.contains("VANISHING POINT"), WAIT);
      t.keys("6");
      t.await("the help screen", s -> s.contains("Keys everywhere"), WAIT);
      ProcessHandle game = ProcessHandle.allProcesses()
          .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
          .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains("--profile frank")).orElse(false))
          .findFirst().orElseThrow(() -> new AssertionError("the game's java process was not found"));
      new ProcessBuilder("kill", "-TERM", String.valueOf(game.pid())).start().waitFor();
      awaitFile(tmp.resolve("term.stty"));
      assertRestored(tmp.resolve("term.stty"));
      assertThat(Files.readString(tmp.resolve("frank.json"))).contains("\"help\"");
    }
  }

  private static void assertRestored(Path stty) throws Exception {
    String modes = Files.readString(stty);
    assertThat(modes).as("canonical mode and echo are back on").contains(" icanon").contains(" echo ")
        .doesNotContain("-icanon").doesNotContain(" -echo ");
  }

  private static void awaitFile(Path p) throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    while (!Files.exists(p) || p.toFile().length() == 0) {
      if (System.nanoTime() > end) {
        throw new AssertionError("the game did not exit within " + WAIT.toSeconds() + " s (no " + p + ")");
      }
      Thread.sleep(50);
    }
  }
}
