package vanishingpoint.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckLessonsCommandTest {

  @TempDir
  Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Path lessons() {
    return Path.of(System.getProperty("vp.projectDir", ".")).resolve("lessons");
  }

  @Test
  void theShippedLessonsAreClean() {
    Run r = run("check-lessons", lessons().toString());
    assertThat(r.out()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.err()).startsWith("ok: 6 lessons");
  }

  @Test
  void aBrokenCopyFailsWithExactFileAndLine() throws Exception {
    Path copy = tmp.resolve("lessons");
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(lessons())) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.copy(p, copy.resolve(p.getFileName()));
      }
    }
    Path lesson = copy.resolve("02-vanishing.lesson");
    List<String> lines = new ArrayList<>(Files.readAllLines(lesson));
    int titleLine = lines.indexOf(lines.stream().filter(l -> l.startsWith("title:")).findFirst().orElseThrow()) + 1;
    lines.add(titleLine, "colour: blue");
    Files.write(lesson, lines);
    Path quiz = copy.resolve("vanishing.quiz");
    List<String> q = new ArrayList<>(Files.readAllLines(quiz));
    int teaches = q.indexOf(q.stream().filter(l -> l.startsWith("teaches:")).findFirst().orElseThrow());
    q.set(teaches, "teaches: vanishing#no-such-page");
    Files.write(quiz, q);

    Run r = run("check-lessons", copy.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out().lines()).contains(
        lesson + ":" + (titleLine + 1) + ": unknown field 'colour' (the header has checkpoint, id, number, summary, title)")
        .anyMatch(l -> l.startsWith(quiz + ":" + (teaches + 1) + ": question '")
            && l.endsWith("teaches: lesson 'vanishing' has no page 'no-such-page'"));
    assertThat(r.out().lines()).allMatch(l -> l.matches("[^:]+:\\d+: .+"));
  }

  @Test
  void aMissingFolderIsAProblemNotACrash() {
    Run r = run("check-lessons", tmp.resolve("nope").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("nope:0: folder not found");
  }
}
