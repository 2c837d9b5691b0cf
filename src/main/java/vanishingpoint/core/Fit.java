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
        p.cards(), p.reviews());
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
        // a quiz starts afresh on Continue: only its mode is kept
        return p.item() == null ? Optional.empty() : Optional.of(1);
      default:
        return Optional.of(1); // no cursor
    }
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
