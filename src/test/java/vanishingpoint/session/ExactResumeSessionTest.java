package vanishingpoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanishingpoint.core.ChallengeFlow;
import vanishingpoint.core.ChallengeState;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Input;
import vanishingpoint.core.QuizState;
import vanishingpoint.core.Reader;
import vanishingpoint.core.Screen;
import vanishingpoint.core.Training;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;
import vanishingpoint.quiz.DiagnoseOptions;
import vanishingpoint.quiz.Question;

/**
 * Issue 14, exact resume, through the save file: a session quits, a new one reads the save, and
 * Continue brings back the quiz, the challenge (its finished run recomputed to the bit) and the
 * lesson widgets. Saves without the new field still load.
 */
class ExactResumeSessionTest {
  private static final Content CONTENT = ContentLoader.load(
      Path.of(System.getProperty("vp.projectDir", ".")).resolve("lessons"));
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Input ENTER = Input.of(Input.Kind.ENTER);
  private static final Input RIGHT = Input.of(Input.Kind.RIGHT);
  private static final Input END = Input.of(Input.Kind.END);

  @TempDir Path saves;

  private SessionHarness open(String profile) throws Exception {
    return new SessionHarness(saves, profile, 80, 24, CONTENT);
  }

  private static void press(SessionHarness h, Input... keys) throws Exception {
    for (Input in : keys) {
      h.press(in);
    }
  }

  private static void type(SessionHarness h, String text) throws Exception {
    for (char c : text.toCharArray()) {
      h.press(Input.ch(c));
    }
  }

