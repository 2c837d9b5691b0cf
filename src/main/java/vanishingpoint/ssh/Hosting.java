package vanishingpoint.ssh;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import vanishingpoint.session.KeyLatency;
import vanishingpoint.lesson.Content;
import vanishingpoint.save.SaveStore;
import vanishingpoint.ui.Style;

/** What every game on the server shares: the saves, the content, the rules. */
record Hosting(SaveStore store, Content content, Players players, KeyPolicy keys, Duration idle,
    Clock clock, KeyLatency latency, KeyLatency trainingLatency) {

  Hosting(SaveStore store, Content content, Players players, KeyPolicy keys, Duration idle, Clock clock) {
    this(store, content, players, keys, idle, clock, new KeyLatency(), new KeyLatency());
  }

  /**
   * Colours follow the client's TERM (sent with the pty request). The channel is UTF-8, and a
   * client that sends no locale (OpenSSH sends LANG only when configured to) gets Unicode: a
   * client that does send one that is not UTF-8 gets ASCII.
   */
  static Style styleFor(Map<String, String> env) {
    boolean localeSent = env.containsKey("LC_ALL") || env.containsKey("LC_CTYPE") || env.containsKey("LANG");
    return new Style(Style.detect(env).colors(), !localeSent || Style.isUtf8Locale(env));
  }
}
