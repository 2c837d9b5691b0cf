package vanishingpoint.save;

import com.google.gson.JsonObject;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A player's progress, exactly as it is written to {@code saves/NAME.json}.
 * Only ids, positions, scores and settings: never lesson text or other content, so that
 * editing {@code lessons/} never invalidates a save.
 *
 * @param schemaVersion format version; a file with a higher one than {@link #SCHEMA_VERSION} is refused
 * @param profile       the profile name the file belongs to
 * @param createdAt     ISO-8601 instant of the first save
 * @param updatedAt     ISO-8601 instant of the latest save
 * @param place         where the player is: the screen stack from the main menu down, with cursors
 * @param visited       ids of the sections the player has opened at least once
 * @param daysPlayed    ISO dates (yyyy-mm-dd) on which the player played, ascending, no duplicates
 * @param settings      free-form player settings (key to value)
 * @param lessons       progress per lesson id
 * @param challenges    best result per challenge id
 * @param cards         the spaced-repetition card of every question met, by question id
 * @param reviews       every answer given, oldest first
 * @param resume        what the screen on top of {@code place} showed beyond its cursor (the quiz
 *                      in progress, the challenge's settings and run, the lesson page's widgets),
 *                      for Continue; null when there is nothing of the kind (and in saves older than
 *                      this field: they load as they did, Continue then starts those screens afresh).
 *                      Checked against today's content when the game starts, never refused here
 * @param unknownFields the file's top-level fields that this version of the game does not know,
 *                      written back as they were: a save from a newer version (same format, more
 *                      fields) keeps them through a session of an older game. Not a JSON field
 *                      of its own. Fields inside known objects are not kept.
 */
public record SaveData(
    int schemaVersion,
    String profile,
    String createdAt,
    String updatedAt,
    List<Place> place,
    Set<String> visited,
    List<String> daysPlayed,
    Map<String, String> settings,
    Map<String, LessonRecord> lessons,
    Map<String, ChallengeRecord> challenges,
    Map<String, SavedCard> cards,
    List<SavedReview> reviews,
    Resume resume,
    JsonObject unknownFields) {

  public static final int SCHEMA_VERSION = 1;

  public SaveData {
    // JsonObject is mutable: a copy, so that nobody changes a record from outside.
    unknownFields = unknownFields == null ? new JsonObject() : unknownFields.deepCopy();
  }

  /** Without fields unknown to this game, as every save that this game made itself. */
  public SaveData(int schemaVersion, String profile, String createdAt, String updatedAt,
      List<Place> place, Set<String> visited, List<String> daysPlayed, Map<String, String> settings,
      Map<String, LessonRecord> lessons, Map<String, ChallengeRecord> challenges,
      Map<String, SavedCard> cards, List<SavedReview> reviews) {
    this(schemaVersion, profile, createdAt, updatedAt, place, visited, daysPlayed, settings, lessons,
        challenges, cards, reviews, null, null);
  }

  @Override
  public JsonObject unknownFields() {
    return unknownFields.deepCopy();
  }

  // Four-digit years only, so that sorting the strings sorts the dates.
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /**
   * One level of the screen stack: which screen, where its cursor was, and what it shows
   * ({@code item}: a lesson id, for example; null when the screen shows no particular thing).
   */
  public record Place(String screen, int cursor, String item) {}

  /**
   * A lesson's progress: the page the player is on, the furthest page seen (both 0-based), and
   * whether the lesson is done (its checkpoint passed).
   */
  public record LessonRecord(int page, int seen, boolean done) {}

  /** A challenge's best result: stars (0-3), the steps it took, its knob settings, hints ever seen. */
  public record ChallengeRecord(int stars, int steps, Map<String, String> settings, int hints) {}

  /**
   * What the screen on top of {@code place} showed, for Continue (see {@link #resume()}); each
   * part null when that screen is not on top. Added in format 1 without a version change: a game
   * that does not know it keeps it as an unknown field, one that does reads older saves without it.
   */
  public record Resume(QuizState quiz, ChallengeState challenge, LessonState lesson) {}

  /**
   * A quiz in progress: its mode (as the quiz's place item), the question ids in the order asked,
   * the index of the one being asked (== the number of questions when finished), the score of each
   * answered one, and the answer being given to the current one: cursor, picked options, typed
   * text, match pairs (left index to right index), order of steps, whether a hint was shown.
   */
  public record QuizState(String mode, List<String> questions, int index, List<Double> scores, int cursor,
      List<Integer> picked, String text, Map<Integer, Integer> pairs, List<Integer> order, boolean hint) {}

  /**
   * A challenge: the phase shown (settings, diagnose, training, verdict), the knob settings, the
   * run's number and whether it had finished (a finished run is recomputed from its settings: runs
   * are seeded and reproducible), a diagnose-first challenge's naming (diagnosed, the guess), and
   * the live view's speed, pause, chart panel and verdict box; the steps per second the finished run
   * was measured at (0 for none).
   */
  public record ChallengeState(String phase, Map<String, String> settings, int run, boolean finished,
      boolean diagnosed, int guess, int speed, boolean paused, String panel, boolean verdictShown,
      double stepsPerSecond) {}

  /**
   * A lesson page: how far it is scrolled, the multiply widget's factor and depth, the gradient
   * probe's activation and init, and whether the probe had been run (it is run again: it is one pass).
   */
  public record LessonState(int scroll, double factor, int depth, String activation, String init, boolean probed) {}

  public static SaveData fresh(String profile, Instant now) {
    return new SaveData(SCHEMA_VERSION, profile, now.toString(), now.toString(),
        List.of(), Set.of(), List.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of());
  }

  public SaveData withUpdatedAt(String at) {
    return new SaveData(schemaVersion, profile, createdAt, at, place, visited, daysPlayed, settings, lessons, challenges, cards, reviews, resume, unknownFields);
  }

  SaveData withDaysPlayed(List<String> days) {
    return new SaveData(schemaVersion, profile, createdAt, updatedAt, place, visited, days, settings, lessons, challenges, cards, reviews, resume, unknownFields);
  }

  SaveData withUnknownFields(JsonObject fields) {
    return new SaveData(schemaVersion, profile, createdAt, updatedAt, place, visited, daysPlayed, settings, lessons, challenges, cards, reviews, resume, fields);
  }

  /** Gson leaves absent fields null; older or hand-edited files get empty defaults instead. */
  public SaveData normalized() {
    return new SaveData(schemaVersion, profile, createdAt, updatedAt,
        place == null ? List.of() : List.copyOf(place),
        visited == null ? Set.of() : new LinkedHashSet<>(visited),
        daysPlayed == null ? List.of() : List.copyOf(daysPlayed),
        settings == null ? Map.of() : new LinkedHashMap<>(settings),
        lessons == null ? Map.of() : new LinkedHashMap<>(lessons),
        challenges == null ? Map.of() : new LinkedHashMap<>(challenges),
        cards == null ? Map.of() : new LinkedHashMap<>(cards),
        reviews == null ? List.of() : List.copyOf(reviews), resume, unknownFields);
  }

  /**
   * What is wrong with this save, in plain words, one entry per problem; empty when it is fine.
   * Covers what Gson lets through from a damaged or hand-edited file: missing or null values,
   * negative cursors, malformed times and dates, and a format version this game cannot read.
   * Fields are named by their JSON path without the leading {@code $.}, e.g. {@code place[0].cursor}.
   */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    if (schemaVersion < 1) {
      out.add("field \"schemaVersion\" is " + schemaVersion + ", but must be 1 or more");
    } else if (schemaVersion > SCHEMA_VERSION) {
      out.add(newerVersion(String.valueOf(schemaVersion)));
    }
    if (profile == null) {
      out.add("field \"profile\" is missing");
    }
    checkInstant(out, "createdAt", createdAt);
    checkInstant(out, "updatedAt", updatedAt);
    if (place != null) {
      for (int i = 0; i < place.size(); i++) {
        Place p = place.get(i);
        String field = "place[" + i + "]";
        if (p == null) {
          out.add("field \"" + field + "\" is null");
        } else {
          if (p.screen() == null) {
            out.add("field \"" + field + ".screen\" is missing");
          }
          if (p.cursor() < 0) {
            out.add("field \"" + field + ".cursor\" is " + p.cursor() + ", but must be 0 or more");
          }
        }
      }
    }
    // A set has no reliable index to report: Gson has already dropped duplicates. Not
    // contains(null): Set.of(), as in fresh(), throws on that.
    if (visited != null && visited.stream().anyMatch(v -> v == null)) {
      out.add("field \"visited\" contains null");
    }
    if (daysPlayed != null) {
      for (int i = 0; i < daysPlayed.size(); i++) {
        String day = daysPlayed.get(i);
        String field = "daysPlayed[" + i + "]";
        if (day == null) {
          out.add("field \"" + field + "\" is null");
        } else if (!isDate(day)) {
          out.add("field \"" + field + "\" is " + Quoted.of(day) + ", which is not a date like 2026-11-29");
        }
      }
    }
    if (lessons != null) {
      lessons.forEach((key, value) -> {
        String field = "lessons." + key;
        if (value == null) {
          out.add("field \"" + field + "\" is null");
        } else if (value.page() < 0 || value.seen() < 0) {
          out.add("field \"" + field + "\" has a negative page");
        }
      });
    }
    if (challenges != null) {
      challenges.forEach((key, value) -> {
        if (value == null || value.stars() < 0 || value.stars() > 3 || value.steps() < 0) {
          out.add("field \"challenges." + key + "\" must have 0 to 3 stars and no negative steps");
        }
      });
    }
    if (cards != null) {
      cards.forEach((key, c) -> {
        if (c == null || c.state() == null || c.due() == null || !key.equals(c.id())) {
          out.add("field \"cards." + key + "\" must be a card with its own id, a state and a due time");
        } else {
          checkInstant(out, "cards." + key + ".due", c.due());
          if (c.lastReview() != null) {
            checkInstant(out, "cards." + key + ".lastReview", c.lastReview());
          }
        }
      });
    }
    if (reviews != null) {
      for (int i = 0; i < reviews.size(); i++) {
        var r = reviews.get(i);
        if (r == null || r.cardId() == null || r.rating() == null) {
          out.add("field \"reviews[" + i + "]\" must have a cardId and a rating");
        } else {
          checkInstant(out, "reviews[" + i + "].reviewedAt", r.reviewedAt());
        }
      }
    }
    if (settings != null) {
      settings.forEach((key, value) -> {
        if (value == null) {
          out.add("field \"settings." + key + "\" is null");
        }
      });
    }
    return out;
  }

  static String newerVersion(String version) {
    return "it was written by a newer version of the game (save format " + version
        + "; this version reads format " + SCHEMA_VERSION + " and older)";
  }

  static boolean isDate(String s) {
    if (!DATE.matcher(s).matches()) {
      return false;
    }
    try {
      LocalDate.parse(s);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static void checkInstant(List<String> out, String field, String value) {
    if (value == null) {
      out.add("field \"" + field + "\" is missing");
      return;
    }
    try {
      Instant.parse(value);
    } catch (DateTimeException e) {
      out.add("field \"" + field + "\" is " + Quoted.of(value) + ", which is not a time like 2026-11-29T01:22:33Z");
    }
  }
}
