package vanishingpoint.app;

import vanishingpoint.session.SaveMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Profile;
import vanishingpoint.core.QuizPicker;
import vanishingpoint.lesson.Content;
import vanishingpoint.quiz.Question;
import vanishingpoint.save.SaveData;
import vanishingpoint.save.SaveStore;
import vanishingpoint.srs.ReviewLog;
import vanishingpoint.ui.Mastery;

/**
 * What {@code play class} reports: one row per student, with the figures the game itself shows
 * (the Progress screen's mastery and streak, the menu's cards due), and the questions the class
 * gets wrong most. Built from the saves read only ({@link SaveStore#peek}): no locks taken, nothing
 * written, so it is safe beside a running server and running games.
 *
 * @param saves      the saves folder, as shown
 * @param today      the day the figures are for (UTC, as in the game)
 * @param lessons    how many lessons there are
 * @param questions  how many questions there are
 * @param topics     the quiz topics, with how many questions each has
 * @param challenges the challenges that give stars (not the sandbox), in number order
 * @param students   one per save, by name
 * @param answers    one per question answered at least once, worst first
 */
record ClassReport(String saves, LocalDate today, int lessons, int questions, List<Topic> topics,
    List<Challenge> challenges, List<Student> students, List<Answers> answers) {

  /** A quiz topic and its number of questions. */
  record Topic(String id, int questions) {}

  /** Mastered questions of a topic, out of all of them. */
  record Count(int mastered, int of) {}

  /**
   * A student: the figures when the save could be read, else {@code problem}.
   *
   * @param mastery by topic id, in {@link Question#TOPICS} order
   * @param stars   by challenge id, in number order (0 for one not won)
   */
  record Student(String name, String problem, LocalDate lastSeen, long lessonsDone,
      Map<String, Count> mastery, Map<String, Integer> stars, int due, int streak) {

    static Student unreadable(String name, String problem) {
      return new Student(name, problem, null, 0, Map.of(), Map.of(), 0, 0);
    }

    boolean readable() {
      return problem == null;
    }
  }

  /**
   * How the class answered one question. {@code question} is null when the question is no
   * longer in the lessons (answered in an earlier version of them).
   */
  record Answers(String id, Question question, int attempts, int wrong) {
    /** Per cent of the answers that were wrong, to one decimal; attempts is never 0. */
    double percentWrong() {
      return Math.round(1000.0 * wrong / attempts) / 10.0;
    }
  }

  /** Worst first: the larger share wrong, then more wrong answers, then more answers, then by id. */
  static final Comparator<Answers> WORST_FIRST = (a, b) -> {
    int byShare = Long.compare((long) b.wrong() * a.attempts(), (long) a.wrong() * b.attempts());
    if (byShare != 0) {
      return byShare;
    }
    int byWrong = Integer.compare(b.wrong(), a.wrong());
    if (byWrong != 0) {
      return byWrong;
    }
    int byAttempts = Integer.compare(b.attempts(), a.attempts());
    return byAttempts != 0 ? byAttempts : a.id().compareTo(b.id());
  };

  /**
   * Reads every save in {@code savesDir}. A save that cannot be read is a student with a
   * problem; it does not stop the report.
   *
   * @throws IOException only if the folder itself cannot be listed
   */
  static ClassReport build(Path savesDir, Content content, Clock clock) throws IOException {
    return build(new SaveStore(savesDir, clock), savesDir.toString(), content, clock);
  }

  /** The same from any store (a saves folder or a database, see {@code --store}), named {@code where}. */
  static ClassReport build(SaveStore store, String where, Content content, Clock clock) throws IOException {
    List<String> names = store.profiles();
    Instant now = clock.instant();
    List<Challenge> challenges = content.challenges().stream().filter(c -> !c.sandbox())
        .sorted(Comparator.comparingInt(Challenge::number)).toList();
    List<Student> students = new ArrayList<>();
    Map<String, int[]> tally = new LinkedHashMap<>(); // question id -> {attempts, wrong}
    for (String name : names) {
      SaveStore.Peek peek = store.peek(name);
      if (!peek.ok()) {
        students.add(Student.unreadable(name, peek.problem()));
        continue;
      }
      GameState s;
      Student student;
      try {
        s = stateOf(name, store.where(name), peek.data(), content, now);
        student = studentOf(s, peek.data(), challenges);
      } catch (RuntimeException e) {
        // the save decoded and checked, but something in it still trips a figure: say so, go on
        students.add(Student.unreadable(name, "its progress could not be summed up (" + e + ")"));
        continue;
      }
      students.add(student);
      for (ReviewLog r : s.profile().reviews()) {
        int[] t = tally.computeIfAbsent(r.cardId(), k -> new int[2]);
        t[0]++;
        if (!Mastery.right(r)) {
          t[1]++;
        }
      }
    }
    List<Answers> answers = new ArrayList<>();
    tally.forEach((id, t) -> answers.add(new Answers(id, content.questions().get(id), t[0], t[1])));
    answers.sort(WORST_FIRST);
    List<Topic> topics = Question.TOPICS.stream().map(t -> new Topic(t,
        (int) content.questions().values().stream().filter(q -> q.topic().equals(t)).count())).toList();
    return new ClassReport(where, LocalDate.ofInstant(now, ZoneOffset.UTC), content.lessons().size(),
        content.questions().size(), topics, challenges, students, answers);
  }

  /** The game's state for a save as the player would find it at {@code now}, on the main menu. */
  static GameState stateOf(String name, String savePath, SaveData data, Content content, Instant now) {
    Profile p = SaveMapping.profileOf(name, savePath, data);
    return GameState.start(p, content, List.of(), List.of()).at(now);
  }

  private static Student studentOf(GameState s, SaveData data, List<Challenge> challenges) {
    Map<String, Count> mastery = new LinkedHashMap<>();
    for (String t : Question.TOPICS) {
      int[] m = Mastery.of(s, q -> q.topic().equals(t));
      mastery.put(t, new Count(m[0], m[1]));
    }
    Map<String, Integer> stars = new LinkedHashMap<>();
    for (Challenge c : challenges) {
      stars.put(c.id(), Math.max(0, Math.min(3, s.profile().challenge(c.id()).stars())));
    }
    LocalDate lastSeen = LocalDate.ofInstant(Instant.parse(data.updatedAt()), ZoneOffset.UTC);
    return new Student(s.profile().name(), null, lastSeen, Mastery.lessonsDone(s), mastery, stars,
        QuizPicker.due(s).size(), Mastery.streak(s));
  }

  long unreadable() {
    return students.stream().filter(s -> !s.readable()).count();
  }
}
