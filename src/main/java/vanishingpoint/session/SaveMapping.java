package vanishingpoint.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vanishingpoint.core.ChallengeProgress;
import vanishingpoint.core.ChallengeState;
import vanishingpoint.core.QuizState;
import vanishingpoint.core.Reader;
import vanishingpoint.core.Training;
import vanishingpoint.core.ScreenStates;
import vanishingpoint.core.GameState;
import vanishingpoint.core.LessonProgress;
import vanishingpoint.core.Place;
import vanishingpoint.core.Profile;
import vanishingpoint.core.Screen;
import vanishingpoint.save.SaveData;
import vanishingpoint.save.SavedCard;
import vanishingpoint.save.SavedReview;
import vanishingpoint.srs.Card;
import vanishingpoint.srs.CardState;
import vanishingpoint.srs.Rating;
import vanishingpoint.srs.ReviewLog;

/**
 * Converts between the game state and the save record: only ids, positions and settings cross
 * (a finished run crosses as its settings: it is recomputed, never stored). The one place that
 * knows both the domain's types and the save format's records ({@code save} knows neither
 * {@code core} nor {@code srs}): renaming a domain field or constant cannot change the files.
 */
public final class SaveMapping {

  private SaveMapping() {}

  public static SaveData toSave(GameState s, SaveData previous) {
    List<SaveData.Place> place = new ArrayList<>();
    for (Place p : s.resume()) {
      place.add(new SaveData.Place(p.screen().id(), p.cursor(), p.item()));
    }
    Profile p = s.profile();
    Map<String, SaveData.LessonRecord> lessons = new LinkedHashMap<>();
    p.lessons().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
        lessons.put(e.getKey(), new SaveData.LessonRecord(e.getValue().page(), e.getValue().seen(), e.getValue().done())));
    Map<String, SaveData.ChallengeRecord> challenges = new LinkedHashMap<>();
    p.challenges().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> challenges.put(e.getKey(),
        new SaveData.ChallengeRecord(e.getValue().stars(), e.getValue().steps(), e.getValue().settings(),
            e.getValue().hints())));
    // Instant.toString() and LocalDate.toString() are the texts saves have always held.
    return new SaveData(SaveData.SCHEMA_VERSION, p.name(), p.createdAt().toString(), previous.updatedAt(),
        place, p.visited(), p.daysPlayed().stream().map(LocalDate::toString).toList(), settings(previous.settings(), p),
        lessons, challenges,
        savedCards(p.cards()), p.reviews().stream().map(SaveMapping::saved).toList(), viewsToSave(s),
        previous.unknownFields());
  }

  /**
   * The player's profile in a save that {@code SaveStore} accepted or made afresh: its creation
   * time and days played parse (see {@link SaveData#problems()}), so this does not fail on a
   * loaded save. The one way from a save to a {@link Profile}: the game and the class report
   * see the same player, the new-card limit included.
   *
   * @param name     the profile's name
   * @param savePath where the save is, as shown to the player
   */
  public static Profile profileOf(String name, String savePath, SaveData data) {
    return new Profile(name, savePath, Instant.parse(data.createdAt()), data.visited(),
        data.daysPlayed().stream().map(LocalDate::parse).toList(), lessonsOf(data), challengesOf(data),
        cardsOf(data), reviewsOf(data), newPerDayOf(data));
  }

  /** The save's settings key for the new-card limit. */
  static final String NEW_PER_DAY = "newCardsPerDay";

  private static Map<String, String> settings(Map<String, String> previous, Profile p) {
    Map<String, String> out = new java.util.TreeMap<>(previous == null ? Map.of() : previous);
    out.put(NEW_PER_DAY, String.valueOf(p.newPerDay()));
    return out;
  }

  /** The saved new-card limit; the default when absent or unreadable ({@code Fit} clamps it). */
  static int newPerDayOf(SaveData d) {
    try {
      String v = d.settings() == null ? null : d.settings().get(NEW_PER_DAY);
      return v == null ? Profile.DEFAULT_NEW_PER_DAY : Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      return Profile.DEFAULT_NEW_PER_DAY;
    }
  }

  /** What the screen on top of the resume stack shows, for Continue; null when it shows nothing of the kind. */
  static SaveData.Resume viewsToSave(GameState s) {
    if (s.resume().isEmpty()) {
      return null;
    }
    ScreenStates v = s.resumeStates();
    Screen top = s.resume().get(s.resume().size() - 1).screen();
    SaveData.QuizState quiz = top == Screen.QUIZ && v.quiz() != null && !v.quiz().questions().isEmpty()
        ? quiz(v.quiz()) : null;
    SaveData.ChallengeState challenge = top == Screen.CHALLENGE && v.challenge() != null
        && !v.challenge().equals(ChallengeState.NONE) ? challenge(v.challenge()) : null;
    SaveData.LessonState lesson = top == Screen.LESSON && v.reader() != null ? lesson(v.reader()) : null;
    return quiz == null && challenge == null && lesson == null ? null
        : new SaveData.Resume(quiz, challenge, lesson);
  }

  private static SaveData.QuizState quiz(QuizState q) {
    List<Double> scores = q.scores().stream().map(d -> Double.isFinite(d) ? d : 0.0).toList();
    return new SaveData.QuizState(q.mode(), q.questions(), q.index(), scores, q.cursor(), q.picked(), q.text(),
        new java.util.TreeMap<>(q.pairs()), q.order(), q.hint());
  }

  private static SaveData.ChallengeState challenge(ChallengeState c) {
    boolean finished = c.training().finished() || c.restoring();
    // only a finished run's speed: a running one's changes every frame, and would be a write a frame
    double sps = finished && Double.isFinite(c.training().stepsPerSecond())
        ? Math.round(c.training().stepsPerSecond() * 10) / 10.0 : 0;
    return new SaveData.ChallengeState(c.phase().name().toLowerCase(java.util.Locale.ROOT), c.settings(), c.run(),
        finished, c.diagnosed(), c.guess(), c.speed(), c.paused(), c.panel().name().toLowerCase(java.util.Locale.ROOT),
        c.verdictShown(), sps);
  }

  private static SaveData.LessonState lesson(Reader r) {
    return new SaveData.LessonState(r.scroll(), r.factor(), r.depth(), r.probe().activation(), r.probe().init(),
        r.probe().norms() != null || r.probe().requested());
  }

  /**
   * The saved views, each part as far as it can be read (a part with a value this game cannot
   * read is left out, as if not saved); {@link GameState#start} then fits them to the content.
   */
  static ScreenStates statesOf(SaveData d) {
    SaveData.Resume r = d.resume();
    if (r == null) {
      return new ScreenStates(null, null, null);
    }
    return new ScreenStates(r.lesson() == null ? null : reader(r.lesson()),
        r.challenge() == null ? null : challenge(r.challenge()), r.quiz() == null ? null : quiz(r.quiz()));
  }

  private static Reader reader(SaveData.LessonState l) {
    return new Reader(l.scroll(), false, 0, l.factor(), l.depth(),
        new Reader.ProbeState(String.valueOf(l.activation()), String.valueOf(l.init()), 0, 0, null, l.probed()));
  }

  private static ChallengeState challenge(SaveData.ChallengeState c) {
    Optional<ChallengeState.Phase> phase = parse(ChallengeState.Phase.class, c.phase());
    if (phase.isEmpty()) {
      return null;
    }
    Map<String, String> settings = new LinkedHashMap<>();
    if (c.settings() != null) {
      c.settings().forEach((k, v) -> {
        if (k != null && v != null) {
          settings.put(k, v);
        }
      });
    }
    return new ChallengeState(phase.get(), settings, 0, c.diagnosed(), c.run(), c.paused(), c.speed(), 0,
        Training.NONE.withStepsPerSecond(c.stepsPerSecond()), c.guess(), parse(ChallengeState.Panel.class, c.panel()).orElse(ChallengeState.Panel.GRADIENTS),
        c.verdictShown(), c.finished());
  }

  private static QuizState quiz(SaveData.QuizState q) {
    if (q.mode() == null || q.questions() == null) {
      return null;
    }
    Map<Integer, Integer> pairs = new HashMap<>();
    if (q.pairs() != null) {
      q.pairs().forEach((k, v) -> {
        if (k != null && v != null) {
          pairs.put(k, v);
        }
      });
    }
    return new QuizState(q.mode(), noNulls(q.questions()), q.index(), q.cursor(), noNulls(q.picked()),
        q.text() == null ? "" : q.text(), pairs, noNulls(q.order()), q.hint(), null, null, 0, noNulls(q.scores()),
        null);
  }

  private static <T> List<T> noNulls(List<T> list) {
    return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
  }

  private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(String.valueOf(name))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  public static Map<String, LessonProgress> lessonsOf(SaveData d) {
    Map<String, LessonProgress> out = new HashMap<>();
    d.lessons().forEach((id, r) -> out.put(id, new LessonProgress(r.page(), r.seen(), r.done())));
    return out;
  }

  public static Map<String, ChallengeProgress> challengesOf(SaveData d) {
    Map<String, ChallengeProgress> out = new HashMap<>();
    d.challenges().forEach((id, r) -> out.put(id, new ChallengeProgress(r.stars(), r.steps(),
        r.settings() == null ? Map.of() : r.settings(), Math.max(0, r.hints()))));
    return out;
  }

  /**
   * The saved stack, as far as its screens still exist in this version of the game: a save from
   * a version with a screen we no longer have resumes at the deepest screen we still know.
   */
  static List<Place> resumeOf(SaveData d) {
    List<Place> out = new ArrayList<>();
    for (SaveData.Place sp : d.place()) {
      Optional<Screen> screen = Screen.byId(sp.screen());
      if (screen.isEmpty() || (out.isEmpty() != (screen.get() == Screen.HOME))) {
        break;
      }
      out.add(new Place(screen.get(), sp.cursor(), sp.item()));
    }
    return out.size() > 1 ? out : List.of();
  }

  /**
   * The cards of a save that {@code SaveStore} accepted: every card has its id, a state and times
   * that parse (see {@link SaveData#problems()}), so this does not fail on a loaded save.
   */
  public static Map<String, Card> cardsOf(SaveData d) {
    Map<String, Card> out = new LinkedHashMap<>();
    d.cards().forEach((id, c) -> out.put(id, card(c)));
    return out;
  }

  /** The review log of a save that {@code SaveStore} accepted, oldest first. */
  public static List<ReviewLog> reviewsOf(SaveData d) {
    return d.reviews().stream().map(SaveMapping::review).toList();
  }

  static Card card(SavedCard c) {
    return new Card(c.id(), state(c.state()), c.step(), c.stability(), c.difficulty(), Instant.parse(c.due()),
        c.lastReview() == null ? null : Instant.parse(c.lastReview()));
  }

  // Sorted by id, as saves have always been written.
  private static Map<String, SavedCard> savedCards(Map<String, Card> cards) {
    Map<String, SavedCard> out = new TreeMap<>();
    cards.forEach((id, c) -> out.put(id, saved(c)));
    return out;
  }

  // Instant.toString() is the text saves have always held (Instant.parse reads it back exactly).
  static SavedCard saved(Card c) {
    return new SavedCard(c.id(), saved(c.state()), c.step(), c.stability(), c.difficulty(), c.due().toString(),
        c.lastReview() == null ? null : c.lastReview().toString());
  }

  static ReviewLog review(SavedReview r) {
    return new ReviewLog(r.cardId(), rating(r.rating()), Instant.parse(r.reviewedAt()), r.durationMillis());
  }

  static SavedReview saved(ReviewLog r) {
    return new SavedReview(r.cardId(), saved(r.rating()), r.reviewedAt().toString(), r.durationMillis());
  }

  // Spelled out rather than by name(), so that the compiler, not a player's save, finds a renamed constant.
  private static CardState state(SavedCard.State s) {
    return switch (s) {
      case LEARNING -> CardState.LEARNING;
      case REVIEW -> CardState.REVIEW;
      case RELEARNING -> CardState.RELEARNING;
    };
  }

  private static SavedCard.State saved(CardState s) {
    return switch (s) {
      case LEARNING -> SavedCard.State.LEARNING;
      case REVIEW -> SavedCard.State.REVIEW;
      case RELEARNING -> SavedCard.State.RELEARNING;
    };
  }

  private static Rating rating(SavedReview.Rating r) {
    return switch (r) {
      case AGAIN -> Rating.AGAIN;
      case HARD -> Rating.HARD;
      case GOOD -> Rating.GOOD;
      case EASY -> Rating.EASY;
    };
  }

  private static SavedReview.Rating saved(Rating r) {
    return switch (r) {
      case AGAIN -> SavedReview.Rating.AGAIN;
      case HARD -> SavedReview.Rating.HARD;
      case GOOD -> SavedReview.Rating.GOOD;
      case EASY -> SavedReview.Rating.EASY;
    };
  }
}
