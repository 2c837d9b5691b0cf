package vanishingpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StyleTest {

  @Test
  void colourDepthFollowsTermAndNoColor() {
    assertThat(Style.colorsFor(Map.of("TERM", "xterm-256color"))).isEqualTo(Style.Colors.ANSI256);
    assertThat(Style.colorsFor(Map.of("TERM", "screen"))).isEqualTo(Style.Colors.ANSI16);
    assertThat(Style.colorsFor(Map.of("TERM", "xterm", "COLORTERM", "truecolor"))).isEqualTo(Style.Colors.ANSI256);
    assertThat(Style.colorsFor(Map.of("TERM", "xterm-256color", "NO_COLOR", ""))).isEqualTo(Style.Colors.NONE);
    assertThat(Style.colorsFor(Map.of("TERM", "dumb"))).isEqualTo(Style.Colors.NONE);
    assertThat(Style.colorsFor(Map.of())).isEqualTo(Style.Colors.NONE);
  }

  @Test
  void unicodeOnlyInAUtf8Locale() {
    assertThat(Style.isUtf8Locale(Map.of("LANG", "en_US.UTF-8"))).isTrue();
    assertThat(Style.isUtf8Locale(Map.of("LANG", "C.utf8"))).isTrue();
    assertThat(Style.isUtf8Locale(Map.of("LANG", "C"))).isFalse();
    assertThat(Style.isUtf8Locale(Map.of())).isFalse();
    // LC_ALL overrides LANG, as in POSIX
    assertThat(Style.isUtf8Locale(Map.of("LC_ALL", "C", "LANG", "en_US.UTF-8"))).isFalse();
    assertThat(Style.isUtf8Locale(Map.of("LC_CTYPE", "de_DE.UTF-8", "LANG", "C"))).isTrue();
  }
}
