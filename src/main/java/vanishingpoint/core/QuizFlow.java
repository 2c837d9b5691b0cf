package vanishingpoint.core;

import java.util.ArrayList;
import java.util.List;
import vanishingpoint.quiz.Grade;
import vanishingpoint.quiz.Grader;
import vanishingpoint.quiz.Question;
import vanishingpoint.quiz.Rater;
import vanishingpoint.quiz.Result;
import vanishingpoint.srs.Card;
import vanishingpoint.srs.CardState;
import vanishingpoint.srs.Rating;
import vanishingpoint.srs.ReviewLog;

/**
 * Quizzes: the menu of modes, asking, grading, rating and scheduling each answer as a card
 * review (saved at once), and the summary.
 */
public final class QuizFlow {

  /** The quiz menu's entries, in order. */
  public static final List<String> MODES = List.of("review", "exam", "topic:gradients", "topic:vanishing",
      "topic:exploding", "topic:fixes", "topic:definitions");

  private QuizFlow() {}

  static GameState menu(GameState s, Input in) {
    if (in.isChar('+') || in.isChar('=') || in.isChar('-') || in.isChar('_')) {
      int step = in.isChar('+') || in.isChar('=') ? Profile.NEW_PER_DAY_STEP : -Profile.NEW_PER_DAY_STEP;
      return s.withProfile(s.profile().withNewPerDay(s.profile().newPerDay() + step));
    }
    return Navigation.menu(s, in, MODES.size(), cur -> start(s, MODES.get(cur)));
  }

  /** Opens a quiz; stays put when it would have no questions (nothing due, say). */
  public static GameState start(GameState s, String mode) {
    List<String> ids = QuizPicker.pick(s, mode);
    if (ids.isEmpty()) {
      return s;
    }
    return entered(Navigation.push(s, new Place(Screen.QUIZ, 0, mode)), ids);
  }

  /** A fresh quiz for the place on top (after opening, or after Continue). */
  static GameState entered(GameState s) {
    if (s.screen() != Screen.QUIZ) {
      return s;
    }
    List<String> ids = QuizPicker.pick(s, s.top().item());
    return ids.isEmpty() ? Navigation.back(s) : entered(s, ids);
  }

  /**
   * The quiz on top as it was left (after Continue): its questions, the one it was on, the scores
   * so far and the answer being given; afresh when none was kept for this quiz.
   */
  static GameState resumed(GameState s, QuizState kept) {
    if (s.screen() != Screen.QUIZ) {
      return s;
    }
    if (kept == null || kept.questions().isEmpty() || !kept.mode().equals(s.top().item())) {
      return entered(s);
    }
    return s.withQuiz(kept.shownAt(s.now().toEpochMilli()));
  }

  private static GameState entered(GameState s, List<String> ids) {
    QuizState v = new QuizState(s.top().item(), ids, -1, 0, List.of(), "", java.util.Map.of(), List.of(), false, null,
        null, 0, List.of(), null);
    return s.withQuiz(v.next(List.of(), s.now().toEpochMilli(), firstOrder(s, ids.get(0))));
  }

  static Question current(GameState s) {
    QuizState v = s.quiz();
    return v.finished() ? null : s.content().questions().get(v.questions().get(v.index()));
  }

  /** Whether keys go into a text field now (then 'q' and '?' are letters, not commands). */
  public static boolean typing(GameState s) {
    if (s.screen() != Screen.QUIZ || s.quiz().finished() || s.quiz().answered()) {
      return false;
    }
    Question q = current(s);
    return q != null && (q.type() == Question.Type.TYPEIN || q.type() == Question.Type.RECALL);
  }

  static GameState key(GameState s, Input in) {
    QuizState v = s.quiz();
    if (in.kind() == Input.Kind.BACK) {
      return Navigation.back(s);
    }
    if (v.undo() != null && !v.answered() && (in.isChar(UNDO_CTRL) || in.isChar('u') && !typing(s))) {
      return undo(s);
    }
    if (v.finished()) {
      return in.kind() == Input.Kind.ENTER || in.isChar(' ') ? Navigation.back(s) : s;
    }
    Question q = current(s);
    if (q == null) {
      return Navigation.back(s);
    }
    if (!v.answered()) {
      return QuizAnswering.key(s, q, in);
    }
    if (in.kind() == Input.Kind.CHAR && in.ch() >= '1' && in.ch() <= '4') {
      return s.withQuiz(v.rated(Rating.values()[in.ch() - '1']));
    }
    if (in.kind() == Input.Kind.ENTER || in.kind() == Input.Kind.RIGHT || in.isChar(' ')) {
      return commit(s, q);
    }
    return s;
  }

  /** Ctrl-Z, as the key map passes it on: undo also from a text field, where {@code u} is a letter. */
  public static final char UNDO_CTRL = '\u001a';

