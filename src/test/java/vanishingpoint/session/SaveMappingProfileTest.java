package vanishingpoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Profile;
import vanishingpoint.lesson.Content;
import vanishingpoint.save.SaveData;

/** The profile's times are real types in the game, and the save's strings on disk: mapped in SaveMapping only. */
class SaveMappingProfileTest {

  static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

  @Test
  void theProfileOfASaveHasItsTimeDaysAndNewCardLimit() {
    SaveData d = new SaveData(1, "alice", "2026-11-01T09:00:00Z", "2026-11-28T18:00:00Z", List.of(), Set.of("home"),
        List.of("2026-11-01", "2026-11-28"), Map.of("newCardsPerDay", "7"), Map.of(), Map.of(), Map.of(), List.of());
    Profile p = SaveMapping.profileOf("alice", "saves/alice.json", d);
    assertThat(p.name()).isEqualTo("alice");
    assertThat(p.savePath()).isEqualTo("saves/alice.json");
    assertThat(p.createdAt()).isEqualTo(Instant.parse("2026-11-01T09:00:00Z"));
    assertThat(p.daysPlayed()).containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 28));
    assertThat(p.visited()).containsExactly("home");
    assertThat(p.newPerDay()).isEqualTo(7);
  }

  @Test
  void theSameStringsGoBackToTheSave() {
    SaveData d = new SaveData(1, "alice", "2026-11-01T09:00:00.123456789Z", "2026-11-28T18:00:00Z", List.of(),
        Set.of(), List.of("2026-10-31", "2026-11-28"), Map.of(), Map.of(), Map.of(), Map.of(), List.of());
    Profile p = SaveMapping.profileOf("alice", "saves/alice.json", d).withDayPlayed(LocalDate.of(2026, 11, 29));
    SaveData back = SaveMapping.toSave(GameState.start(p, Content.empty("lessons"), List.of(), List.of()).at(NOW), d);
    assertThat(back.createdAt()).isEqualTo("2026-11-01T09:00:00.123456789Z");
    assertThat(back.daysPlayed()).containsExactly("2026-10-31", "2026-11-28", "2026-11-29");
  }

  @Test
  void aFreshSaveGivesAProfileCreatedNowThatHasNotPlayedYet() {
    Profile p = SaveMapping.profileOf("bob", "saves/bob.json", SaveData.fresh("bob", NOW));
    assertThat(p.createdAt()).isEqualTo(NOW);
    assertThat(p.daysPlayed()).isEmpty();
    assertThat(p.newPerDay()).isEqualTo(Profile.DEFAULT_NEW_PER_DAY);
  }

  @Test
  void theDaysPlayedStayAscendingEachOnce() {
    Profile p = SaveMapping.profileOf("bob", "saves/bob.json", SaveData.fresh("bob", NOW));
    LocalDate today = LocalDate.of(2026, 11, 29);
    Profile twice = p.withDayPlayed(today).withDayPlayed(LocalDate.of(2026, 11, 2)).withDayPlayed(today);
    assertThat(twice.daysPlayed()).containsExactly(LocalDate.of(2026, 11, 2), today);
  }
}
