package vanishingpoint.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The grader against a teacher: {@code src/test/resources/grading/teacher.tsv} holds typed
 * answers to every type-in and recall question, each graded by a teacher (written before the
 * grader was run on them).
 *
 * <p>Verdicts: {@code right} (full credit), {@code partial} (recall only: some key ideas and no
 * wrong claim), {@code wrong} (no credit deserved). The grader's verdict is {@code right} when
 * {@link Result#right()}, {@code partial} when not right but {@code score > 0}, otherwise
 * {@code wrong}. Agreement is the share of answers with the same verdict. A wrong answer is
 * <em>accepted</em> when the grader gives it any credit at all (right, or a partial with a
 * score above zero): that must never happen.
 */
class TeacherSetTest {

  static final double MIN_AGREEMENT = 0.92;

  record Row(int line, String id, String answer, String verdict, String reason) {}

  static List<Row> rows() throws IOException {
    List<Row> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(
        GradingCasesTest.projectDir().resolve("src/test/resources/grading/teacher.tsv"), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t", -1);
      if (f.length != 4 || !List.of("right", "partial", "wrong").contains(f[2])) {
        throw new IllegalArgumentException("teacher.tsv:" + (i + 1) + ": expected id, answer, right|partial|wrong, reason");
      }
      out.add(new Row(i + 1, f[0], f[1], f[2], f[3]));
    }
    return out;
  }

  static String verdict(Result r) {
    return r.right() ? "right" : r.score() > 0 ? "partial" : "wrong";
  }

  @Test
  void theGraderAgreesWithTheTeacherAndNeverCreditsAWrongAnswer() throws IOException {
    List<Row> rows = rows();
    int agree = 0;
    List<String> disagreements = new ArrayList<>();
    List<String> wrongCredited = new ArrayList<>();
    int wrongAsRight = 0;
    for (Row row : rows) {
      Question q = GradingCasesTest.BANK.questions().get(row.id());
      assertThat(q).as("line %d: question %s exists", row.line(), row.id()).isNotNull();
      assertThat(q.type()).isIn(Question.Type.TYPEIN, Question.Type.RECALL);
      if (q.type() == Question.Type.TYPEIN) {
        assertThat(row.verdict()).as("line %d: a type-in answer is right or wrong", row.line()).isNotEqualTo("partial");
      }
      Result r = Grader.grade(q, new Answer.Typed(row.answer()));
      String got = verdict(r);
      if (got.equals(row.verdict())) {
        agree++;
      } else {
        String d = "line " + row.line() + " " + row.id() + " '" + row.answer() + "': teacher " + row.verdict()
            + " (" + row.reason() + "), grader " + got + " " + r.feedback();
        disagreements.add(d);
        if (row.verdict().equals("wrong")) {
          wrongCredited.add(d);
          wrongAsRight += r.right() ? 1 : 0;
        }
      }
    }
    double agreement = (double) agree / rows.size();
    System.out.printf("teacher set: %d answers, agreement %.1f %% (%d disagree), wrong answers credited %d"
        + " (%d as right)%n", rows.size(), 100 * agreement, disagreements.size(), wrongCredited.size(), wrongAsRight);
    disagreements.forEach(d -> System.out.println("  " + d));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
    assertThat(wrongCredited).as("wrong answers given credit").isEmpty();
    assertThat(agreement).as("agreement with the teacher; disagreements:%n%s", String.join("\n", disagreements))
        .isGreaterThanOrEqualTo(MIN_AGREEMENT);
  }
}
