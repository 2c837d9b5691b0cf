package vanishingpoint.app;

import vanishingpoint.host.AppPaths;
import vanishingpoint.host.Logs;
import vanishingpoint.session.GameSession;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import vanishingpoint.core.Input;
import vanishingpoint.lesson.Content;
import vanishingpoint.save.SaveStore;
import vanishingpoint.ui.Style;

/**
 * Runs the start-up path once, headless, so that the launcher can record the classes it loads
 * into a class-data-sharing archive ({@code -XX:ArchiveClassesAtExit}); later starts map that
 * archive instead of loading and verifying the same classes from the jar again.
 */
public final class Warmup {

  private Warmup() {}

  public static void main(String[] args) throws IOException {
    Main.commandLine().parseArgs("--profile", "warmup");
    // The real content, so that the classes that read and check it are in the archive too.
    Content content = vanishingpoint.lesson.ContentLoader.forPlay(AppPaths.lessons(AppPaths.home()));
    Path dir = Files.createTempDirectory("vp-warmup");
    try {
      // The steps of a real start that need no terminal: the log file, the profile lock, and the
      // classes of the terminal and its loop (loading them is enough for the archive).
      Logs.toFile(dir.resolve("logs").resolve("warmup.%u.log"));
      try (vanishingpoint.save.ProfileLock lock = vanishingpoint.save.ProfileLock.acquire(dir, "warmup")) {
        lock.hashCode();
      } catch (vanishingpoint.save.ProfileInUseException e) {
        throw new IllegalStateException(e);
      }
      for (String c : new String[] {"vanishingpoint.app.QuickUnixTerminal", "vanishingpoint.app.LocalTerminal",
          "vanishingpoint.session.EventLoop", "vanishingpoint.session.LoopStats", "vanishingpoint.session.SaveWriter",
          "com.googlecode.lanterna.terminal.ansi.UnixTerminal", "com.googlecode.lanterna.input.DefaultKeyDecodingProfile",
          "com.googlecode.lanterna.input.InputDecoder", "sun.misc.Signal"}) {
        try {
          Class.forName(c, false, Warmup.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          // a class renamed since: the archive is only a speed-up
        }
      }
      for (Style style : new Style[] {new Style(Style.Colors.ANSI256, true), Style.plain()}) {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        vanishingpoint.ui.Renderer.splash(new vanishingpoint.ui.Canvas(screen.newTextGraphics(), style), "warmup");
        screen.refresh();
        try (GameSession s = new GameSession(screen, style, new SaveStore(dir, Clock.systemUTC()), "warmup",
            content, Clock.systemUTC())) {
          s.render();
          for (char c : "??2h3h4h5h6h5hhq".toCharArray()) {
            s.handle(Input.ch(c));
          }
        }
      }
    } finally {
      java.util.logging.LogManager.getLogManager().reset();
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
