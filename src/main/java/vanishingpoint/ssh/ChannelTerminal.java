package vanishingpoint.ssh;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.BasicCharacterPattern;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.sshd.server.Environment;

/**
 * A Lanterna terminal over one SSH channel. The client's terminal is on the far side of the
 * connection, so its size comes from the pty request and window-change messages (kept by MINA in
 * the environment as COLUMNS and LINES), never from asking the terminal where its cursor went.
 */
final class ChannelTerminal extends ANSITerminal {

  private final Map<String, String> env;

  ChannelTerminal(InputStream in, OutputStream out, Environment environment) {
    // Exactly this constant: Lanterna checks for UTF-8 by identity, not by equals.
    super(in, out, StandardCharsets.UTF_8);
    this.env = environment.getEnv();
    // A client in raw mode sends a lone '\r' for Enter. The default profile only knows "\r\0",
    // and would wait for the '\0' that never comes; with this pattern '\r' is Enter at once.
    getInputDecoder().addProfile(() -> List.of(new BasicCharacterPattern(new KeyStroke(KeyType.Enter), '\r')));
  }

  @Override
  protected TerminalSize findTerminalSize() {
    return new TerminalSize(dimension(Environment.ENV_COLUMNS, 80), dimension(Environment.ENV_LINES, 24));
  }

  /** Called on a window-change message, after MINA updated COLUMNS and LINES. */
  void windowChanged() {
    onResized(findTerminalSize());
  }

  private int dimension(String name, int fallback) {
    try {
      int v = Integer.parseInt(env.getOrDefault(name, ""));
      return v > 0 && v < 10_000 ? v : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
