package vanishingpoint.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vanishingpoint.core.GameState;
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
      place.add(new SaveData.Place(p.screen().id(), p.cursor()));
    }
    Profile p = s.profile();
    return new SaveData(SaveData.SCHEMA_VERSION, p.name(), p.createdAt(), previous.updatedAt(),
        place, p.visited(), p.daysPlayed(), previous.settings() == null ? Map.of() : previous.settings());
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
      out.add(new Place(screen.get(), sp.cursor()));
    }
    return out.size() > 1 ? out : List.of();
  }
}
