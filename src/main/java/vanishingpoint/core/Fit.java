package vanishingpoint.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.Lesson;

/**
 * Numbers from a save, fitted to today's content. A save outlives edits of {@code lessons/}: a
 * hint, a page, a knob choice or a menu row it remembers may be gone, and the flows and screens
 * index content with these numbers. Fitted once, as the game starts ({@link GameState#start}),
 * rather than checked at each use. Progress in lessons and challenges that no longer exist is
 * left alone: it harms nothing, and comes back with them.
 */
final class Fit {
  private Fit() {}

  static Profile profile(Profile p, Content c) {
    Map<String, LessonProgress> lessons = new HashMap<>(p.lessons());
    lessons.replaceAll((id, l) -> c.lesson(id).map(lesson -> {
      int last = lesson.pages().size(); // the page after the last is the checkpoint
      return new LessonProgress(clamp(l.page(), last), clamp(l.seen(), last), l.done());
    }).orElse(l));
    Map<String, ChallengeProgress> challenges = new HashMap<>(p.challenges());
    challenges.replaceAll((id, r) -> c.challenge(id).map(ch -> new ChallengeProgress(r.stars(), r.steps(),
        knownChoices(r.settings(), ch), clamp(r.hints(), ch.hints().size()))).orElse(r));
    return new Profile(p.name(), p.savePath(), p.createdAt(), p.visited(), p.daysPlayed(), lessons, challenges,
        p.cards(), p.reviews(), clamp(p.newPerDay(), Profile.MAX_NEW_PER_DAY));
  }

  /**
   * The screen stack with every cursor inside its screen's rows, cut above the first level whose
   * lesson, challenge or quiz is gone (Continue then goes to the deepest screen still there).
   */
  static List<Place> resume(List<Place> stack, Content c) {
    List<Place> out = new ArrayList<>();
    for (Place p : stack) {
      Optional<Integer> rows = rows(p, c);
      if (rows.isEmpty()) {
        break;
      }
      out.add(new Place(p.screen(), clamp(p.cursor(), rows.get() - 1), p.item()));
    }
    return out.size() > 1 ? out : List.of();
  }

  /** How many positions the cursor of {@code p} has, or empty when what it shows is gone. */
  private static Optional<Integer> rows(Place p, Content c) {
    switch (p.screen()) {
      case HOME: return Optional.of(MenuItem.ALL.size());
      case LESSONS: return Optional.of(c.lessons().size());
      case QUIZZES: return Optional.of(QuizFlow.MODES.size());
      case CHALLENGES: return Optional.of(c.challenges().size());
      case LESSON:
        // pages and the checkpoint after them
        return p.item() == null ? Optional.empty() : c.lesson(p.item()).map(Lesson::pages).map(ps -> ps.size() + 1);
      case CHALLENGE:
        // the settings' knobs, or the diagnoses of a diagnose-first challenge
        return p.item() == null ? Optional.empty() : c.challenge(p.item())
            .map(ch -> Math.max(ch.knobs().size(), ChallengeFlow.DIAGNOSES.size()));
      case QUIZ:
        // the quiz itself is in the views (see views)
        return p.item() == null ? Optional.empty() : Optional.of(1);
      default:
        return Optional.of(1); // no cursor
    }
  }

  /**
   * The saved views fitted to today's content and to {@code resume} (already fitted): each part is
   * kept only when the screen on top of {@code resume} shows it, with every number inside what
   * that screen offers today. A null part (not saved, or nothing of it fits) means "as the screen
   * starts". The views are read from a save that may be older than the content, or hand-edited.
   */
  static ScreenStates views(ScreenStates v, List<Place> resume, Content c) {
    if (v == null || resume.isEmpty()) {
      return new ScreenStates(null, null, null);
    }
    Place top = resume.get(resume.size() - 1);
    return new ScreenStates(top.screen() == Screen.LESSON ? reader(v.reader(), top, c) : null,
        top.screen() == Screen.CHALLENGE ? challenge(v.challenge(), top, c) : null,
        top.screen() == Screen.QUIZ ? quiz(v.quiz(), top, c) : null);
  }

  /** The page's widgets at the saved values it still offers (factors, depths, activations, inits). */
  private static Reader reader(Reader saved, Place top, Content c) {
    Optional<Lesson> lesson = c.lesson(top.item());
    if (saved == null || lesson.isEmpty()) {
      return null;
    }
    Reader base = LessonFlow.readerFor(lesson.get(), top.cursor());
    Reader.ProbeState p = base.probe();
    Reader.ProbeState sp = saved.probe();
    if (sp != null && top.cursor() < lesson.get().pages().size()
        && lesson.get().pages().get(top.cursor()).widget().filter(w -> w instanceof vanishingpoint.lesson.Block.Probe)
            .isPresent()) {
      p = new Reader.ProbeState(LessonFlow.ACTIVATIONS.contains(sp.activation()) ? sp.activation() : p.activation(),
          LessonFlow.INITS.contains(sp.init()) ? sp.init() : p.init(), p.depth(), p.width(), null, sp.requested());
    }
    double factor = Reader.FACTORS.contains(saved.factor()) ? saved.factor() : base.factor();
    int depth = saved.depth() >= 1 && saved.depth() <= LessonFlow.MAX_DEPTH ? saved.depth() : base.depth();
    return new Reader(Math.max(0, saved.scroll()), false, 0, factor, depth, p);
  }

