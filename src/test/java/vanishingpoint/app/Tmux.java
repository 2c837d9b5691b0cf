package vanishingpoint.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A private tmux server (its own socket) for driving the real game as a person would. */
public final class Tmux implements AutoCloseable {

  private final String socket;

  public Tmux(String socket) {
    this.socket = socket;
  }

  public static boolean available() {
    try {
      return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public String run(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  public void start(int cols, int rows, String env, String command) throws IOException, InterruptedException {
    run("new-session", "-d", "-s", "t", "-x", String.valueOf(cols), "-y", String.valueOf(rows),
        "env " + env + " " + command);
    run("set-option", "-t", "t", "remain-on-exit", "on");
  }

  public void keys(String... keys) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", "t"));
    args.addAll(List.of(keys));
    run(args.toArray(String[]::new));
  }

  public String screen() throws IOException, InterruptedException {
    return run("capture-pane", "-p", "-t", "t");
  }

  /** Polls the screen until it satisfies the condition; fails with the last screen after the deadline. */
  public String await(String what, Predicate<String> cond, Duration timeout) throws IOException, InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    String s = screen();
    while (!cond.test(s)) {
      if (System.nanoTime() > end) {
        throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; the screen was:\n" + s);
      }
      Thread.onSpinWait();
      Thread.sleep(50);
      s = screen();
    }
    return s;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    run("kill-server");
  }
}
