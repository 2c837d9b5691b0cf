package vanishingpoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.core.Input;
import vanishingpoint.core.QuizFlow;
import vanishingpoint.core.Screen;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;
import vanishingpoint.lesson.Lesson;
import vanishingpoint.lesson.LessonEntry;
import vanishingpoint.quiz.Question;
import vanishingpoint.save.SaveData;
import vanishingpoint.save.SaveStore;

/**
 * Issue 12.2: a save outlives edits of the content. Saves made against today's lessons, loaded
 * against edited ones (hints, pages, questions, knob choices, whole lessons and challenges
 * removed), must load, and Continue must draw, without an exception.
 */
class SaveFitsContentTest {
  private static final Content CONTENT = ContentLoader.load(
      Path.of(System.getProperty("vp.projectDir", ".")).resolve("lessons"));
  private static final Instant NOW = SessionHarness.CLOCK.instant();

  @TempDir Path saves;

  /** The case: three hints seen, then a hint line removed from the challenge file. */
  @Test
  void hintsSeenThatTheChallengeNoLongerHasDoNotStopContinue() throws Exception {
    Challenge c = CONTENT.challenges().stream().filter(ch -> ch.hints().size() >= 2).findFirst().orElseThrow();
    for (int seen : List.of(c.hints().size(), 99)) {
      SaveData save = save("h" + seen, List.of(place("home", 0, null), place("challenges", 0, null),
          place("challenge", 0, c.id())), Map.of(), Map.of(c.id(), new SaveData.ChallengeRecord(0, 0, Map.of(), seen)));
      new SaveStore(saves, SessionHarness.CLOCK).save(save);
      Content edited = with(CONTENT, CONTENT.lessons(), CONTENT.questions(), replace(CONTENT.challenges(), c.id(),
          copy(c, c.knobs(), c.hints().subList(0, c.hints().size() - 1))));

      try (SessionHarness h = new SessionHarness(saves, "h" + seen, 80, 24, edited)) {
        h.press(Input.ch('1'));
        assertThat(h.session.state().screen()).isEqualTo(Screen.CHALLENGE);
        assertThat(h.session.state().challenge().hints()).isEqualTo(c.hints().size() - 1);
        assertThat(h.text()).contains("Hint " + (c.hints().size() - 1) + ":");
      }
    }
  }

  @Test
  void randomSavesOnRandomlyEditedContentLoadAndContinue() throws Exception {
    Random random = new Random(2026_12);
    for (int trial = 0; trial < 80; trial++) {
      String profile = "p" + trial;
      new SaveStore(saves, SessionHarness.CLOCK).save(randomSave(random, profile));
      Content edited = randomEdit(random);
      try (SessionHarness h = new SessionHarness(saves, profile, 80, 24, edited)) {
        h.press(Input.ch('1'));
        for (int k = 0; k < 3; k++) {
          h.press(List.of(Input.of(Input.Kind.RIGHT), Input.of(Input.Kind.DOWN), Input.ch('h'),
              Input.of(Input.Kind.END), Input.of(Input.Kind.ENTER)).get(random.nextInt(5)));
        }
      } catch (RuntimeException e) {
        throw new AssertionError("trial " + trial, e);
      }
    }
  }

  // ---- random saves, valid against today's content ----

  private static SaveData randomSave(Random r, String profile) {
    List<SaveData.Place> place = new ArrayList<>(List.of(place("home", r.nextInt(9), null)));
    switch (r.nextInt(6)) {
      case 0 -> {
        Lesson l = pick(r, lessons(CONTENT));
        place.add(place("lessons", r.nextInt(CONTENT.lessons().size()), null));
        place.add(place("lesson", r.nextInt(l.pages().size() + 1), l.id()));
      }
      case 1 -> {
        Challenge c = pick(r, CONTENT.challenges());
        place.add(place("challenges", r.nextInt(CONTENT.challenges().size()), null));
        place.add(place("challenge", r.nextInt(c.knobs().size() + 1), c.id()));
      }
      case 2 -> {
        List<String> modes = new ArrayList<>(QuizFlow.MODES);
        lessons(CONTENT).forEach(l -> modes.add("checkpoint:" + l.id()));
        place.add(place("quizzes", r.nextInt(QuizFlow.MODES.size()), null));
        place.add(place("quiz", r.nextInt(5), pick(r, modes)));
      }
      case 3 -> place.add(place("progress", 0, null));
      case 4 -> place.add(place("help", 0, null));
      default -> { } // never been anywhere
    }
    Map<String, SaveData.LessonRecord> lessons = new LinkedHashMap<>();
    for (Lesson l : lessons(CONTENT)) {
      if (r.nextBoolean()) {
        int page = r.nextInt(l.pages().size() + 1);
        lessons.put(l.id(), new SaveData.LessonRecord(page, page + r.nextInt(l.pages().size() + 1 - page),
            r.nextBoolean()));
      }
    }
    Map<String, SaveData.ChallengeRecord> challenges = new LinkedHashMap<>();
    for (Challenge c : CONTENT.challenges()) {
      if (r.nextBoolean()) {
        Map<String, String> settings = new LinkedHashMap<>();
        c.knobs().forEach((knob, choices) -> settings.put(knob, pick(r, choices)));
        int stars = r.nextInt(4);
        challenges.put(c.id(), new SaveData.ChallengeRecord(stars, stars == 0 ? 0 : 1 + r.nextInt(500), settings,
            r.nextInt(10) == 0 ? 99 : r.nextInt(c.hints().size() + 1)));
      }
    }
    SaveData s = save(profile, place, lessons, challenges);
    Map<String, vanishingpoint.save.SavedCard> cards = new LinkedHashMap<>();
    for (String id : CONTENT.questions().keySet()) {
      if (r.nextInt(4) == 0) {
        cards.put(id, SaveMapping.saved(vanishingpoint.srs.Card.fresh(id, NOW.minusSeconds(86_400L * r.nextInt(30)))));
      }
    }
    return new SaveData(s.schemaVersion(), profile, s.createdAt(), s.updatedAt(), s.place(), s.visited(),
        s.daysPlayed(), s.settings(), s.lessons(), s.challenges(), cards, s.reviews());
  }

