package vanishingpoint.app;

import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Input;
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
 * One player's game on one screen: holds the state, feeds it keys, draws it, and saves every
 * change of progress. Knows nothing of where keys come from, so the local terminal, the SSH
 * server and the tests all drive it the same way. Not thread-safe: one thread drives it, except
 * {@link #close()}, which may come from a shutdown hook.
 */
public final class GameSession implements AutoCloseable {

  private final Screen screen;
  private final Style style;
  private final SaveWriter writer;
  private GameState state;
  private SaveData saved;
  private boolean closed;
  private final Clock clock;
  private final TrainingPool pool;
  private volatile Runnable wake = () -> { };
  private TrainingRun run;

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
    String today = LocalDate.now(clock).toString();
    List<String> days = new ArrayList<>(data.daysPlayed());
    if (!days.contains(today)) {
      days.add(today);
    }
    Profile p = new Profile(profile, store.where(profile), data.createdAt(), data.visited(), days,
        SaveMapping.lessonsOf(data), SaveMapping.challengesOf(data), SaveMapping.cardsOf(data), SaveMapping.reviewsOf(data),
        SaveMapping.newPerDayOf(data));
    this.clock = clock;
    this.state = GameState.start(p, content, SaveMapping.resumeOf(data), SaveMapping.viewsOf(data),
        loaded.notices()).at(clock.instant());
    // A failed write wakes the loop, so the notice shows at once, not one key later.
    this.writer = new SaveWriter(store, profile, () -> wake.run());
    this.pool = TrainingPool.shared();
    this.saved = data;
    persistIfChanged();
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
    state = Effects.run(Update.apply(state.at(clock.instant()), in));
    followTraining();
    fillDiagnose();
    return !state.quit();
  }

  /** After one or more {@link #apply} calls: saves a change of progress and draws (unless the player quit). */
  public synchronized void settle() throws IOException {
    persistIfChanged();
    showSaveFailure();
    if (!state.quit()) {
      render();
    }
  }

  /** Takes in the training run's latest numbers (saving a result the moment it ends), then redraws. */
  public synchronized void tick() throws IOException {
    if (run != null) {
      state = Update.trainingTick(state, run.id, run.snapshot());
      followTraining();
      persistIfChanged();
    }
    fillDiagnose();
    showSaveFailure();
    render();
  }

  private void showSaveFailure() {
    String err = writer.takeNotice();
    if (err != null) {
      List<String> n = new ArrayList<>(state.notices());
      n.add(err);
      state = state.withNotices(n);
    }
  }

  /**
   * After {@link #close()}: why the last change of progress is not on disk (a full disk, a
   * read-only folder...), for the player to read once the terminal is restored; null when it is.
   */
  public String saveFailure() {
    return writer.failure();
  }

  /** A diagnose question shows a real run: fetch it (trained once, in the background). */
  private void fillDiagnose() {
    boolean quiz = state.screen() == vanishingpoint.core.Screen.QUIZ && !state.quiz().finished();
    if (quiz) {
      // the quiz's other diagnose runs train ahead, so each is ready when its question opens
      for (String id : state.quiz().questions()) {
        var ahead = state.content().questions().get(id);
        if (ahead instanceof vanishingpoint.quiz.Question.Diagnose d) {
          DiagnoseRuns.prefetch(d.run(), pool);
        }
      }
    }
    var q = quiz ? state.content().questions().get(state.quiz().questions().get(state.quiz().index())) : null;
    if (q instanceof vanishingpoint.quiz.Question.Diagnose d && state.quiz().diagnose() == null) {
      var t = DiagnoseRuns.get(d.run(), pool, () -> wake.run());
      if (t != null) {
        state = state.withQuiz(state.quiz().withDiagnose(t));
      }
    }
  }

  /** Makes the training run match what the state asks for: started, stopped, paused, faster. */
  private void followTraining() {
    var v = state.challenge();
    // a finished run being recomputed after Continue (restoring) runs too, at full speed, unseen
    boolean wanted = state.screen() == vanishingpoint.core.Screen.CHALLENGE && v.run() > 0
        && (v.phase() == vanishingpoint.core.ChallengeView.Phase.TRAINING || v.restoring());
    if (run != null && (!wanted || run.id != v.run())) {
      run.stop();
      run = null;
    }
    if (wanted && run == null && !v.training().finished()) {
      var challenge = state.content().challenge(state.top().item());
      if (challenge.isPresent()) {
        run = new TrainingRun(v.run(), challenge.get().config(v.settings()), pool, () -> wake.run(), v.restoring());
        run.follow(v);
        run.start();
      }
    } else if (run != null) {
      run.follow(v);
    }
  }

  /** Whether this game's challenge run is training now (a key then competes with it). */
  public synchronized boolean training() {
    return run != null;
  }

  /** Redraws everything, following a change of terminal size. */
  public synchronized void render() throws IOException {
    screen.doResizeIfNecessary();
    int maxScroll = Renderer.draw(new Canvas(screen.newTextGraphics(), style), state);
    if (state.reader().scroll() > maxScroll) {
      // Only the renderer knows how long a page is at this width: pull the scroll back into it.
      state = state.withReader(state.reader().withScroll(maxScroll));
      Renderer.draw(new Canvas(screen.newTextGraphics(), style), state);
    }
    screen.setCursorPosition(null);
    screen.refresh();
  }

  private void persistIfChanged() {
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
      if (run != null) {
        run.stop();
      }
      writer.close();
    }
  }
}