  /**
   * Takes the last rating back: the card, the review log (and a checkpoint's lesson) exactly as
   * before it, and the quiz back on that question, answered and rated as it was. Once: the undo
   * is spent until the next rating.
   */
  static GameState undo(GameState s) {
    QuizState.Undo u = s.quiz().undo();
    Profile now = s.profile();
    Profile before = u.profile();
    Profile restored = new Profile(now.name(), now.savePath(), now.createdAt(), now.visited(), now.daysPlayed(),
        before.lessons(), now.challenges(), before.cards(), before.reviews(), now.newPerDay());
    return s.withProfile(restored).withQuiz(u.before().withUndo(null));
  }

  /** Grades the answer; the rating is suggested from the grading, the card and the time taken. */
  static GameState grade(GameState s, Question q, vanishingpoint.quiz.Answer answer) {
    QuizState v = s.quiz();
    Result r = Grader.grade(q, answer, v.hint());
    Card card = s.profile().cards().get(q.id());
    boolean known = card != null && card.state() == CardState.REVIEW;
    Grade g = Rater.suggest(r, known, s.now().toEpochMilli() - v.startedAt());
    return s.withQuiz(v.graded(r, Rating.values()[g.ordinal()]));
  }

  /** Records the answer as a review of the question's card, then moves on. */
  private static GameState commit(GameState s, Question q) {
    QuizState v = s.quiz();
    Card card = s.profile().cards().getOrDefault(q.id(), Card.fresh(q.id(), s.now()));
    Card next = QuizPicker.SCHEDULER.review(card, v.rating(), s.now());
    ReviewLog log = new ReviewLog(q.id(), v.rating(), s.now(), s.now().toEpochMilli() - v.startedAt());
    List<Double> scores = new ArrayList<>(v.scores());
    scores.add(v.result().score());
    GameState out = s.withProfile(s.profile().withReview(next, log));
    int nextIndex = v.index() + 1;
    List<Integer> order = nextIndex < v.questions().size() ? firstOrder(s, v.questions().get(nextIndex)) : List.of();
    out = out.withQuiz(v.next(scores, s.now().toEpochMilli(), order).withUndo(new QuizState.Undo(v.withUndo(null),
        s.profile())));
    if (out.quiz().finished() && v.mode().startsWith("checkpoint:")) {
      String lesson = v.mode().substring(11);
      out = out.withProfile(out.profile().withLesson(lesson, out.profile().lesson(lesson).finished()));
    }
    return out;
  }

  /**
   * How long after now the current question's card would next be due for each rating, computed by
   * the scheduler for this card now: what the rating keys show ("1 Again 1m  3 Good 10m").
   */
  public static java.util.Map<Rating, java.time.Duration> nextIntervals(GameState s) {
    java.util.Map<Rating, java.time.Duration> out = new java.util.EnumMap<>(Rating.class);
    Question q = s.screen() == Screen.QUIZ ? current(s) : null;
    if (q == null) {
      return out;
    }
    Card card = s.profile().cards().getOrDefault(q.id(), Card.fresh(q.id(), s.now()));
    for (Rating r : Rating.values()) {
      out.put(r, java.time.Duration.between(s.now(), QuizPicker.SCHEDULER.review(card, r, s.now()).due()));
    }
    return out;
  }

  /** An interval as Anki shows it on its buttons: 1m, 6m, 3h, 4d, 2.5mo, 1.2y. */
  public static String interval(java.time.Duration d) {
    long minutes = Math.max(1, Math.round(d.getSeconds() / 60.0));
    if (minutes < 60) {
      return minutes + "m";
    }
    if (minutes < 24 * 60) {
      return Math.round(minutes / 60.0) + "h";
    }
    long days = Math.round(minutes / 1440.0);
    if (days < 30) {
      return days + "d";
    }
    if (days < 365) {
      return vanishingpoint.train.Fmt.of("%.1fmo", days / 30.0);
    }
    return vanishingpoint.train.Fmt.of("%.1fy", days / 365.0);
  }

  /**
   * The order the current showing of {@code q} shows its options in ({@link vanishingpoint.quiz.Choices#order}):
   * the showing is the number of reviews of its card, so the order changes at each review and is
   * the same again after Continue or an undo.
   */
  public static List<Integer> optionOrder(GameState s, Question q) {
    int shown = (int) s.profile().reviews().stream().filter(r -> r.cardId().equals(q.id())).count();
    return vanishingpoint.quiz.Choices.order(q, shown);
  }

  private static List<Integer> firstOrder(GameState s, String id) {
    return firstOrder(s.content(), id);
  }

  static List<Integer> firstOrder(vanishingpoint.lesson.Content c, String id) {
    Question q = c.questions().get(id);
    return q instanceof Question.Order o ? QuizAnswering.shuffledSteps(o) : List.of();
  }
}
