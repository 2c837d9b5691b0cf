package vanishingpoint.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Profile;
import vanishingpoint.core.Screen;

/**
 * The Lessons, Quizzes, Challenges, Progress and Help screens. Each tells the honest state of its
 * section from the catalog and the profile, never placeholder numbers.
 */
final class SectionView {

  /** A paragraph and the role it is drawn in; a table row's value wraps beside its label. */
  record Para(String text, Palette role, boolean wrap) {
    Para(String text, Palette role) {
      this(text, role, true);
    }
  }

  private static Para row(String label, Object value) {
    return new Para(HomeView.pad(label, 16) + value, Palette.NORMAL, false);
  }

  private SectionView() {}

  static void draw(Canvas c, GameState s) {
    Frame.draw(c, s, s.screen().title());
    int row = Frame.TOP + 1;
    int width = c.width() - 6;
    for (Para p : paragraphs(s)) {
      // a table row's value wraps under itself, beside its label
      List<String> lines = p.wrap() ? Wrap.lines(p.text(), width)
          : Wrap.hanging(p.text().substring(0, Math.min(16, p.text().length())),
              p.text().substring(Math.min(16, p.text().length())), width);
      for (String line : lines) {
        if (row > Frame.bottom(c)) {
          return;
        }
        c.text(3, row++, line, p.role());
      }
    }
  }

  static List<Para> paragraphs(GameState s) {
    var cat = s.content();
    List<Para> out = new ArrayList<>();
    Screen screen = s.screen();
    if (screen == Screen.QUIZZES) {
      out.add(new Para("Questions in the bank: " + cat.questions().size(), Palette.ACCENT));
      out.add(new Para("Cards due today: 0 (you have not met any questions yet)", Palette.ACCENT));
      out.add(new Para("", Palette.NORMAL));
      out.add(new Para("Quizzes come from the question bank in " + cat.dir() + ". Each question you answer"
          + " becomes a card, scheduled for review on the day you are about to forget it.", Palette.NORMAL));
    } else if (screen == Screen.CHALLENGES) {
      out.add(new Para("Challenges found: " + cat.challenges().size(), Palette.ACCENT));
      out.add(new Para("", Palette.NORMAL));
      out.add(new Para("In a challenge a deep network fails to learn, and you choose its weight initialisation,"
          + " activation and gradient clipping to make it converge, watching each layer's gradient live."
          + " No challenges are installed yet.", Palette.NORMAL));
    } else if (screen == Screen.PROGRESS) {
      progress(s, out);
    } else if (screen == Screen.HELP) {
      help(out);
    }
    if (!cat.problems().isEmpty() && screen == Screen.QUIZZES) {
      out.add(new Para("", Palette.NORMAL));
      out.add(new Para("Files that could not be read:", Palette.WARN));
      cat.problems().forEach(p -> out.add(new Para(p.toString(), Palette.WARN)));
    }
    return out;
  }

  private static void progress(GameState s, List<Para> out) {
    Profile p = s.profile();
    String since = LocalDate.ofInstant(p.createdAt(), ZoneOffset.UTC).toString();
    out.add(row("Profile", p.name()));
    out.add(row("Save file", p.savePath()));
    out.add(row("Playing since", since));
    out.add(row("Days played", p.daysPlayed().size()));
    long done = Mastery.lessonsDone(s);
    out.add(row("Lessons done", done + " of " + s.content().lessons().size()));
    List<String> seen = new ArrayList<>();
    List<Screen> sections = List.of(Screen.LESSONS, Screen.QUIZZES, Screen.CHALLENGES, Screen.PROGRESS, Screen.HELP);
    for (Screen sc : sections) {
      if (p.visited().contains(sc.id())) {
        seen.add(sc.title());
      }
    }
    out.add(row("Sections seen", seen.size() + " of " + sections.size()
        + (seen.isEmpty() ? "" : ": " + String.join(", ", seen))));
    long stars = p.challenges().values().stream().mapToInt(vanishingpoint.core.ChallengeProgress::stars).sum();
    out.add(row("Challenges", p.challenges().values().stream().filter(vanishingpoint.core.ChallengeProgress::completed)
        .count() + " of " + s.content().challenges().stream().filter(c -> !c.sandbox()).count() + " won, " + stars + " stars"));
    out.add(row("Quiz answers", Mastery.accuracy(s) + "; streak " + Mastery.streak(s) + " day"
        + (Mastery.streak(s) == 1 ? "" : "s")));
    List<String> topics = new ArrayList<>();
    for (String t : vanishingpoint.quiz.Question.TOPICS) {
      int[] m = Mastery.of(s, q -> q.topic().equals(t));
      topics.add(t + " " + m[0] + "/" + m[1]);
    }
    out.add(row("Mastered", String.join("  ", topics.subList(0, 3))));
    out.add(row("", String.join("  ", topics.subList(3, topics.size()))));
    StringBuilder kinds = new StringBuilder();
    for (String k : vanishingpoint.quiz.Question.KINDS) {
      int[] m = Mastery.of(s, q -> q.kind().equals(k));
      kinds.append(k).append(' ').append(m[0]).append('/').append(m[1]).append("  ");
    }
    out.add(row("", kinds.toString().strip()));
    StringBuilder week = new StringBuilder();
    Mastery.forecast(s).forEach((day, n) -> week.append(day.getDayOfWeek().toString(), 0, 3).append(' ').append(n).append("  "));
    out.add(row("Reviews due", week.toString().strip()));
    out.add(new Para("", Palette.NORMAL));
    out.add(new Para("A question is mastered once FSRS expects you to recall it with 90% certainty today."
        + " Your progress is saved the moment it changes.", Palette.DIM));
  }

  private static void help(List<Para> out) {
    out.add(new Para("Vanishing Point teaches why deep networks stop learning: gradients that shrink to"
        + " nothing (vanishing) or blow up (exploding) as they flow back through many layers.", Palette.NORMAL));
    out.add(new Para("", Palette.NORMAL));
    out.add(new Para("Read the lessons, memorise the definitions with quizzes that come back just before you"
        + " would forget them, then rescue real deep networks in the challenges.", Palette.NORMAL));
    out.add(new Para("", Palette.NORMAL));
    out.add(new Para("Keys everywhere: arrows or j/k to move, Enter to open, Esc or Backspace to go back,"
        + " ? for the keys of the current screen, q to quit.", Palette.ACCENT));
    out.add(new Para("", Palette.NORMAL));
    out.add(new Para("Everything is saved as you go: quit at any time and choose Continue next time.",
        Palette.NORMAL));
  }
}
