package vanishingpoint.ssh;

import vanishingpoint.ui.SharedCellScreen;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.SignalListener;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import vanishingpoint.session.EventLoop;
import vanishingpoint.session.EventLoop.End;
import vanishingpoint.session.GameSession;
import vanishingpoint.save.ProfileInUseException;
import vanishingpoint.save.SaveBackend;

/**
 * One connection's game: its own terminal over the channel, its own session, its own thread.
 * However it ends (quit, idle, takeover, shutdown, dropped connection), the progress is saved and
 * the profile, the thread and the registry entry are freed before the channel closes.
 */
final class GameShell implements Command {

  private static final Logger LOG = Logger.getLogger(GameShell.class.getName());

  private final Hosting hosting;
  private final GameChannel channel;
  private final String name;
  private final CountDownLatch done = new CountDownLatch(1);
  private final CountDownLatch exited = new CountDownLatch(1);
  private InputStream in;
  private OutputStream out;
  private OutputStream err;
  private ExitCallback exit;
  private volatile EventLoop loop;
  private volatile End stopRequested;

  GameShell(Hosting hosting, GameChannel channel) {
    this.hosting = hosting;
    this.channel = channel;
    this.name = channel.getSession().getUsername();
  }

  @Override public void setInputStream(InputStream in) { this.in = in; }
  @Override public void setOutputStream(OutputStream out) { this.out = out; }
  @Override public void setErrorStream(OutputStream err) { this.err = err; }
  @Override public void setExitCallback(ExitCallback exit) { this.exit = exit; }

  @Override
  public void start(ChannelSession ch, Environment env) {
    Thread t = new Thread(() -> run(env), "game-" + name);
    t.setDaemon(true);
    t.start();
  }

  /** The channel closed: the client left or the connection dropped. */
  @Override
  public void destroy(ChannelSession ch) {
    stop(End.DISCONNECTED);
  }

  /** Ends the game before its next key; safe from any thread, before or while it runs. */
  void stop(End why) {
    stopRequested = why;
    EventLoop l = loop;
    if (l != null) {
      l.stop(why);
    }
  }

  /** Until the progress is saved and the profile unlocked. */
  boolean awaitDone(long millis) throws InterruptedException {
    return done.await(millis, TimeUnit.MILLISECONDS);
  }

  /** Until the player has been told goodbye as well, and the channel is closing. */
  boolean awaitExited(long millis) throws InterruptedException {
    return exited.await(millis, TimeUnit.MILLISECONDS);
  }

  /** Drops the whole connection: for a game that does not react to {@link #stop}. */
  void disconnect() {
    channel.getSession().close(true);
  }

  private void run(Environment env) {
    if (!channel.hasPty()) {
      refuse("The game needs a terminal: log in without -T, or with -t (ssh -t -p PORT NAME@HOST).");
      exit.onExit(1);
      return;
    }
    PublicKey key = channel.getSession().getAttribute(LoginGate.ACCEPTED_KEY);
    String from = LoginGate.addressOf(channel.getSession());
    String source = Doorman.sourceOf(channel.getSession());
    try {
      if (key == null) {
        refuse(hosting.keys().howToGetIn(name));
        exit.onExit(1);
        return;
      }
      // A seat first, then the claim: a refused game must not take the name.
      hosting.players().check(name, KeyUtils.getFingerPrint(key), source);
      if (!hosting.keys().claim(name, key, from)) {
        refuse(hosting.keys().howToGetIn(name));
        exit.onExit(1);
        return;
      }
      takeOver(hosting.players().enter(name, this, KeyUtils.getFingerPrint(key), source));
    } catch (Players.Refused e) {
      refuse(e.getMessage());
      exit.onExit(1);
      return;
    } catch (IOException | InterruptedException e) {
      LOG.log(Level.WARNING, "could not start the game of " + name, e);
      // the exception's text (paths of the saves, say) stays in the log
      refuse("The game could not start because of a problem on the server. Try again, or tell the teacher.");
      exit.onExit(1);
      return;
    }
    LOG.info(() -> "game of " + name + " starts for " + from + ", key " + KeyUtils.getFingerPrint(key) + ", TERM="
        + Names.printable(env.getEnv().get(Environment.ENV_TERM)));
    End why = play(env);
    exit.onExit(why == End.QUIT ? 0 : 1);
    exited.countDown();
    if (why == End.TAKEN_OVER) {
      // The connection goes with its game: left open, a frozen client would keep one of the
      // name's few connections. Gently, so that the goodbye gets out first.
      channel.getSession().close(false);
    }
  }

