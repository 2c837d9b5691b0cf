package vanishingpoint.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written line split is the regular expression it replaced, on any text. */
class SourceFileLinesTest {

  @Test
  void splitsAsTheRegularExpressionDid() {
    String[] fixed = {"", "a", "a\n", "\n", "\r\n", "a\r\nb", "a\rb\n", "\r\r\n", "a\n\nb\r\n\r\n", "é→\r\nx"};
    for (String t : fixed) {
      assertThat(SourceFile.lines(t)).as("%s", t.replace("\r", "\\r").replace("\n", "\\n"))
          .containsExactly(t.split("\r?\n", -1));
    }
    Random r = new Random(42);
    char[] alphabet = {'a', '\r', '\n', ' ', 'é'};
    for (int i = 0; i < 2000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(12); n > 0; n--) {
        b.append(alphabet[r.nextInt(alphabet.length)]);
      }
      String t = b.toString();
      assertThat(SourceFile.lines(t)).containsExactly(t.split("\r?\n", -1));
    }
  }
}
