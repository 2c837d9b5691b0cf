package vanishingpoint.app;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Lanterna's {@link UnixTerminal}, taking over the terminal with one {@code stty} run instead of
 * five. Each run forks a process (about 25 ms from a JVM); start-up was spending a fifth of its
 * half second on them. While the constructor runs, the mode changes Lanterna asks for are only
 * collected; then one shell saves the old settings and applies them all.
 */
final class QuickUnixTerminal extends UnixTerminal {

  // No initialisers: Lanterna's constructor calls the methods below before they would run.
  private boolean constructed;
  private List<String> pending;
  private String saved;

  QuickUnixTerminal(InputStream in, OutputStream out, Charset cs, CtrlCBehaviour ctrlC) throws IOException {
    super(in, out, cs, ctrlC);
    constructed = true;
    String stty = System.getProperty("com.googlecode.lanterna.terminal.UnixTerminal.sttyCommand", "/bin/stty");
    String settings = pending == null ? "" : String.join(" ", pending);
    saved = exec("/bin/sh", "-c", stty + " -g" + (settings.isEmpty() ? "" : "; " + stty + " " + settings)).trim();
  }

  private void later(String... args) {
    if (pending == null) {
      pending = new ArrayList<>();
    }
    pending.addAll(List.of(args));
  }

  @Override
  protected void saveTerminalSettings() throws IOException {
    if (constructed) {
      saved = runSTTYCommand("-g").trim();
    }
  }

  @Override
  protected void restoreTerminalSettings() throws IOException {
    if (saved != null && !saved.isEmpty()) {
      runSTTYCommand(saved);
    }
  }

  @Override
  protected void canonicalMode(boolean enabled) throws IOException {
    if (constructed) {
      super.canonicalMode(enabled);
    } else {
      later(enabled ? "icanon" : "-icanon");
      if (!enabled) {
        later("min", "1");
      }
    }
  }

  @Override
  protected void keyEchoEnabled(boolean enabled) throws IOException {
    if (constructed) {
      super.keyEchoEnabled(enabled);
    } else {
      later(enabled ? "echo" : "-echo");
    }
  }

  @Override
  protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
    if (constructed) {
      super.keyStrokeSignalsEnabled(enabled);
    } else {
      later("intr", enabled ? "^C" : "undef");
    }
  }
}
