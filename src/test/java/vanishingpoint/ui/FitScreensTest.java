package vanishingpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.core.ChallengeProgress;
import vanishingpoint.core.ChallengeState;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Input;
import vanishingpoint.core.Place;
import vanishingpoint.core.Profile;
import vanishingpoint.core.QuizState;
import vanishingpoint.core.Reader;
import vanishingpoint.core.Screen;
import vanishingpoint.core.Training;
import vanishingpoint.core.Update;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;
import vanishingpoint.quiz.Question;
import vanishingpoint.train.Diagnosis;
import vanishingpoint.train.Verdict;
import vanishingpoint.train.VerdictFixtures;

/**
 * The class-level guard of "every screen fits 80x24": every screen the game can reach with the
 * real lessons and the fixture ones (every lesson page and widget, every question before and after
 * answering, every challenge's settings, live charts and verdicts, the overlays, and a seeded walk
 * of random keys) is drawn at 80x24 in UTF-8 and in ASCII through an audited canvas, and nothing
 * may be cut at an edge or written over other text or over a line.
 */
class FitScreensTest {

  static final Style UNICODE = new Style(Style.Colors.ANSI256, true);
  static final Style ASCII = new Style(Style.Colors.ANSI16, false);
  static final Input ENTER = Input.of(Input.Kind.ENTER);
  static final Input DOWN = Input.of(Input.Kind.DOWN);
  static final Input RIGHT = Input.of(Input.Kind.RIGHT);

  /** What the audit found, one line per problem with the state that caused it. */
  private final Map<String, String> found = new LinkedHashMap<>();
  private int frames;

  static Content real() {
    return ContentLoader.load(Path.of(System.getProperty("vp.projectDir", ".")).resolve("lessons"));
  }

  /** A player who has won every challenge (so all are open) and met nothing else. */
  static Profile veteran(Content content) {
    Map<String, ChallengeProgress> won = new HashMap<>();
    for (Challenge ch : content.challenges()) {
      won.put(ch.id(), new ChallengeProgress(3, 123, ch.start(), 0));
    }
    Profile a = Fixtures.alice();
    return new Profile("a-rather-long-profile-name-32ch", a.savePath(), a.createdAt(), a.visited(), a.daysPlayed(),
        Map.of(), won, Map.of(), List.of());
  }

  static GameState home(Content content) {
    return GameState.start(veteran(content), content, List.of(), List.of()).at(Fixtures.NOW);
  }

  static GameState keys(GameState s, Input... in) {
    for (Input i : in) {
      s = Update.apply(s, i);
    }
    return s;
  }

  /** Draws the state at 80x24 in both styles through an audited canvas; records what the audit found. */
  void check(String what, GameState s) throws IOException {
    for (Style style : List.of(UNICODE, ASCII)) {
      Canvas.Audit audit = new Canvas.Audit();
      Renderer.draw(new Canvas(screen.newTextGraphics(), style, audit), s);
      for (String p : audit.problems()) {
        found.putIfAbsent(p.replaceAll("row \\d+(, column \\d+)?", "row"), what + (style.unicode() ? "" : " (ASCII)") + ": " + p);
      }
    }
    frames++;
  }

  /** One 80x24 screen for every frame: each frame draws all of it. */
  private final TerminalScreen screen = startScreen();

  static TerminalScreen startScreen() {
    try {
      TerminalScreen s = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(80, 24)));
      s.startScreen();
      return s;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  void checkWithHelp(String what, GameState s) throws IOException {
    check(what, s);
    if (s.screen() != Screen.QUIZ) {
      check(what + " + key help", keys(s, Input.ch('?')));
    }
  }