  /** Takes in the session's news (training frames) until the state satisfies {@code cond}; no sleeps. */
  private static GameState await(SessionHarness h, String what, Predicate<GameState> cond) throws Exception {
    Semaphore woken = new Semaphore(0);
    h.session.onWake(woken::release);
    long end = System.nanoTime() + WAIT.toNanos();
    h.session.tick();
    while (!cond.test(h.session.state())) {
      long left = end - System.nanoTime();
      if (left <= 0 || !woken.tryAcquire(left, TimeUnit.NANOSECONDS)) {
        throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + "; the screen was:\n" + h.text());
      }
      woken.drainPermits();
      h.session.tick();
    }
    return h.session.state();
  }

  /** Answers the question on screen, whatever its type, and moves on to the next. */
  private static void answer(SessionHarness h) throws Exception {
    QuizState v = h.session.state().quiz();
    Question q = CONTENT.questions().get(v.questions().get(v.index()));
    switch (q.type()) {
      case TYPEIN, RECALL -> type(h, "no idea");
      case MATCH -> {
        for (int i = 0; i < ((Question.Match) q).pairs().size(); i++) {
          press(h, RIGHT, Input.of(Input.Kind.DOWN));
        }
      }
      case DIAGNOSE -> {
        await(h, "the diagnose question's run", s -> s.quiz().diagnose() != null);
        List<DiagnoseOptions.Option> opts = DiagnoseOptions.of((Question.Diagnose) q);
        press(h, Input.ch(' '));
        for (int i = 1; i < opts.size() && opts.get(i).part() == opts.get(0).part(); i++) {
          press(h, Input.of(Input.Kind.DOWN));
        }
        press(h, Input.of(Input.Kind.DOWN));
      }
      default -> { }
    }
    int index = v.index();
    press(h, ENTER);
    assertThat(h.session.state().quiz().answered()).as("question %s (%s) answered", q.id(), q.type()).isTrue();
    press(h, ENTER);
    assertThat(h.session.state().quiz().index()).isEqualTo(index + 1);
  }

  @Test
  void theExamLeftAtQuestion14Of20ComesBackThereWithItsScores() throws Exception {
    QuizState before;
    try (SessionHarness h = open("exam")) {
      press(h, Input.ch('3'), Input.ch('j'), ENTER);
      assertThat(h.session.state().quiz().mode()).isEqualTo("exam");
      for (int i = 0; i < 13; i++) {
        answer(h);
      }
      before = h.session.state().quiz();
      press(h, Input.ch('q'));
    }
    try (SessionHarness h = open("exam")) {
      assertThat(h.text()).contains("Continue: Exam, question 14 of 20");
      press(h, Input.ch('1'));
      QuizState after = h.session.state().quiz();
      assertThat(h.session.state().screen()).isEqualTo(Screen.QUIZ);
      assertThat(after.questions()).isEqualTo(before.questions()).hasSize(20);
      assertThat(after.index()).isEqualTo(13);
      assertThat(after.scores()).isEqualTo(before.scores()).hasSize(13);
      assertThat(h.text()).contains("question 14 of 20");
    }
  }

  @Test
  void aCheckpointLeftAtQuestion2Of3ComesBackWithItsScoreAndTheTypedAnswer() throws Exception {
    try (SessionHarness h = open("check")) {
      press(h, Input.ch('2'), END, ENTER, END, ENTER);
      assertThat(h.session.state().quiz().mode()).isEqualTo("checkpoint:definitions");
      answer(h);
      type(h, "grows without bou");
      press(h, Input.of(Input.Kind.INTERRUPT));
    }
    try (SessionHarness h = open("check")) {
      assertThat(h.text()).contains("Continue: Lesson 6 checkpoint, question 2 of 3");
      press(h, Input.ch('1'));
      QuizState v = h.session.state().quiz();
      assertThat(v.index()).isEqualTo(1);
      assertThat(v.scores()).hasSize(1);
      assertThat(v.text()).isEqualTo("grows without bou");
      assertThat(h.text()).contains("question 2 of 3").contains("> grows without bou");
    }
  }

  @Test
  void aFinishedRunComesBackRecomputedToTheBit() throws Exception {
    Training before;
    Map<String, String> settings;
    try (SessionHarness h = open("runner")) {
      // challenge 1 with a setting that wins (leaky-relu and He), as fast as the engine goes
      press(h, Input.ch('4'), ENTER, RIGHT, RIGHT, Input.ch('j'), RIGHT, ENTER, Input.ch('f'), Input.ch('f'));
      settings = h.session.state().challenge().settings();
      GameState done = await(h, "the verdict", s -> s.challenge().phase() == ChallengeState.Phase.VERDICT);
      before = done.challenge().training();
      assertThat(before.converged()).isTrue();
      press(h, Input.ch('v')); // the charts without the verdict box
      press(h, Input.ch('q'));
    }
    String json = Files.readString(saves.resolve("runner.json"), StandardCharsets.UTF_8);
    assertThat(json).contains("\"resume\"").doesNotContain("losses");
    assertThat(json.length()).as("a run is saved as its settings, not its numbers").isLessThan(4000);
    try (SessionHarness h = open("runner")) {
      assertThat(h.text()).contains("Continue: Challenge 1, The sigmoid tower");
      press(h, Input.ch('1'));
      assertThat(h.session.state().challenge().restoring()).isTrue();
      assertThat(h.text()).contains("Restoring your last run");
      GameState s = await(h, "the run recomputed", st -> !st.challenge().restoring());
      Training after = s.challenge().training();
      assertThat(s.challenge().phase()).isEqualTo(ChallengeState.Phase.VERDICT);
      assertThat(s.challenge().settings()).isEqualTo(settings);
      assertThat(s.challenge().verdictShown()).isFalse();
      assertThat(after.losses()).isEqualTo(before.losses());
      assertThat(after.grid()).isEqualTo(before.grid());
      assertThat(after.gradNorms()).isEqualTo(before.gradNorms());
      assertThat(after.verdict()).isEqualTo(before.verdict());
      assertThat(after.stepsPerSecond()).isCloseTo(before.stepsPerSecond(), org.assertj.core.data.Offset.offset(0.06));
      assertThat(s.notices()).isEmpty();
      press(h, Input.ch(' '));
      assertThat(h.text()).contains("CONVERGED").contains("step " + before.step() + "/");
    }
  }

  @Test
  void aRunningRunRestartsAndSaysSo() throws Exception {
    Map<String, String> settings;
    try (SessionHarness h = open("sandy")) {
      // the sandbox: two knobs turned, then a run at the slowest speed, left running
      press(h, Input.ch('4'), END, ENTER, RIGHT, Input.ch('j'), RIGHT, RIGHT, ENTER);
      press(h, Input.ch('-'), Input.ch('-'), Input.ch('-'), Input.ch('-'));
      settings = h.session.state().challenge().settings();
      assertThat(h.session.state().challenge().phase()).isEqualTo(ChallengeState.Phase.TRAINING);
      press(h, Input.ch('q'));
    }
    try (SessionHarness h = open("sandy")) {
      assertThat(h.text()).contains("Continue: The sandbox");
      press(h, Input.ch('1'));
      GameState s = h.session.state();
      assertThat(s.challenge().phase()).isEqualTo(ChallengeState.Phase.TRAINING);
      assertThat(s.challenge().settings()).isEqualTo(settings);
      assertThat(s.challenge().speed()).isZero();
      assertThat(s.notices()).containsExactly(ChallengeFlow.RESTARTED);
      assertThat(h.text()).contains("Your run was restarted");
      await(h, "the restarted run's first steps", st -> st.challenge().training().step() > 0);
    }
    // and the settings panel of the sandbox, with its cursor
    try (SessionHarness h = open("sandy")) {
      press(h, Input.ch('1'), Input.ch('x'), Input.of(Input.Kind.BACK), Input.ch('j'), Input.ch('j'), RIGHT);
      settings = h.session.state().challenge().settings();
      assertThat(h.session.state().challenge().phase()).isEqualTo(ChallengeState.Phase.SETTINGS);
      press(h, Input.ch('q'));
    }
    try (SessionHarness h = open("sandy")) {
      press(h, Input.ch('1'));
      assertThat(h.session.state().challenge().settings()).isEqualTo(settings);
      assertThat(h.session.state().challenge().phase()).isEqualTo(ChallengeState.Phase.SETTINGS);
      assertThat(h.session.state().top().cursor()).isEqualTo(3);
      assertThat(h.session.state().notices()).isEmpty();
    }
  }

  @Test
  void theProbeComesBackWithItsSettingsAndIsRunAgain() throws Exception {
    int page = CONTENT.lesson("vanishing").orElseThrow().pageIndex("probe").orElseThrow();
    Reader.ProbeState before;
    try (SessionHarness h = open("probe")) {
      press(h, Input.ch('2'), Input.ch('j'), ENTER);
      for (int i = 0; i < page; i++) {
        press(h, RIGHT);
      }
      press(h, Input.ch('a'), Input.ch('i'), Input.ch('r'));
      before = h.session.state().reader().probe();
      assertThat(before.norms()).isNotNull();
      press(h, Input.ch('q'));
    }
    try (SessionHarness h = open("probe")) {
      press(h, Input.ch('1'));
      Reader.ProbeState after = h.session.state().reader().probe();
      assertThat(h.session.state().top().cursor()).isEqualTo(page);
      assertThat(after.activation()).isEqualTo(before.activation());
      assertThat(after.init()).isEqualTo(before.init());
      assertThat(after.norms()).isEqualTo(before.norms());
    }
  }

  @Test
  void aSaveWithoutTheResumeFieldLoadsAndContinueStartsTheQuizAfresh() throws Exception {
    try (SessionHarness h = open("old")) {
      press(h, Input.ch('3'), Input.ch('j'), ENTER);
      answer(h);
      press(h, Input.ch('q'));
    }
    Path file = saves.resolve("old.json");
    com.google.gson.JsonObject tree = com.google.gson.JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    assertThat(tree.has("resume")).isTrue();
    tree.remove("resume"); // as the game wrote it before this field
    Files.writeString(file, tree.toString());
    Files.deleteIfExists(saves.resolve("old.json.bak"));
    try (SessionHarness h = open("old")) {
      assertThat(h.session.state().notices()).isEmpty();
      assertThat(h.text()).contains("Continue: Exam");
      press(h, Input.ch('1'));
      assertThat(h.session.state().screen()).isEqualTo(Screen.QUIZ);
      assertThat(h.session.state().quiz().index()).isZero();
    }
  }
}
