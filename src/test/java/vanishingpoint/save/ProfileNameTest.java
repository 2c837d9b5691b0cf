package vanishingpoint.save;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileNameTest {
  private static final String CHARS = "may only contain letters, digits, '-', '_' and '.'";

  static Stream<Arguments> badNames() {
    String long33 = "a".repeat(33);
    return Stream.of(
        Arguments.of("", "profile name is empty"),
        Arguments.of(null, "profile name is empty"),
        Arguments.of("../etc", "profile name \"../etc\" " + CHARS),
        Arguments.of("a/b", "profile name \"a/b\" " + CHARS),
        Arguments.of("a\\b", "profile name \"a\\\\b\" " + CHARS),
        Arguments.of(".hidden", "profile name \".hidden\" must not start with '.'"),
        Arguments.of("..", "profile name \"..\" must not start with '.'"),
        Arguments.of(long33, "profile name \"" + long33 + "\" is longer than 32 characters"),
        Arguments.of("naïve", "profile name \"naïve\" " + CHARS),
        Arguments.of("a b", "profile name \"a b\" " + CHARS),
        Arguments.of("con\n", "profile name \"con\\n\" " + CHARS),
        // Fullwidth letters and a right-to-left override: look harmless, are not ASCII.
        Arguments.of("ａlice", "profile name \"ａlice\" " + CHARS),
        Arguments.of("al\u202Eice", "profile name \"al\\u202eice\" " + CHARS));
  }

  @ParameterizedTest
  @MethodSource("badNames")
  void refusesBadNamesSayingWhy(String name, String message) {
    assertThatThrownBy(() -> ProfileName.validate(name))
        .isInstanceOf(InvalidProfileNameException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"alice", "Bob_2", "x.y-z", "a", "0", "abcdefghijklmnopqrstuvwxyz012345"})
  void acceptsGoodNames(String name) {
    assertThat(name.length()).isLessThanOrEqualTo(32);
    assertThat(ProfileName.validate(name)).isSameAs(name);
  }
}
