package vanishingpoint.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static vanishingpoint.srs.PyFsrsVectorsTest.T0;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the game relies on beyond the upstream vectors: due lists, forecast, saves, no clock. */
class SchedulerGameTest {

  final Scheduler scheduler = Scheduler.defaults();

  static Card dueAt(String id, Instant due) {
    return new Card(id, CardState.REVIEW, null, 5.0, 5.0, due,
        due.minus(Duration.ofDays(5)));
  }

  @Test
  void dueListsOnlyDueCardsLongestOverdueFirst() {
    Card late = dueAt("b", T0.minusSeconds(3600));
    Card now = dueAt("a", T0);
    Card tie = dueAt("c", T0);
    Card future = dueAt("d", T0.plusSeconds(1));
    assertThat(scheduler.due(List.of(future, tie, now, late), T0)).containsExactly(late, now, tie);
    assertThat(scheduler.due(List.of(), T0)).isEmpty();
  }

  @Test
  void forecastCountsPerLocalDayWithOverdueToday() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    LocalDate today = LocalDate.of(2022, 11, 29);
    List<Card> cards = List.of(
        dueAt("overdue", Instant.parse("2022-11-20T10:00:00Z")),
        dueAt("today", Instant.parse("2022-11-29T12:00:00Z")),
        // 23:30 UTC is already 30 November in Berlin.
        dueAt("tomorrow", Instant.parse("2022-11-29T23:30:00Z")),
        dueAt("third", Instant.parse("2022-12-01T08:00:00Z")),
        dueAt("beyond", Instant.parse("2022-12-02T08:00:00Z")));
    Map<LocalDate, Integer> forecast = Scheduler.forecast(cards, today, berlin, 3);
    assertThat(forecast).containsExactly(
        Map.entry(today, 2), Map.entry(today.plusDays(1), 1), Map.entry(today.plusDays(2), 1));
    assertThat(Scheduler.forecast(cards, today, ZoneId.of("UTC"), 3))
        .containsEntry(today, 3).containsEntry(today.plusDays(1), 0);
    assertThat(Scheduler.forecast(cards, today, berlin, 0)).isEmpty();
  }

  @Test
  void reviewIsPureAndRepeatable() {
    Card fresh = Card.fresh("q", T0);
    Card once = scheduler.review(fresh, Rating.GOOD, T0);
    assertThat(scheduler.review(fresh, Rating.GOOD, T0)).isEqualTo(once);
    assertThat(fresh).isEqualTo(Card.fresh("q", T0));
    assertThat(once.lastReview()).isEqualTo(T0);
    assertThat(once.due()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
  }

  // The issue asks for an injected clock: no srs source may read the time itself.
  @Test
  void noClockReadsInTheSources() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/vanishingpoint/srs"))) {
      List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
      assertThat(sources).isNotEmpty();
      for (Path source : sources) {
        assertThat(Files.readString(source))
            .as(source.toString())
            .doesNotContain(".now(", "currentTimeMillis", "nanoTime", "Clock.system");
      }
    }
  }
}
