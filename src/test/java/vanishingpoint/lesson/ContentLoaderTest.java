package vanishingpoint.lesson;

import vanishingpoint.text.Inline;
import vanishingpoint.text.Span;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

  @TempDir
  Path dir;

  static Path fixtures() {
    return Path.of(System.getProperty("vp.projectDir", ".")).resolve("src/test/resources/fixture-lessons");
  }

  @Test
  void theFixtureLessonLoadsWithEveryKindOfBlock() {
    Content c = ContentLoader.load(fixtures());
    assertThat(c.problems()).isEmpty();
    Lesson l = c.lesson("sample").orElseThrow();
    assertThat(l.pages()).extracting(Page::id).containsExactly("intro", "multiply");
    assertThat(l.pages().get(0).blocks()).hasExactlyElementsOfTypes(Block.Paragraph.class, Block.Bullet.class,
        Block.Bullet.class, Block.Formula.class);
    assertThat(l.pages().get(1).widget()).contains(new Block.Multiply(0.25, 10));
    assertThat(c.questions()).containsOnlyKeys("sample-choice", "sample-tf", "sample-typein", "sample-recall",
        "sample-match", "sample-order", "sample-diagnose");
  }

  @Test
  void everyProblemIsReportedAtItsLine() throws Exception {
    Path bad = dir.resolve("01-bad.lesson");
    Files.writeString(bad, String.join("\n",
        "format: 1",
        "id: Bad_Id",
        "number: two",
        "title: A *broken title",
        "tilte: oops",
        "summary: fine",
        "page p1: Page one",
        "Some text with a ξ in it.",
        "@multiply factor=abc",
        "@spin speed=1",
        "page p1: Again",
        "Text."));
    Content c = ContentLoader.load(dir);
    String f = bad.toString();
    assertThat(c.problems()).extracting(Problem::toString).containsExactly(
        f + ":2: lesson id 'Bad_Id' must be lower-case letters, digits and '-'",
        f + ":3: 'number:' must be a whole number from 1, found 'two'",
        f + ":4: unclosed '*' (emphasis)",
        f + ":5: unknown field 'tilte' (the header has checkpoint, id, number, summary, title)",
        f + ":8: character 'ξ' (U+03BE) has no ASCII form: write it as {{ξ|...}}",
        f + ":9: @multiply factor=abc is not a number",
        f + ":10: unknown widget '@spin' (known: @multiply, @probe, @spectrum)",
        f + ":11: page id 'p1' is used twice in this lesson");
    assertThat(c.lessons()).singleElement().satisfies(e -> assertThat(e.available()).isFalse());
  }

  @Test
  void referencesBetweenFilesAreChecked() throws Exception {
    Files.writeString(dir.resolve("01-a.lesson"), String.join("\n",
        "format: 1", "id: a", "number: 1", "title: A", "summary: S", "checkpoint: q-one, q-missing",
        "page p: P", "Text."));
    Files.writeString(dir.resolve("02-b.lesson"), String.join("\n",
        "format: 1", "id: a", "number: 1", "title: B", "summary: S", "page p: P", "Text."));
    Files.writeString(dir.resolve("x.quiz"), String.join("\n",
        "format: 1", "",
        "question q-one", "type: truefalse", "topic: vanishing", "kind: cause", "teaches: a#nowhere",
        "ask: A?", "answer: true", "explain: E.", "",
        "question q-two", "type: essay", "topic: vanishing", "kind: cause", "teaches: a#p", "ask: B?",
        "explain: E.", "",
        "question q-one", "type: truefalse", "topic: colours", "kind: cause", "teaches: a#p", "ask: C?",
        "answer: maybe", "explain: E."));
    Content c = ContentLoader.load(dir);
    String a = dir.resolve("01-a.lesson").toString();
    String b = dir.resolve("02-b.lesson").toString();
    String q = dir.resolve("x.quiz").toString();
    assertThat(c.problems()).extracting(Problem::toString).containsExactly(
        a + ":6: checkpoint question 'q-missing' does not exist in any .quiz file",
        b + ":2: lesson id 'a' is already used by " + a,
        b + ":3: lesson number 1 is already used by " + a,
        q + ":7: question 'q-one' teaches: lesson 'a' has no page 'nowhere'",
        q + ":13: unknown question type 'essay' (choice, truefalse, typein, recall, match, order, diagnose)",
        q + ":22: 'topic: colours' is not one of gradients, vanishing, exploding, fixes, definitions",
        q + ":26: 'answer: maybe' must be true or false");
  }

  @Test
  void aMissingFormatLineOrANewerFormatIsNamed() throws Exception {
    Files.writeString(dir.resolve("01-a.lesson"), "id: a\n");
    Files.writeString(dir.resolve("02-b.lesson"), "# comment\n\nformat: 2\nid: b\n");
    assertThat(ContentLoader.load(dir).problems()).extracting(Problem::toString).containsExactly(
        dir.resolve("01-a.lesson") + ":1: the first line must be 'format: 1'",
        dir.resolve("02-b.lesson") + ":3: format 2 is not understood by this version of the game (it reads format 1)");
  }

  @Test
  void aFileThatIsNotUtf8IsAProblemNotACrash() throws Exception {
    Files.write(dir.resolve("01-a.lesson"), new byte[] {'f', 'o', (byte) 0xC3, (byte) 0x28});
    Content c = ContentLoader.load(dir);
    assertThat(c.problems()).extracting(Problem::message).containsExactly("the file is not valid UTF-8");
    assertThat(c.lessons()).singleElement().satisfies(e -> assertThat(e.available()).isFalse());
  }

  @Test
  void asciiFormsReplaceEveryKnownCharacter() {
    List<Span> spans = Inline.parse("σ'(z) ≤ 0.25, 0.25²⁰ ≈ 9.1 × 10⁻¹³ → {{‖g‖|norm(g)}}", false);
    String text = spans.stream().map(Span::text).reduce("", String::concat);
    assertThat(text).isEqualTo("sigma'(z) <= 0.25, 0.25^20 ~ 9.1 x 10^-13 -> norm(g)");
  }

  @Test
  void knobNamesAreCheckedAgainstTheEnginesOneListAtTheirLine() throws Exception {
    Files.writeString(dir.resolve("knobs.txt"), String.join("\n",
        "# help", "activation: the function.", "speed: how fast.", "width=8: narrow."));
    Path challenges = Files.createDirectories(dir.resolve("challenges"));
    Files.writeString(challenges.resolve("01-x.challenge"), String.join("\n",
        "format: 1", "id: x", "number: 1", "title: X", "lesson: a#p", "story: S.",
        "run: depth=3 steps=10", "knob speed: slow | fast", "knob activation: relu | softmax | tanh", "start: activation=relu",
        "expect: vanishing", "solution: activation=tanh", "win: activation=tanh"));
    String knobs = dir.resolve("knobs.txt").toString();
    String x = challenges.resolve("01-x.challenge").toString();
    String all = String.join(", ", vanishingpoint.train.Knob.NAMES);
    assertThat(ContentLoader.load(dir).problems()).extracting(Problem::toString).contains(
        knobs + ":3: unknown knob 'speed' (knobs: " + all + ")",
        x + ":8: unknown knob 'speed' (knobs: " + all + ")",
        x + ":9: knob activation: activation: unknown value 'softmax' (expected sigmoid, tanh, relu, leaky-relu or linear)");
  }
}
