package vanishingpoint.session;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import vanishingpoint.core.Input;
import vanishingpoint.ui.KeyMap;

/**
 * The loop that drives one game session, shared by the local terminal and every SSH connection.
 * It blocks on a queue fed by a key-reader thread, by resize events and by {@link #stop}: an idle
 * game costs no CPU, and another thread (a shutdown, a takeover) can end it between two keys.
 */
public final class EventLoop {

  private static final Logger LOG = Logger.getLogger(EventLoop.class.getName());

  /** Why {@link #run} returned. */
  public enum End { QUIT, IDLE, TAKEN_OVER, SHUTDOWN, DISCONNECTED }

  /** Keys read together (a paste), a resize (both null) or the end of the loop. */
  private record Event(List<KeyStroke> keys, End end, long at) {
    Event(List<KeyStroke> keys, End end) {
      this(keys, end, System.nanoTime());
    }
  }

  /** Keys slower than this are logged, with their wait for the loop (-Dvp.slowKeyMs, default 250). */
  private static final long SLOW_KEY_NANOS = Long.getLong("vp.slowKeyMs", 250) * 1_000_000;
  private static final Event RESIZE = new Event(null, null);

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final Screen screen;
  private volatile boolean closing;
  private final LoopStats stats = new LoopStats();
  private final LongSupplier arrivals;
  private final KeyLatency server;
  private final KeyLatency serverTraining;
  /** The arrival of the last chunk of input a key was decoded from (reader thread only). */
  private long lastArrival;

  public EventLoop(Screen screen) {
    this(screen, null, null);
  }

  /**
   * @param arrivals when the first byte not yet decoded reached the server (0: none since the last
   *                 call; null: stamp keys when they are decoded)
   * @param server   where the whole server's key-to-frame latencies go (null: this game's only)
   */
  public EventLoop(Screen screen, LongSupplier arrivals, KeyLatency server) {
    this(screen, arrivals, server, null);
  }

  /** @param serverTraining the same, for the keys pressed while the game's own run trains */
  public EventLoop(Screen screen, LongSupplier arrivals, KeyLatency server, KeyLatency serverTraining) {
    this.screen = screen;
    this.arrivals = arrivals;
    this.server = server;
    this.serverTraining = serverTraining;
  }

  /** Asks for a redraw (a new size, a training frame); safe from any thread. */
  public void resized() {
    events.offer(RESIZE);
  }

  /** Queues keys as the reader does when they arrive together (tests: no reader thread, no timing). */
  void typed(List<KeyStroke> keys) {
    events.offer(new Event(List.copyOf(keys), null));
  }

  /** Ends {@link #run} before its next key, with this reason; safe from any thread. */
  public void stop(End why) {
    events.offer(new Event(null, why));
  }

  /** Starts the daemon thread that reads keys from the screen until end of input. */
  public void startReading(String threadName) {
    Thread reader = new Thread(this::readKeys, threadName);
    reader.setDaemon(true);
    reader.start();
  }

