package vanishingpoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanishingpoint.core.Input;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;
import vanishingpoint.quiz.Question;
import vanishingpoint.save.SaveStore;
import vanishingpoint.ui.Style;

/**
 * Issue 14.1: a pasted answer was drawn once per key (95 frames, about 340 ms a key on a busy
 * machine). Keys already queued now go through the update together and are drawn once.
 */
class PasteTest {
  private static final Content CONTENT = ContentLoader.load(
      Path.of(System.getProperty("vp.projectDir", ".")).resolve("lessons"));

  @TempDir Path saves;

  @Test
  void aPastedAnswerIsTypedCompletelyInOrderAndDrawnInAFewFrames() throws Exception {
    String answer = "the gradient shrinks by the same factor at every layer, so it vanishes after 20 layers or so!!!";
    assertThat(answer).hasSize(95);
    // Keys come from a queue of the test's own: DefaultVirtualTerminal.readInput blocks while
    // holding the terminal's lock, and the next frame would wait on it for ever.
    java.util.concurrent.BlockingQueue<KeyStroke> keys = new java.util.concurrent.LinkedBlockingQueue<>();
    DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(120, 30)) {
      @Override
      public KeyStroke readInput() {
        try {
          return keys.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return new KeyStroke(com.googlecode.lanterna.input.KeyType.EOF);
        }
      }

      @Override
      public KeyStroke pollInput() {
        return keys.poll();
      }
    };
    AtomicInteger refreshes = new AtomicInteger();
    EventLoop[] loop = new EventLoop[1];
    GameSession[] session = new GameSession[1];
    TerminalScreen screen = new TerminalScreen(terminal) {
      @Override
      public synchronized void refresh(RefreshType refreshType) throws java.io.IOException {
        super.refresh(refreshType);
        refreshes.incrementAndGet();
        // the loop ends once the whole answer is on screen: with a frame per key, after 95 of them
        if (loop[0] != null && session[0].state().quiz().text().length() >= answer.length()) {
          loop[0].stop(EventLoop.End.SHUTDOWN);
        }
      }
    };
    screen.startScreen();
    try (GameSession s = new GameSession(screen, new Style(Style.Colors.ANSI256, true),
        new SaveStore(saves, SessionHarness.CLOCK), "paster", CONTENT, SessionHarness.CLOCK)) {
      session[0] = s;
      // the checkpoint of lesson 6; its first question is typed in
      for (Input in : new Input[] {Input.ch('2'), Input.of(Input.Kind.END), Input.of(Input.Kind.ENTER),
          Input.of(Input.Kind.END), Input.of(Input.Kind.ENTER)}) {
        s.handle(in);
      }
      var v = s.state().quiz();
      assertThat(CONTENT.questions().get(v.questions().get(v.index())).type()).isIn(Question.Type.TYPEIN,
          Question.Type.RECALL);

      // the paste: all 95 keys are waiting before the loop reads the first
      for (char c : answer.toCharArray()) {
        keys.add(KeyStroke.fromString(String.valueOf(c)));
      }
      refreshes.set(0);
      loop[0] = new EventLoop(screen);
      loop[0].startReading("paste-keys");
      assertThat(loop[0].run(s, null)).isEqualTo(EventLoop.End.SHUTDOWN);
      loop[0].closing();

      assertThat(s.state().quiz().text()).isEqualTo(answer);
      assertThat(terminal.toString()).contains("so it vanishes after 20 layers or").contains("so!!!");
      // the frame when the loop starts, and one for the paste
      assertThat(refreshes.get()).isLessThanOrEqualTo(5);
      assertThat(loop[0].keyFrames()).isLessThanOrEqualTo(3);
    }
  }
}