  @Test
  void theAuditSeesTextCutAtTheRightEdgeAndTextOverText() throws IOException {
    DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
    TerminalScreen screen = new TerminalScreen(vt);
    screen.startScreen();
    Canvas.Audit audit = new Canvas.Audit();
    Canvas c = new Canvas(screen.newTextGraphics(), UNICODE, audit);
    c.text(70, 3, "exactly 10", Palette.NORMAL);
    c.text(70, 4, "trailing  ", Palette.NORMAL);
    assertThat(audit.problems()).isEmpty();
    c.text(71, 5, "eleven chars", Palette.NORMAL);
    assertThat(audit.problems()).hasSize(1).allMatch(p -> p.contains("cut at column 80"));
    c.hline(0, 22, 80, Palette.DIM);
    c.text(3, 22, "help text", Palette.DIM);
    c.text(3, 7, "8.17e+110", Palette.DIM);
    c.text(11, 7, "decision boundary", Palette.DIM);
    assertThat(audit.problems()).hasSize(3);
    c.label(60, 22, " more ", Palette.DIM);
    c.clear(0, 7, 80, 1);
    c.text(11, 7, "decision boundary", Palette.DIM);
    assertThat(audit.problems()).hasSize(3);
  }

  @Test
  void everyReachableScreenFits80x24() throws IOException {
    for (Content content : List.of(real(), Fixtures.lessons(), Fixtures.catalog())) {
      String tag = content.dir().toString().contains("fixture") ? "fixture " : content.lessons().isEmpty() ? "empty " : "";
      menus(tag, content);
      lessons(tag, content);
      questions(tag, content);
      challenges(tag, content);
      walk(tag, content);
    }
    assertThat(frames).as("states drawn").isGreaterThan(5000);
    assertThat(found.values()).as("text cut at an edge or drawn over other text, at 80x24 (%d kinds, first of each)",
        found.size()).isEmpty();
  }

  private void menus(String tag, Content content) throws IOException {
    GameState home = home(content);
    for (int i = 0; i < 7; i++) {
      GameState s = keys(home, Input.of(Input.Kind.HOME));
      for (int k = 0; k < i; k++) {
        s = keys(s, DOWN);
      }
      checkWithHelp(tag + "home, item " + (i + 1), s);
      GameState opened = keys(s, ENTER);
      if (!opened.quit()) {
        checkWithHelp(tag + "home, item " + (i + 1) + " opened: " + opened.screen(), opened);
        for (int k = 0; k < 12; k++) {
          opened = keys(opened, DOWN);
          check(tag + opened.screen() + ", " + (k + 1) + " down", opened);
        }
      }
    }
    for (Screen screen : Screen.values()) {
      if (screen != Screen.LESSON && screen != Screen.CHALLENGE && screen != Screen.QUIZ) {
        GameState s = new GameState(veteran(content), content, List.of(new Place(Screen.HOME, 0), new Place(screen, 0)),
            List.of(), false, List.of(), false, Reader.START, ChallengeState.NONE, QuizState.NONE, Fixtures.NOW);
        checkWithHelp(tag + screen, s);
      }
    }
    GameState noticed = GameState.start(Fixtures.alice(), content, List.of(), List.of(
        "Your save saves/a-rather-long-profile-name-32ch.json could not be read (line 1: not JSON). It was kept as"
            + " saves/a-rather-long-profile-name-32ch.json.corrupt-20261129T012233Z. Starting afresh.",
        "The last change could not be saved: /home/someone/with/a/very/long/path/to/the/saves/folder/that/goes/on/and"
            + "/on/and/on/alice.json.tmp: No space left on device"));
    check(tag + "notices", noticed);
  }