  private void readKeys() {
    try {
      while (!closing) {
        KeyStroke k = screen.readInput();
        if (k == null) {
          continue;
        }
        // Keys that have already arrived behind this one (a paste) go to the loop together, to
        // be drawn once: drawing after each of 95 pasted keys took seconds on a busy machine.
        long at = arrival();
        List<KeyStroke> keys = new ArrayList<>();
        keys.add(k);
        while (k.getKeyType() != KeyType.EOF && (k = screen.pollInput()) != null) {
          keys.add(k);
        }
        events.offer(new Event(keys, null, at));
        if (k != null && k.getKeyType() == KeyType.EOF) {
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      if (!closing) {
        LOG.log(Level.FINE, "reading keys failed; treating it as the end of input", e);
        events.offer(new Event(List.of(new KeyStroke(KeyType.EOF)), null));
      }
    }
  }

  /** When the bytes of the key just decoded arrived: several keys in one chunk share its stamp. */
  private long arrival() {
    if (arrivals == null) {
      return System.nanoTime();
    }
    long a = arrivals.getAsLong();
    if (a != 0) {
      lastArrival = a;
    }
    return lastArrival != 0 ? lastArrival : System.nanoTime();
  }

  /**
   * Drives the session until the player quits, input ends, {@link #stop} is called, or no key
   * arrives for {@code idle} (null: wait for ever).
   */
  public End run(GameSession session, Duration idle) throws IOException, InterruptedException {
    // Training frames and other news from other threads arrive as redraws.
    session.onWake(this::resized);
    session.render();
    // Only keys count as activity: training frames go on arriving while a player is away.
    long deadline = idle == null ? Long.MAX_VALUE : System.nanoTime() + idle.toNanos();
    // a redraw (a training frame) that a queued key's frame will draw
    boolean owed = false;
    while (true) {
      Event ev = idle == null ? events.take() : events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (ev == null) {
        return End.IDLE;
      }
      if (ev.keys() != null && idle != null) {
        deadline = System.nanoTime() + idle.toNanos();
      }
      if (ev.end() != null) {
        return ev.end();
      }
      if (ev.keys() == null) {
        // several redraws may be queued (resizes, training frames): one serves them all
        events.removeIf(e -> e == RESIZE);
        if (keyQueued()) {
          // a key came in behind it: it goes first, and its frame takes the training frame in
          owed = true;
          continue;
        }
        session.tick();
        owed = false;
        stats.frame(System.nanoTime());
        continue;
      }
      // Keys queued behind these (read while the last frame was drawn) join them: all go through
      // the update in order, then one save and one frame serve them all.
      long taken = System.nanoTime();
      boolean training = serverTraining != null && session.training();
      List<Event> batch = new ArrayList<>();
      batch.add(ev);
      for (Event next = events.peek(); next != null && next.keys() != null; next = events.peek()) {
        batch.add(events.poll());
      }
      // a redraw asked for while these keys waited is drawn by their frame, not before it
      owed |= events.removeIf(e -> e == RESIZE);
      boolean applied = false;
      for (Event e : batch) {
        for (KeyStroke key : e.keys()) {
          Optional<Input> in = KeyMap.translate(key);
          if (in.isEmpty()) {
            continue; // a key the game has no use for
          }
          applied = true;
          if (!session.apply(in.get())) {
            // a key that ends the game draws no frame: its save and goodbye come after the loop
            session.settle();
            return key.getKeyType() == KeyType.EOF ? End.DISCONNECTED : End.QUIT;
          }
        }
      }
      if (applied || owed) {
        // settle() saves once and draws the frame, flushed to the terminal (the channel, over
        // SSH); tick() does the same with the run's latest numbers taken in first
        if (owed) {
          session.tick();
          owed = false;
        } else {
          session.settle();
        }
        if (applied) {
          stats.draw();
        } else {
          stats.frame(System.nanoTime());
        }
      }
      long now = System.nanoTime();
      for (Event e : batch) {
        long took = now - e.at();
        for (KeyStroke key : e.keys()) {
          stats.key(took);
          if (server != null) {
            server.record(took);
          }
          if (training) {
            serverTraining.record(took);
          }
        }
        if (took > SLOW_KEY_NANOS) {
          LOG.info(String.format(java.util.Locale.ROOT,
              "slow key (%s%s): %.0f ms, of which %.0f ms before the loop took it",
              e.keys().get(0).getKeyType(), // never the character: it may be part of an answer
              training ? ", training" : "", took / 1e6, (taken - e.at()) / 1e6));
        }
      }
    }
  }

  /** Whether keys are waiting in the queue (read while it may grow: a key missed is taken next). */
  private boolean keyQueued() {
    for (Event e : events) {
      if (e.keys() != null) {
        return true;
      }
    }
    return false;
  }

  /** Frames drawn for keys so far (a paste is drawn once). */
  int keyFrames() {
    return stats.draws();
  }

  /** Key latencies and redraw rate so far, for the log. */
  public String stats() {
    return stats.summary();
  }

  /** Tells the reader that a failure from here on is the terminal closing, not an error. */
  public void closing() {
    closing = true;
  }
}