  /**
   * The challenge as it was: settings it still offers (the start's for the rest), a phase the
   * challenge still has (a diagnose-first challenge not yet diagnosed cannot be past its diagnosis),
   * a diagnosis guess among those offered, a speed among the levels.
   */
  private static ChallengeState challenge(ChallengeState saved, Place top, Content c) {
    Optional<Challenge> found = c.challenge(top.item());
    if (saved == null || found.isEmpty()) {
      return null;
    }
    Challenge ch = found.get();
    Map<String, String> settings = new java.util.LinkedHashMap<>(ch.start());
    settings.putAll(knownChoices(saved.settings(), ch));
    boolean diagnosed = ch.diagnose() && saved.diagnosed();
    ChallengeState.Phase phase = saved.phase();
    boolean ran = saved.restoring() || saved.training().finished();
    if (ch.diagnose() && !diagnosed && phase != ChallengeState.Phase.DIAGNOSE) {
      // not yet past the diagnosis: its failing run is shown again (started afresh)
      phase = ChallengeState.Phase.TRAINING;
      ran = false;
    } else if (!ch.diagnose() && phase == ChallengeState.Phase.DIAGNOSE) {
      phase = ChallengeState.Phase.SETTINGS;
    }
    if (phase == ChallengeState.Phase.VERDICT && !ran || phase == ChallengeState.Phase.SETTINGS) {
      phase = ChallengeState.Phase.SETTINGS;
      ran = false;
    }
    int guess = saved.guess() >= 0 && saved.guess() < ChallengeFlow.DIAGNOSES.size() ? saved.guess() : -1;
    return new ChallengeState(phase, settings, 0, diagnosed, Math.max(ran || phase == ChallengeState.Phase.TRAINING
        ? 1 : 0, saved.run()), phase == ChallengeState.Phase.TRAINING && saved.paused(),
        Math.max(0, Math.min(ChallengeState.MAX_SPEED, saved.speed())), 0, ran ? Training.NONE.withStepsPerSecond(
            Math.max(0, saved.training().stepsPerSecond())) : Training.NONE, guess,
        saved.panel() == null ? ChallengeState.Panel.GRADIENTS : saved.panel(), saved.verdictShown(), ran);
  }

  /**
   * The quiz as it was, without the questions that are gone (and their scores): the question it
   * was on, or the next one still there when that one is gone; the answer being given kept only
   * where the question still offers it. Null when nothing is left to resume.
   */
  private static QuizState quiz(QuizState saved, Place top, Content c) {
    if (saved == null || !top.item().equals(saved.mode()) || saved.index() < 0
        || saved.scores().size() != Math.min(saved.index(), saved.questions().size())) {
      return null;
    }
    List<String> ids = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    int index = -1;
    for (int i = 0; i < saved.questions().size(); i++) {
      String id = saved.questions().get(i);
      if (i == saved.index()) {
        index = ids.size();
      }
      if (!c.questions().containsKey(id) || ids.contains(id)) {
        continue;
      }
      ids.add(id);
      if (i < saved.index()) {
        double score = i < saved.scores().size() ? saved.scores().get(i) : 0;
        scores.add(Double.isFinite(score) ? Math.max(0, Math.min(1, score)) : 0);
      }
    }
    if (index < 0) {
      index = ids.size(); // finished: the summary
    }
    if (ids.isEmpty()) {
      return null;
    }
    boolean same = index < ids.size() && saved.index() < saved.questions().size()
        && ids.get(index).equals(saved.questions().get(saved.index()));
    QuizState fresh = new QuizState(saved.mode(), ids, index, 0, List.of(), "", Map.of(),
        index < ids.size() ? QuizFlow.firstOrder(c, ids.get(index)) : List.of(), false, null, null, 0, scores, null);
    return same ? QuizAnswering.fitted(fresh, saved, c.questions().get(ids.get(index))) : fresh;
  }

  /** The settings whose knob the challenge still has, with a choice it still offers. */
  private static Map<String, String> knownChoices(Map<String, String> settings, Challenge ch) {
    return settings.entrySet().stream()
        .filter(e -> ch.knobs().getOrDefault(e.getKey(), List.of()).contains(e.getValue()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static int clamp(int n, int max) {
    return Math.max(0, Math.min(n, Math.max(0, max)));
  }
}
