package vanishingpoint.lesson;

import vanishingpoint.text.Inline;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every statement of the seed summary is taught and quizzed: src/test/resources/seed-coverage.tsv
 * maps each to the page that teaches it (which must contain its key words) and its questions.
 */
class SeedCoverageTest {

  static Path project() {
    return Path.of(System.getProperty("vp.projectDir", "."));
  }

  @Test
  void everyStatementIsTaughtOnItsPageAndQuizzed() throws Exception {
    Content c = ContentLoader.load(project().resolve("lessons"));
    assertThat(c.problems()).as("lessons/ is clean").isEmpty();
    List<String> lines = Files.readAllLines(project().resolve("src/test/resources/seed-coverage.tsv"));
    assertThat(lines).hasSizeGreaterThanOrEqualTo(30);
    for (String line : lines) {
      String[] f = line.split("\t");
      assertThat(f).as(line).hasSize(4);
      String[] ref = f[1].split("#");
      Lesson l = c.lesson(ref[0]).orElseThrow(() -> new AssertionError("no lesson " + ref[0] + " for: " + f[0]));
      Page page = l.pages().get(l.pageIndex(ref[1]).orElseThrow(() -> new AssertionError("no page " + f[1])));
      String text = pageText(page).toLowerCase(Locale.ROOT);
      for (String word : f[3].split(",")) {
        assertThat(text).as("page %s teaches '%s'", f[1], f[0]).contains(word.strip().toLowerCase(Locale.ROOT));
      }
      for (String q : f[2].split(",")) {
        assertThat(c.questions()).as("question quizzing '%s'", f[0]).containsKey(q.strip());
      }
    }
  }

  @Test
  void theBankIsLargeAndUsesEveryTypeAndTopic() {
    Content c = ContentLoader.load(project().resolve("lessons"));
    assertThat(c.questions()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(c.questions().values()).extracting(q -> q.type()).contains(vanishingpoint.quiz.Question.Type.values());
    assertThat(c.questions().values()).extracting(q -> q.topic()).containsAll(vanishingpoint.quiz.Question.TOPICS);
    assertThat(c.lessons()).allMatch(LessonEntry::available);
    assertThat(c.lessons()).allMatch(e -> !e.lesson().get().checkpoint().isEmpty());
  }

  static String pageText(Page p) {
    StringBuilder b = new StringBuilder(Inline.plain(p.title())).append('\n');
    for (Block block : p.blocks()) {
      if (block instanceof Block.Paragraph para) {
        b.append(Inline.plain(para.text()));
      } else if (block instanceof Block.Bullet bullet) {
        b.append(Inline.plain(bullet.text()));
      } else if (block instanceof Block.Formula f) {
        b.append(Inline.plain(f.text()));
      }
      b.append('\n');
    }
    return b.toString();
  }
}
