package vanishingpoint.session;

import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import vanishingpoint.core.Effect;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Input;
import vanishingpoint.core.Msg;
import vanishingpoint.core.Next;
import vanishingpoint.core.Profile;
import vanishingpoint.core.Update;
import vanishingpoint.lesson.Content;
import vanishingpoint.save.LoadResult;
import vanishingpoint.save.SaveData;
import vanishingpoint.save.SaveStore;
import vanishingpoint.ui.Canvas;
import vanishingpoint.ui.Renderer;
import vanishingpoint.ui.Style;

/**
 * One player's game on one screen: holds the state, feeds it messages (keys, and the results of
 * effects) through the pure update, carries out the effects it returns, and draws. Never edits
 * the state itself. Knows nothing of where keys come from, so the local terminal, the SSH server
 * and the tests all drive it the same way. Not thread-safe: one thread drives it, except
 * {@link #close()}, which may come from a shutdown hook; the training pool and the save writer
 * only queue results and wake the loop, which calls {@link #tick()}.
 */
public final class GameSession implements AutoCloseable {

  private final Screen screen;
  private final Style style;
  private final SaveWriter writer;
  private GameState state;
  private SaveData saved;
  private boolean closed;
  private final Clock clock;
  private final Effects effects;
  private volatile Runnable wake = () -> { };
  /** An update asked for a save that is not written yet. */
  private boolean unsaved;
  /** Results from other threads, waiting for the loop's thread ({@link #post}). */
  private final Queue<Msg> inbox = new ConcurrentLinkedQueue<>();

  public GameSession(Screen screen, Style style, SaveStore store, String profile, Content content, Clock clock)
      throws IOException {
    this(screen, style, store, profile, store.load(profile), content, clock);
  }

  /** With the save already read (start-up reads it while the terminal is being set up). */
  public GameSession(Screen screen, Style style, SaveStore store, String profile, LoadResult loaded, Content content,
      Clock clock) {
    this.screen = screen;
    this.style = style;
    SaveData data = loaded.data();
    // today among the days played: the first save below writes it
    Profile p = SaveMapping.profileOf(profile, store.where(profile), data).withDayPlayed(LocalDate.now(clock));
    this.clock = clock;
    this.state = GameState.start(p, content, SaveMapping.resumeOf(data), SaveMapping.statesOf(data),
        loaded.notices()).at(clock.instant());
    // A failed write wakes the loop, so the notice shows at once, not one key later.
    this.writer = new SaveWriter(store, profile, () -> wake.run());
    this.effects = new Effects(TrainingPool.shared(), () -> wake.run(), this::dispatch, this::post);
    this.saved = data;
    // the first save: today among the days played, a save of an older version rewritten
    unsaved = true;
    persist();
  }

  public GameState state() {
    return state;
  }

  /** Called (from any thread) when there is something new to draw: the loop then calls {@link #tick()}. */
  public void onWake(Runnable w) {
    this.wake = w;
  }

  /** Applies a key and draws the result; returns false once the player has quit. */
  public synchronized boolean handle(Input in) throws IOException {
    boolean going = apply(in);
    settle();
    return going;
  }

  /**
   * Applies a key without drawing or saving: keys already queued (a paste) go through the pure
   * update one by one, in order, and {@link #settle()} then saves and draws once for them all.
   * Returns false once the player has quit.
   */
  public synchronized boolean apply(Input in) {
    screen.doResizeIfNecessary();
    var size = screen.getTerminalSize();
    if (!Renderer.fits(size.getColumns(), size.getRows())) {
      // The player sees only "please enlarge your terminal": keys do nothing but quit (q too, as it says).
      if (in.kind() != Input.Kind.INTERRUPT && !in.isChar('q') && !in.isChar('Q')) {
        return true;
      }
      in = Input.of(Input.Kind.INTERRUPT);
    }
    deliver();
    dispatch(new Msg.Time(clock.instant()));
    dispatch(new Msg.Key(in));
    return !state.quit();
  }

  /**
   * The one way into the state: the message goes through the pure update, and the session
   * carries out the effects that come back (whose results come back as messages in turn). Only
   * the loop's thread calls it; other threads {@link #post} instead.
   */
  public synchronized void dispatch(Msg m) {
    Next next = Update.update(state, m);
    state = next.state();
    for (Effect e : next.effects()) {
      if (e instanceof Effect.Save) {
        unsaved = true; // written by settle() or tick(): a paste's keys share one save
      } else {
        effects.carryOut(e);
      }
    }
  }

  /** A result from another thread: queued for the loop's thread, which is woken to take it in. */
  private void post(Msg m) {
    inbox.add(m);
    wake.run();
  }

  /** Takes in what other threads sent: results waiting in the inbox, a save that failed. */
  private void deliver() {
    for (Msg m = inbox.poll(); m != null; m = inbox.poll()) {
      dispatch(m);
    }
    String err = writer.takeNotice();
    if (err != null) {
      dispatch(new Msg.SaveFailed(err));
    }
  }

  /** After one or more {@link #apply} calls: saves a change of progress and draws (unless the player quit). */
  public synchronized void settle() throws IOException {
    persist();
    deliver();
    if (!state.quit()) {
      render();
    }
  }

  /**
   * Takes in the training run's latest numbers (saving a result the moment it ends) and what
   * other threads sent, then redraws. The run's frame is read here, on the loop's thread, rather
   * than sent: a frame replaces the one before, so frames that came while the loop was busy
   * coalesce into the latest.
   */
  public synchronized void tick() throws IOException {
    Msg.TrainingFrame frame = effects.frame();
    if (frame != null) {
      dispatch(frame);
    }
    deliver();
    persist();
    render();
  }

  /**
   * After {@link #close()}: why the last change of progress is not on disk (a full disk, a
   * read-only folder...), for the player to read once the terminal is restored; null when it is.
   */
  public String saveFailure() {
    return writer.failure();
  }

  /** Whether this game's challenge run is training now (a key then competes with it). */
  public synchronized boolean training() {
    return effects.training();
  }

  /** Redraws everything, following a change of terminal size. */
  public synchronized void render() throws IOException {
    screen.doResizeIfNecessary();
    GameState drawn = state;
    int maxScroll = Renderer.draw(new Canvas(screen.newTextGraphics(), style), drawn);
    // Only the renderer knows how long a page is at this width: it reports, update pulls the scroll in.
    dispatch(new Msg.PageMeasured(maxScroll));
    if (state != drawn) {
      Renderer.draw(new Canvas(screen.newTextGraphics(), style), state);
    }
    screen.setCursorPosition(null);
    screen.refresh();
  }

  /**
   * Writes the progress if an update said it changed. The comparison with the last save stays:
   * update asks for a save on any change of the records the save is made from, and a training
   * frame is one (the views hold the run's arrays) although the save keeps only the run's
   * settings; only what the save file would show differently is written.
   */
  private void persist() {
    if (!unsaved) {
      return;
    }
    unsaved = false;
    SaveData next = SaveMapping.toSave(state, saved);
    if (!next.equals(saved)) {
      saved = next;
      writer.submit(next);
    }
  }

  /** Waits for the last change to reach the disk. Idempotent. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      effects.close();
      writer.close();
    }
  }
}
