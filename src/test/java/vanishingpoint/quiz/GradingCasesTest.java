package vanishingpoint.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;

/**
 * Every type-in and recall question of the shipped bank, graded as a teacher would grade it:
 * {@code src/test/resources/grading/cases.tsv} lists, for each, answers a teacher accepts and
 * answers they reject.
 *
 * <p>Columns (tab-separated): question id, {@code accept} or {@code reject}, the answer as a
 * student types it, and what is expected of the grading: for a type-in answer {@code exact}
 * (matched without a typo) or {@code typo} (accepted with a typo forgiven) when accepted,
 * {@code -} when rejected; for a recall answer the labels of the ideas it must be found to
 * contain, comma-separated, or {@code -} for none; {@code !LABEL} names an idea the answer contradicts
 * (or a misconception it states): the score is then (found − contradicted) / ideas, or 0 for a misconception.
 */
class GradingCasesTest {

  record Case(int line, String id, boolean accept, String answer, String expect) {
    @Override
    public String toString() {
      return "line " + line + ": " + id + " " + (accept ? "accepts" : "rejects") + " '" + answer + "'";
    }
  }

  static Path projectDir() {
    return Path.of(System.getProperty("vp.projectDir", "."));
  }

  static final Content BANK = ContentLoader.load(projectDir().resolve("lessons"));

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(projectDir().resolve("src/test/resources/grading/cases.tsv"),
        StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t", -1);
      if (f.length != 4 || !(f[1].equals("accept") || f[1].equals("reject"))) {
        throw new IllegalArgumentException("cases.tsv:" + (i + 1) + ": expected id, accept|reject, answer, expect");
      }
      out.add(new Case(i + 1, f[0], f[1].equals("accept"), f[2], f[3]));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void gradedAsATeacherWould(Case c) {
    Question q = BANK.questions().get(c.id());
    assertThat(q).as("question %s exists", c.id()).isNotNull();
    Result r = Grader.grade(q, new Answer.Typed(c.answer()));
    assertThat(r.right()).as("%s%nfeedback: %s", c, r.feedback()).isEqualTo(c.accept());
    if (q.type() == Question.Type.TYPEIN) {
      if (c.accept()) {
        assertThat(c.expect()).isIn("exact", "typo");
        assertThat(r.typoForgiven()).as("%s typo forgiven? %s", c, r.feedback()).isEqualTo(c.expect().equals("typo"));
        assertThat(r.exact()).isEqualTo(c.expect().equals("exact"));
      } else {
        assertThat(c.expect()).isEqualTo("-");
        assertThat(r.score()).isZero();
      }
    } else {
      assertThat(q).isInstanceOf(Question.Recall.class);
      Question.Recall rc = (Question.Recall) q;
      List<String> all = c.expect().equals("-") ? List.of() : Arrays.asList(c.expect().split(","));
      List<String> want = all.stream().filter(l -> !l.startsWith("!")).toList();
      List<String> against = all.stream().filter(l -> l.startsWith("!")).map(l -> l.substring(1)).toList();
      assertThat(r.foundIdeas()).as("%s%nfeedback: %s", c, r.feedback()).containsExactlyElementsOf(want);
      assertThat(r.contradicted()).as("%s%nfeedback: %s", c, r.feedback()).containsExactlyElementsOf(against);
      boolean misconception = against.stream().anyMatch(l -> rc.ideas().stream().noneMatch(i -> i.label().equals(l)));
      assertThat(r.score()).isEqualTo(misconception ? 0 : Math.max(0, want.size() - against.size())
          / (double) rc.ideas().size());
      if (c.accept()) {
        assertThat(want).hasSize(rc.ideas().size());
      }
    }
  }

  @Test
  void everyTypeinAndRecallQuestionHasThreeAcceptedAndThreeRejectedAnswers() throws IOException {
    assertThat(BANK.problems()).isEmpty();
    Map<String, int[]> counts = new HashMap<>();
    for (Case c : cases()) {
      assertThat(BANK.questions()).as("%s", c).containsKey(c.id());
      assertThat(BANK.questions().get(c.id()).type()).as("%s", c).isIn(Question.Type.TYPEIN, Question.Type.RECALL);
      counts.computeIfAbsent(c.id(), k -> new int[2])[c.accept() ? 0 : 1]++;
    }
    List<String> short_ = new ArrayList<>();
    for (Question q : BANK.questions().values()) {
      if (q.type() == Question.Type.TYPEIN || q.type() == Question.Type.RECALL) {
        int[] n = counts.getOrDefault(q.id(), new int[2]);
        if (n[0] < 3 || n[1] < 3) {
          short_.add(q.id() + " (" + n[0] + " accepted, " + n[1] + " rejected)");
        }
      }
    }
    assertThat(short_).as("questions with fewer than 3 accepted and 3 rejected answers").isEmpty();
  }

  @Test
  void everyModelAnswerAndEveryAcceptedAnswerOfTheBankIsGradedRight() {
    for (Question q : BANK.questions().values()) {
      if (q instanceof Question.Recall rc) {
        assertThat(Grader.grade(q, new Answer.Typed(rc.model())).right()).as("model of %s", q.id()).isTrue();
      }
      if (q instanceof Question.Typein t) {
        for (String a : t.accept()) {
          Result r = Grader.grade(q, new Answer.Typed(a));
          assertThat(r.right() && r.exact()).as("%s accepts '%s'", q.id(), a).isTrue();
        }
        for (String a : t.reject()) {
          assertThat(Grader.grade(q, new Answer.Typed(a)).right()).as("%s rejects '%s'", q.id(), a).isFalse();
        }
      }
    }
  }

  @Test
  void everyRecallPatternAgreesWithTheTokeniser() {
    List<String> problems = new ArrayList<>();
    for (Question.Recall q : BANK.questions().values().stream().filter(Question.Recall.class::isInstance)
        .map(Question.Recall.class::cast).toList()) {
      for (Question.Idea idea : java.util.stream.Stream.concat(q.ideas().stream(), q.contras().stream()).toList()) {
        for (String p : idea.patterns()) {
          IdeaMatcher.problems(p).forEach(m -> problems.add(q.id() + " " + idea.label() + ": " + m));
        }
      }
    }
    assertThat(problems).isEmpty();
  }

}
