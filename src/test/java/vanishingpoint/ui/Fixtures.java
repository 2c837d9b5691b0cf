package vanishingpoint.ui;

import java.util.List;
import java.util.Set;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Place;
import vanishingpoint.core.Profile;
import vanishingpoint.core.Screen;
import vanishingpoint.core.Reader;
import vanishingpoint.lesson.Content;

/** Fixed states for the screen snapshots: one per menu screen, plus the overlays (lessons, quizzes and challenges have their own tests with real content). */
public final class Fixtures {

  private Fixtures() {}

  public static Profile alice() {
    return new Profile("alice", "saves/alice.json", java.time.Instant.parse("2026-11-20T09:00:00Z"),
        Set.of("home", "lessons", "help"), List.of(java.time.LocalDate.parse("2026-11-20"),
            java.time.LocalDate.parse("2026-11-21"), java.time.LocalDate.parse("2026-11-29")), java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), List.of());
  }

  public static Content catalog() {
    return Content.empty("lessons");
  }

  public static final java.time.Instant NOW = java.time.Instant.parse("2026-11-29T10:00:00Z");

  public static GameState home() {
    return GameState.start(alice(), catalog(), List.of(), List.of()).at(NOW);
  }

  public static GameState on(Screen screen) {
    return new GameState(alice(), catalog(), List.of(new Place(Screen.HOME, 0), new Place(screen, 0)),
        List.of(), false, List.of(), false, Reader.START, vanishingpoint.core.ChallengeState.NONE,
        vanishingpoint.core.QuizState.NONE, java.time.Instant.parse("2026-11-29T10:00:00Z"));
  }

  /** The fixture lessons of src/test/resources/fixture-lessons. */
  public static Content lessons() {
    return vanishingpoint.lesson.ContentLoader.load(java.nio.file.Path.of(System.getProperty("vp.projectDir", "."))
        .resolve("src/test/resources/fixture-lessons"));
  }

  /** Reading the fixture lesson on a page, with the reader as the lesson flow sets it up. */
  public static GameState reading(int page) {
    GameState s = GameState.start(alice(), lessons(), List.of(), List.of()).at(NOW);
    s = vanishingpoint.core.Update.apply(s, vanishingpoint.core.Input.ch('2'));
    s = vanishingpoint.core.Update.apply(s, vanishingpoint.core.Input.of(vanishingpoint.core.Input.Kind.ENTER));
    for (int i = 0; i < page; i++) {
      s = vanishingpoint.core.Update.apply(s, vanishingpoint.core.Input.of(vanishingpoint.core.Input.Kind.RIGHT));
    }
    return s;
  }
}
