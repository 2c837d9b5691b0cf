package vanishingpoint.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;
import vanishingpoint.train.Trainer;
import vanishingpoint.train.Verdict;

/**
 * Every challenge is fair and its list of winning settings is true: the start fails the way its
 * story says, and exactly the listed settings converge (every combination is run when there are at
 * most {@value #ENUMERATED}; above that, every listed one is).
 */
class ChallengeFairnessTest {

  static final int ENUMERATED = 64;

  static Stream<Challenge> campaign() {
    Content c = ContentLoader.load(Path.of(System.getProperty("vp.projectDir", ".")).resolve("lessons"));
    assertThat(c.problems()).isEmpty();
    return c.challenges().stream().filter(ch -> !ch.sandbox());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("campaign")
  void theStartFailsAsTheStorySays(Challenge c) {
    Verdict v = new Trainer(c.config(c.start())).run(null);
    assertThat(v.outcome()).as(v.reason()).isNotEqualTo(Verdict.Outcome.CONVERGED);
    assertThat(v.headline()).as(v.diagnoses().toString()).isEqualTo(c.expect());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("campaign")
  void exactlyTheListedSettingsWin(Challenge c) {
    Set<Map<String, String>> listed = c.wins().stream().map(w -> c.full(w))
        .collect(Collectors.toSet());
    List<Map<String, String>> all = combinations(c);
    List<Map<String, String>> tried = all.size() <= ENUMERATED ? all : List.copyOf(listed);
    Set<Map<String, String>> won = tried.parallelStream()
        .filter(s -> new Trainer(c.config(s)).run(null).converged()).collect(Collectors.toSet());
    if (all.size() <= ENUMERATED) {
      assertThat(won).as("settings that converge").isEqualTo(listed);
    } else {
      assertThat(won).as("listed settings that converge").isEqualTo(listed);
    }
    assertThat(listed).contains(c.full(c.solution()));
  }

  static List<Map<String, String>> combinations(Challenge c) {
    List<Map<String, String>> out = new ArrayList<>();
    out.add(new LinkedHashMap<>(c.start()));
    for (Map.Entry<String, List<String>> knob : c.knobs().entrySet()) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> s : out) {
        for (String choice : knob.getValue()) {
          Map<String, String> m = new LinkedHashMap<>(s);
          m.put(knob.getKey(), choice);
          next.add(m);
        }
      }
      out = next;
    }
    return out;
  }
}