  /** Stops the name's previous game and waits until its progress is saved and its lock freed. */
  private void takeOver(GameShell previous) throws InterruptedException {
    if (previous == null) {
      return;
    }
    LOG.info(() -> "a new login as " + name + " takes over the running game");
    previous.stop(End.TAKEN_OVER);
    if (!previous.awaitDone(5_000)) {
      previous.disconnect(); // stuck writing to a connection that is gone: cut it
      previous.awaitDone(5_000);
    }
    if (!previous.awaitExited(2_000)) {
      previous.disconnect(); // its goodbye cannot get out: the client is frozen
    }
  }

  private End play(Environment env) {
    ChannelTerminal terminal = new ChannelTerminal(in, out, env);
    TerminalScreen screen = null;
    SignalListener winch = (c, s) -> terminal.windowChanged();
    End end = End.DISCONNECTED;
    long started = System.nanoTime();
    // Where several servers share a database, a game of this name on another server is asked to
    // save and close first; a later login anywhere asks this one the same.
    try (SaveBackend.Hold lock = hosting.store().backend().lock(name, () -> stop(End.TAKEN_OVER))) {
      screen = new SharedCellScreen(terminal);
      EventLoop l = new EventLoop(screen, channel::takeArrival, hosting.latency(), hosting.trainingLatency());
      terminal.addResizeListener((t, size) -> l.resized());
      env.addSignalListener(winch, Signal.WINCH);
      screen.startScreen();
      try (GameSession session = new GameSession(screen, Hosting.styleFor(env.getEnv()), hosting.store(), name,
          hosting.content(), hosting.clock())) {
        loop = l;
        End early = stopRequested;
        if (early != null) {
          l.stop(early);
        }
        l.startReading("keys-" + name);
        end = l.run(session, hosting.idle());
        l.closing();
        LOG.info(() -> name + "'s game: " + l.stats());
      } finally {
        env.removeSignalListener(winch);
      }
    } catch (ProfileInUseException e) {
      refuse("The progress of '" + name + "' is open in another game that did not close; try again in a minute.");
      return End.DISCONNECTED;
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "the game of " + name + " stopped on an error", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      hosting.players().leave(name, this);
      done.countDown(); // saved and unlocked: a takeover may go on
    }
    End why = end;
    LOG.info(() -> "game of " + name + " ended (" + why + ") after "
        + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s; progress saved");
    if (why != End.DISCONNECTED && screen != null) {
      sayGoodbye(screen, farewell(why));
    }
    return why;
  }

  private String farewell(End why) {
    switch (why) {
      case IDLE: return "Closed after " + duration(hosting.idle()) + " without a key. Your progress is"
          + " saved; log in again to go on.";
      case TAKEN_OVER: return "You logged in as " + name + " from somewhere else, so this session is closed."
          + " Your progress is saved.";
      case SHUTDOWN: return "The server is shutting down. Your progress is saved. Goodbye!";
      default: return "Goodbye, " + name + ". Your progress is saved.";
    }
  }

  /** "1 minute", "30 minutes", "45 seconds". */
  static String duration(java.time.Duration d) {
    long n = d.toSeconds() % 60 == 0 ? d.toMinutes() : d.toSeconds();
    String unit = d.toSeconds() % 60 == 0 ? "minute" : "second";
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  private void sayGoodbye(TerminalScreen screen, String line) {
    try {
      screen.stopScreen(); // leaves the alternate screen, so the line stays on the client's terminal
      out.write(("\r\n" + line + "\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException | RuntimeException e) {
      LOG.fine(() -> "could not say goodbye to " + name + ": " + e);
    }
  }

  /** Says why there is no game; the caller ends the channel. */
  private void refuse(String message) {
    LOG.info(() -> "refused a game of " + name + " from " + LoginGate.addressOf(channel.getSession()) + ": "
        + message);
    try {
      err.write(("Vanishing Point: " + message + "\r\n").getBytes(StandardCharsets.UTF_8));
      err.flush();
    } catch (IOException e) {
      LOG.fine(() -> "could not tell " + name + " why: " + e);
    }
  }
}
