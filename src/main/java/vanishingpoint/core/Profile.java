package vanishingpoint.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the game knows about the player beyond where they are.
 *
 * @param name       profile name
 * @param savePath   the save file, as shown to the player
 * @param createdAt  when the first save was made
 * @param visited    ids of the sections opened at least once
 * @param daysPlayed the days played (UTC), ascending, each once
 * @param lessons    progress per lesson id
 * @param challenges best result per challenge id
 * @param cards      the spaced-repetition card of every question met, by question id
 * @param reviews    every answer given, oldest first
 * @param newPerDay  the most questions never met that a day's topic quizzes and exams bring in
 *                   (Anki's "new cards per day"); changed with + and - on the Quizzes screen, saved
 */
public record Profile(String name, String savePath, Instant createdAt, Set<String> visited, List<LocalDate> daysPlayed,
    Map<String, LessonProgress> lessons, Map<String, ChallengeProgress> challenges,
    Map<String, vanishingpoint.srs.Card> cards, List<vanishingpoint.srs.ReviewLog> reviews, int newPerDay) {

  /** New cards a day unless the player chose otherwise: Anki's default. */
  public static final int DEFAULT_NEW_PER_DAY = 20;
  /** The most new cards a day the setting goes up to. */
  public static final int MAX_NEW_PER_DAY = 200;
  /** The step + and - change the setting by. */
  public static final int NEW_PER_DAY_STEP = 5;

  /** With the default new-card limit. */
  public Profile(String name, String savePath, Instant createdAt, Set<String> visited, List<LocalDate> daysPlayed,
      Map<String, LessonProgress> lessons, Map<String, ChallengeProgress> challenges,
      Map<String, vanishingpoint.srs.Card> cards, List<vanishingpoint.srs.ReviewLog> reviews) {
    this(name, savePath, createdAt, visited, daysPlayed, lessons, challenges, cards, reviews, DEFAULT_NEW_PER_DAY);
  }

  public Profile {
    Objects.requireNonNull(createdAt, "createdAt");
    visited = Set.copyOf(visited);
    daysPlayed = List.copyOf(new TreeSet<>(daysPlayed));
    lessons = Map.copyOf(lessons);
    challenges = Map.copyOf(challenges);
    cards = Map.copyOf(cards);
    reviews = List.copyOf(reviews);
  }

  /** With {@code day} among the days played (the days stay ascending, each once). */
  public Profile withDayPlayed(LocalDate day) {
    List<LocalDate> days = new java.util.ArrayList<>(daysPlayed);
    days.add(day);
    return new Profile(name, savePath, createdAt, visited, days, lessons, challenges, cards, reviews, newPerDay);
  }

  Profile withReview(vanishingpoint.srs.Card card, vanishingpoint.srs.ReviewLog log) {
    Map<String, vanishingpoint.srs.Card> c = new java.util.HashMap<>(cards);
    c.put(card.id(), card);
    List<vanishingpoint.srs.ReviewLog> r = new java.util.ArrayList<>(reviews);
    r.add(log);
    return new Profile(name, savePath, createdAt, visited, daysPlayed, lessons, challenges, c, r, newPerDay);
  }

  public ChallengeProgress challenge(String id) {
    return challenges.getOrDefault(id, ChallengeProgress.NONE);
  }

  Profile withChallenge(String id, ChallengeProgress p) {
    Map<String, ChallengeProgress> m = new java.util.HashMap<>(challenges);
    m.put(id, p);
    return new Profile(name, savePath, createdAt, visited, daysPlayed, lessons, m, cards, reviews, newPerDay);
  }

  public LessonProgress lesson(String id) {
    return lessons.getOrDefault(id, LessonProgress.NEW);
  }

  Profile withLesson(String id, LessonProgress p) {
    Map<String, LessonProgress> m = new java.util.HashMap<>(lessons);
    m.put(id, p);
    return new Profile(name, savePath, createdAt, visited, daysPlayed, m, challenges, cards, reviews, newPerDay);
  }

  Profile withNewPerDay(int n) {
    return new Profile(name, savePath, createdAt, visited, daysPlayed, lessons, challenges, cards, reviews,
        Math.max(0, Math.min(MAX_NEW_PER_DAY, n)));
  }

  Profile withVisited(Set<String> v) {
    return new Profile(name, savePath, createdAt, v, daysPlayed, lessons, challenges, cards, reviews, newPerDay);
  }
}