  private void lessons(String tag, Content content) throws IOException {
    GameState list = keys(home(content), Input.ch('2'));
    int n = content.lessons().size();
    for (int i = 0; i < n; i++) {
      GameState s = list;
      for (int k = 0; k < i; k++) {
        s = keys(s, DOWN);
      }
      check(tag + "lessons menu, " + i, s);
      s = keys(s, ENTER);
      if (s.screen() != Screen.LESSON) {
        continue;
      }
      String lesson = tag + "lesson " + s.top().item();
      checkWithHelp(lesson + " page 1", s);
      check(lesson + " contents", keys(s, Input.ch('t')));
      for (int turn = 0; turn < 40 && s.screen() == Screen.LESSON; turn++) {
        String at = lesson + " page " + (s.top().cursor() + 1);
        check(at, s);
        for (int d = 0; d < 12; d++) {
          check(at + " scrolled " + (d + 1), s = keys(s, DOWN));
        }
        int page = s.top().cursor();
        boolean widgets = content.lesson(s.top().item()).map(l -> page < l.pages().size() && l.pages().get(page)
            .blocks().stream().anyMatch(b -> !(b instanceof vanishingpoint.lesson.Block.Paragraph
                || b instanceof vanishingpoint.lesson.Block.Bullet))).orElse(false);
        // the widgets: every factor and a deep network; the probe with every activation and init
        GameState w = s;
        for (int k = 0; k < (widgets ? 10 : 0); k++) {
          w = keys(w, Input.ch('F'), Input.ch('+'), Input.ch('+'), Input.ch('+'));
          check(at + " multiply " + k, w);
        }
        w = s;
        for (int k = 0; k < (widgets ? 8 : 0); k++) {
          w = keys(w, Input.ch('a'), Input.ch('i'), Input.ch('r'));
          Reader.ProbeState p = w.reader().probe();
          double[] norms = new double[p.depth()];
          for (int l = 0; l < norms.length; l++) {
            norms[l] = k % 2 == 0 ? Math.pow(1e-3, norms.length - l) : Math.pow(40, norms.length - l);
          }
          check(at + " probe " + k, Update.probeDone(w, p, k == 7 ? new double[0] : norms));
        }
        if (s.top().cursor() >= content.lesson(s.top().item()).map(l -> l.pages().size()).orElse(0)) {
          break;
        }
        s = keys(s, RIGHT);
      }
    }
  }

  /** A diagnose run: healthy-looking numbers, or a loss that blew up to 8.17e+110. */
  static Training diagnoseRun(boolean huge) {
    double[] losses = new double[300];
    for (int i = 0; i < losses.length; i++) {
      losses[i] = huge ? 1.1 * Math.pow(10, Math.min(110, i)) * (i == 110 ? 7.43 : 1) : 1.0986 + 0.01 * Math.sin(i);
    }
    if (huge) {
      losses[299] = Double.NaN;
    }
    double[] norms = new double[20];
    for (int l = 0; l < norms.length; l++) {
      norms[l] = huge ? Math.pow(4, l + 100) : Math.pow(0.1, norms.length - l);
    }
    double[] none = new double[0];
    Verdict v = huge ? VerdictFixtures.of(Verdict.Outcome.DIVERGED, 0, Diagnosis.Kind.EXPLODING)
        : VerdictFixtures.vanishing();
    return new Training(300, 300, losses, 0.3333, norms, norms, none, none, none, 0, new int[0], 0, none, 3, v, v);
  }

