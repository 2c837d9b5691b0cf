package vanishingpoint.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vanishingpoint.core.ChallengeProgress;
import vanishingpoint.core.GameState;
import vanishingpoint.core.LessonProgress;
import vanishingpoint.core.Place;
import vanishingpoint.core.Profile;
import vanishingpoint.core.Screen;
import vanishingpoint.save.SaveData;

/** Converts between the game state and the save record: only ids and positions cross. */
final class SaveMapping {

  private SaveMapping() {}

  static SaveData toSave(GameState s, SaveData previous) {
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
    return new SaveData(SaveData.SCHEMA_VERSION, p.name(), p.createdAt(), previous.updatedAt(),
        place, p.visited(), p.daysPlayed(), previous.settings(), lessons, challenges,
        new java.util.TreeMap<>(p.cards()), p.reviews(), previous.unknownFields());
  }

  static Map<String, LessonProgress> lessonsOf(SaveData d) {
    Map<String, LessonProgress> out = new HashMap<>();
    d.lessons().forEach((id, r) -> out.put(id, new LessonProgress(r.page(), r.seen(), r.done())));
    return out;
  }

  static Map<String, ChallengeProgress> challengesOf(SaveData d) {
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
}
