package vanishingpoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Input;
import vanishingpoint.core.Profile;
import vanishingpoint.core.Update;
import vanishingpoint.save.SaveData;
import vanishingpoint.ui.Fixtures;

/** The new-card limit survives a restart: it is in the save's settings. */
class NewCardLimitSaveTest {

  @Test
  void theLimitIsSavedAndReadBackAndAnUnreadableOneIsTheDefault() {
    GameState s = Update.apply(Update.apply(Fixtures.home(), Input.ch('3')), Input.ch('+'));
    SaveData saved = SaveMapping.toSave(s, SaveData.fresh("alice", Fixtures.NOW));
    assertThat(saved.settings()).containsEntry("newCardsPerDay", "25");
    assertThat(SaveMapping.newPerDayOf(saved)).isEqualTo(25);
    SaveData junk = new SaveData(saved.schemaVersion(), saved.profile(), saved.createdAt(), saved.updatedAt(),
        saved.place(), saved.visited(), saved.daysPlayed(), Map.of("newCardsPerDay", "lots", "other", "kept"),
        saved.lessons(), saved.challenges(), saved.cards(), saved.reviews());
    assertThat(SaveMapping.newPerDayOf(junk)).isEqualTo(Profile.DEFAULT_NEW_PER_DAY);
    assertThat(SaveMapping.toSave(s, junk).settings()).containsEntry("other", "kept");
    assertThat(SaveMapping.newPerDayOf(SaveData.fresh("bob", Fixtures.NOW))).isEqualTo(20);
    assertThat(List.of(s.profile().newPerDay())).containsExactly(25);
  }
}