  private void questions(String tag, Content content) throws IOException {
    List<String> ids = new ArrayList<>(content.questions().keySet());
    for (String id : ids) {
      Question q = content.questions().get(id);
      GameState s = home(content);
      s = new GameState(s.profile(), content, List.of(new Place(Screen.HOME, 2), new Place(Screen.QUIZZES, 0),
          new Place(Screen.QUIZ, 0, "exam")), List.of(), false, List.of(), false, s.reader(), s.challenge(),
          new QuizState("exam", List.of(id, ids.get(0)), 0, 0, List.of(), "", Map.of(),
              q instanceof Question.Order o ? vanishingpoint.core.QuizAnswering.shuffledSteps(o) : List.of(), false,
              null, null, Fixtures.NOW.toEpochMilli(), List.of(), null), Fixtures.NOW);
      String at = tag + "question " + id;
      for (boolean huge : q.type() == Question.Type.DIAGNOSE ? List.of(false, true) : List.of(false)) {
        GameState t = s;
        if (q.type() == Question.Type.DIAGNOSE) {
          check(at + " training", t);
          t = t.withQuiz(t.quiz().withDiagnose(diagnoseRun(huge)));
        }
        String run = at + (huge ? " (huge loss)" : "");
        checkWithHelp(run, t);
        GameState answered = t;
        switch (q.type()) {
          case TYPEIN, RECALL -> {
            check(run + " hint", keys(t, Input.of(Input.Kind.TAB)));
            String words = "the gradient gets multiplied by small numbers at every layer so it vanishes "
                + "before it reaches the first layers which then stop learning altogether";
            for (char ch : words.toCharArray()) {
              answered = keys(answered, Input.ch(ch));
            }
            check(run + " typed", answered);
            answered = keys(answered, ENTER);
          }
          case MATCH -> {
            for (int i = 0; i < ((Question.Match) q).pairs().size(); i++) {
              answered = keys(answered, RIGHT, RIGHT);
              check(run + " pair " + i, answered);
              answered = keys(answered, DOWN);
            }
            answered = keys(answered, ENTER);
          }
          case ORDER -> {
            answered = keys(answered, Input.ch(' '), DOWN);
            check(run + " moving", answered);
            answered = keys(answered, Input.ch(' '), ENTER);
          }
          default -> {
            for (int i = 0; i < 12; i++) {
              check(run + " cursor " + i, answered);
              answered = keys(answered, i % 3 == 0 ? Input.ch(' ') : DOWN);
            }
            answered = keys(answered, ENTER);
            if (!answered.quiz().answered()) {
              answered = keys(answered, Input.of(Input.Kind.HOME), Input.ch(' '), ENTER);
            }
          }
        }
        check(run + " answered", answered);
        check(run + " answered, rated", keys(answered, Input.ch('4')));
        check(run + " next", keys(answered, ENTER));
      }
    }
  }

  static Training live(int cols, boolean huge, Verdict verdict, Verdict sofar) {
    double[] losses = new double[250];
    for (int i = 0; i < losses.length; i++) {
      losses[i] = huge ? Math.pow(10, i % 116 - 5) * 8.17 : 1.0986 * Math.exp(-i / 80.0);
    }
    double[] norms = new double[25];
    for (int l = 0; l < norms.length; l++) {
      norms[l] = huge ? Math.pow(10, 4 * l) : Math.pow(0.01, norms.length - 1 - l);
    }
    double[] units = new double[24];
    Arrays.fill(units, 0.97);
    double[] ratios = new double[25];
    Arrays.fill(ratios, huge ? 3e4 : 1e-9);
    int[] grid = new int[cols * 24];
    for (int i = 0; i < grid.length; i++) {
      grid[i] = (i % cols) * 3 / cols;
    }
    double[] points = {-0.5, 0.5, 0, 0.5, -0.5, 1, 0.1, 0.1, 2, -0.99, -0.99, 1, 0.99, 0.99, 0};
    return new Training(verdict == null ? 120 : 250, 250, losses, 0.3333, norms, norms, units, units, ratios, 99999.5,
        grid, cols, points, 3, verdict, sofar);
  }

  static List<Verdict> verdicts() {
    List<Verdict> out = new ArrayList<>();
    out.add(VerdictFixtures.vanishing());
    out.add(VerdictFixtures.converged(120));
    out.add(VerdictFixtures.converged(249));
    List<Diagnosis> all = new ArrayList<>();
    for (Diagnosis.Kind k : Diagnosis.Kind.values()) {
      all.add(new Diagnosis(k, "layer 1's largest gradient norm 8.17e+110 is 4.44e+99 times the output layer's"
          + " largest, 1.84e+11, and the loss reached 8.17e+110 at step 2 of 250"));
    }
    Verdict base = VerdictFixtures.of(Verdict.Outcome.DIVERGED, 0, Diagnosis.Kind.EXPLODING);
    out.add(new Verdict(Verdict.Outcome.DIVERGED, all, base.evidence(),
        "the loss reached 8.17e+110 at step 2, and NaN at step 3"));
    out.add(new Verdict(Verdict.Outcome.NOT_CONVERGED, all, base.evidence(), base.reason()));
    return out;
  }