  // ---- random content edits, of the kind check-lessons accepts ----

  private static Content randomEdit(Random r) {
    List<LessonEntry> entries = new ArrayList<>();
    Map<String, Question> questions = new LinkedHashMap<>(CONTENT.questions());
    questions.keySet().removeIf(id -> r.nextInt(3) == 0);
    for (LessonEntry e : CONTENT.lessons()) {
      if (e.lesson().isEmpty() || r.nextInt(10) == 0) {
        continue; // the lesson file removed
      }
      Lesson l = e.lesson().get();
      int pages = r.nextBoolean() ? 1 + r.nextInt(l.pages().size()) : l.pages().size();
      Lesson cut = new Lesson(l.id(), l.number(), l.title(), l.summary(),
          l.checkpoint().stream().filter(questions::containsKey).toList(), l.pages().subList(0, pages), l.file(),
          l.checkpointLine());
      entries.add(new LessonEntry(e.file(), Optional.of(cut), e.problems()));
    }
    List<Challenge> challenges = new ArrayList<>();
    for (Challenge c : CONTENT.challenges()) {
      if (!c.sandbox() && r.nextInt(10) == 0) {
        continue; // the challenge file removed
      }
      Map<String, List<String>> knobs = new LinkedHashMap<>();
      c.knobs().forEach((knob, choices) -> {
        if (!r.nextBoolean()) {
          knobs.put(knob, choices);
        } else {
          List<String> kept = new ArrayList<>(choices.stream().filter(v -> r.nextBoolean()).toList());
          if (!kept.contains(c.start().get(knob))) {
            kept.add(0, c.start().get(knob)); // the start must stay a choice
          }
          knobs.put(knob, kept);
        }
      });
      challenges.add(copy(c, knobs, c.hints().subList(0, r.nextBoolean() ? r.nextInt(c.hints().size() + 1)
          : c.hints().size())));
    }
    return with(CONTENT, entries, questions, challenges);
  }

  // ---- helpers ----

  private static SaveData save(String profile, List<SaveData.Place> place, Map<String, SaveData.LessonRecord> lessons,
      Map<String, SaveData.ChallengeRecord> challenges) {
    return new SaveData(SaveData.SCHEMA_VERSION, profile, NOW.toString(), NOW.toString(), place,
        new LinkedHashSet<>(List.of("home")), List.of(), Map.of(), lessons, challenges, Map.of(), List.of());
  }

  private static SaveData.Place place(String screen, int cursor, String item) {
    return new SaveData.Place(screen, cursor, item);
  }

  private static List<Lesson> lessons(Content c) {
    return c.lessons().stream().flatMap(e -> e.lesson().stream()).toList();
  }

  private static <T> T pick(Random r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  private static Content with(Content c, List<LessonEntry> lessons, Map<String, Question> questions,
      List<Challenge> challenges) {
    return new Content(c.dir(), lessons, questions, challenges, c.knobHelp(), c.problems(), c.claims());
  }

  private static List<Challenge> replace(List<Challenge> all, String id, Challenge with) {
    return all.stream().map(c -> c.id().equals(id) ? with : c).toList();
  }

  private static Challenge copy(Challenge c, Map<String, List<String>> knobs, List<String> hints) {
    return new Challenge(c.id(), c.number(), c.title(), c.lesson(), c.story(), c.run(), knobs, c.start(), c.expect(),
        c.solution(), c.wins(), hints, c.diagnose(), c.sandbox(), c.file(), c.line());
  }
}
