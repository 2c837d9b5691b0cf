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

  /**
   * A new session running the command. The pane stays after the command ends (remain-on-exit is
   * set for the whole server before the session exists), so a command that fails at once leaves
   * its last words on the screen instead of taking the tmux server with it.
   */
  public void start(int cols, int rows, String env, String command) throws IOException, InterruptedException {
    run("-f", "/dev/null", "start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";",
        "new-session", "-d", "-s", "t", "-x", String.valueOf(cols), "-y", String.valueOf(rows), "env " + env + " " + command);
  }

  /**
   * Ends the tmux server and waits until it is gone: starting the next session on the same
   * socket while the old server is still shutting down loses that session.
   */
  public void killServer() throws IOException, InterruptedException {
    run("kill-server");
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    // tmux leaves its socket file behind: "no server" from has-session is the sign it is gone
    while (new ProcessBuilder("tmux", "-L", socket, "has-session").redirectErrorStream(true).start().waitFor() == 0) {
      if (System.nanoTime() > end) {
        throw new AssertionError("the tmux server on socket " + socket + " did not stop");
      }
      Thread.sleep(20);
    }
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
    killServer();
  }
}