  private void challenges(String tag, Content content) throws IOException {
    List<Challenge> all = content.challenges();
    for (int i = 0; i < all.size(); i++) {
      Challenge ch = all.get(i);
      GameState menu = keys(home(content), Input.ch('4'));
      for (int k = 0; k < i; k++) {
        menu = keys(menu, DOWN);
      }
      checkWithHelp(tag + "challenges menu, " + i, menu);
      GameState s = keys(menu, ENTER);
      String at = tag + "challenge " + ch.id();
      for (int knob = 0; knob < Math.max(1, ch.knobs().size()); knob++) {
        GameState k = s;
        for (int d = 0; d < knob; d++) {
          k = keys(k, DOWN);
        }
        for (int value = 0; value < 5; value++) {
          check(at + " settings, knob " + knob + " value " + value, k);
          k = keys(k, RIGHT);
        }
      }
      GameState hinted = s;
      for (int h = 0; h <= ch.hints().size(); h++) {
        checkWithHelp(at + " settings, " + h + " hints", hinted);
        for (int d = 0; d < ch.knobs().size(); d++) {
          check(at + " settings, " + h + " hints, knob " + d, hinted = keys(hinted, DOWN));
        }
        hinted = keys(hinted, Input.ch('h'));
      }
      for (GameState from : List.of(s, hinted)) {
        GameState training = keys(from, ENTER);
        int run = training.challenge().run();
        for (boolean huge : List.of(false, true)) {
          GameState t = Update.trainingTick(training, run, live(48, huge, null, huge ? verdicts().get(3) : null));
          for (int p = 0; p < 3; p++) {
            checkWithHelp(at + " live" + (huge ? ", huge" : "") + ", chart " + p, t);
            t = keys(t, Input.ch('v'));
          }
          for (Verdict v : verdicts()) {
            GameState done = Update.trainingTick(training, run, live(48, huge, v, v));
            String d = at + " ended " + v.outcome() + " " + v.diagnoses().size() + (huge ? ", huge" : "");
            checkWithHelp(d, done);
            if (from != s) {
              continue;
            }
            for (int p = 0; p < 3; p++) {
              done = keys(done, Input.ch('v'));
              check(d + ", charts " + p, done);
            }
            GameState guess = done;
            for (int g = 0; g < (done.challenge().phase() == ChallengeState.Phase.DIAGNOSE ? 8 : 0); g++) {
              guess = keys(guess, DOWN, ENTER);
              check(d + ", diagnose " + g, guess);
            }
          }
        }
      }
    }
  }

  /** A seeded walk of random keys, with training runs ended at random, drawn after every key. */
  private void walk(String tag, Content content) throws IOException {
    SplittableRandom rnd = new SplittableRandom(20261129L);
    Input.Kind[] kinds = Input.Kind.values();
    String chars = "jkhlv?123456789 \tfF+-airtxyz";
    List<Verdict> verdicts = verdicts();
    GameState s = home(content);
    for (int i = 0; i < 2000; i++) {
      Input in;
      if (rnd.nextInt(100) < 50) {
        Input.Kind k = kinds[rnd.nextInt(kinds.length)];
        in = k == Input.Kind.CHAR ? Input.ch(chars.charAt(rnd.nextInt(chars.length()))) : Input.of(k);
      } else {
        in = Input.ch(chars.charAt(rnd.nextInt(chars.length())));
      }
      if (in.kind() == Input.Kind.INTERRUPT) {
        continue;
      }
      s = Update.apply(s, in);
      if (s.quit()) {
        s = home(content);
      }
      if (s.screen() == Screen.CHALLENGE && s.challenge().phase() == ChallengeState.Phase.TRAINING) {
        Verdict v = rnd.nextInt(3) == 0 ? verdicts.get(rnd.nextInt(verdicts.size())) : null;
        s = Update.trainingTick(s, s.challenge().run(), live(48, rnd.nextBoolean(), v, v));
      }
      if (s.screen() == Screen.QUIZ && !s.quiz().finished() && s.quiz().diagnose() == null) {
        s = s.withQuiz(s.quiz().withDiagnose(diagnoseRun(rnd.nextBoolean())));
      }
      check(tag + "walk, key " + i + " (" + in + ") on " + s.screen(), s);
    }
  }
}
