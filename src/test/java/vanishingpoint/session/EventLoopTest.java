package vanishingpoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanishingpoint.lesson.Content;
import vanishingpoint.save.SaveStore;
import vanishingpoint.ui.Style;

/** The loop's order: a key is never drawn after a training frame that was only waiting. */
class EventLoopTest {

  @TempDir Path saves;

  @Test
  void aKeyQueuedBehindATrainingFrameGoesFirstAndOneFrameServesBoth() throws Exception {
    DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
    List<Integer> cursorAtEachFrame = new ArrayList<>();
    GameSession[] session = new GameSession[1];
    TerminalScreen screen = new TerminalScreen(terminal) {
      @Override
      public synchronized void refresh(RefreshType refreshType) throws java.io.IOException {
        super.refresh(refreshType);
        if (session[0] != null) {
          cursorAtEachFrame.add(session[0].state().top().cursor());
        }
      }
    };
    screen.startScreen();
    try (GameSession s = new GameSession(screen, new Style(Style.Colors.ANSI256, true),
        new SaveStore(saves, SessionHarness.CLOCK), "first", Content.empty("lessons"), SessionHarness.CLOCK)) {
      session[0] = s;
      EventLoop loop = new EventLoop(screen);
      // queued before the loop runs, in this order: a training frame's redraw, a key, the end
      loop.resized();
      loop.typed(List.of(KeyStroke.fromString("j")));
      loop.stop(EventLoop.End.SHUTDOWN);
      assertThat(loop.run(s, null)).isEqualTo(EventLoop.End.SHUTDOWN);
      // the frame when the loop starts, then one frame: the key's, with the redraw taken in
      assertThat(cursorAtEachFrame).containsExactly(0, 1);
      assertThat(loop.keyFrames()).isEqualTo(1);
    }
  }

  @Test
  void aTrainingFrameWithNoKeyWaitingIsDrawnAtOnce() throws Exception {
    DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
    int[] frames = {0};
    TerminalScreen screen = new TerminalScreen(terminal) {
      @Override
      public synchronized void refresh(RefreshType refreshType) throws java.io.IOException {
        super.refresh(refreshType);
        frames[0]++;
      }
    };
    screen.startScreen();
    try (GameSession s = new GameSession(screen, new Style(Style.Colors.ANSI256, true),
        new SaveStore(saves, SessionHarness.CLOCK), "second", Content.empty("lessons"), SessionHarness.CLOCK)) {
      EventLoop loop = new EventLoop(screen);
      loop.resized();
      loop.resized(); // two queued redraws: one frame serves both
      loop.stop(EventLoop.End.SHUTDOWN);
      assertThat(loop.run(s, null)).isEqualTo(EventLoop.End.SHUTDOWN);
      assertThat(frames[0]).isEqualTo(2);
      assertThat(loop.keyFrames()).isZero();
    }
  }
}
