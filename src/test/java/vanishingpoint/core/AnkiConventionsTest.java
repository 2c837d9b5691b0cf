package vanishingpoint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vanishingpoint.srs.Card;
import vanishingpoint.srs.CardState;
import vanishingpoint.srs.ReviewLog;
import vanishingpoint.ui.Fixtures;

/** What a player who knows Anki expects of the quizzes: one due count, intervals on the keys, undo, limits. */
class AnkiConventionsTest {

  static final Instant NOW = Fixtures.NOW;

  static Card card(String id, CardState state, String due) {
    return new Card(id, state, state == CardState.REVIEW ? null : 0, 3.0, 5.0, Instant.parse(due),
        Instant.parse("2026-11-20T10:00:00Z"));
  }

  static GameState with(Map<String, Card> cards, List<ReviewLog> reviews) {
    Profile a = Fixtures.alice();
    Profile p = new Profile(a.name(), a.savePath(), a.createdAt(), Set.of(), a.daysPlayed(), Map.of(), Map.of(), cards,
        reviews);
    return GameState.start(p, Fixtures.lessons(), List.of(), List.of()).at(NOW);
  }

  @Test
  void theDueCountIsTheSameOnEveryScreenAndIsWhatTheReviewAsks() {
    Map<String, Card> cards = new HashMap<>();
    cards.put("sample-choice", card("sample-choice", CardState.REVIEW, "2026-11-28T10:00:00Z"));
    // a learning card due in ten minutes: due today for the forecast, so for the count too
    cards.put("sample-tf", card("sample-tf", CardState.LEARNING, "2026-11-29T10:10:00Z"));
    // a card whose question was removed from the bank: never asked, so never counted
    cards.put("gone", card("gone", CardState.REVIEW, "2026-11-27T10:00:00Z"));
    cards.put("sample-typein", card("sample-typein", CardState.REVIEW, "2026-11-30T10:00:00Z"));
    GameState s = with(cards, List.of());
    assertThat(QuizPicker.due(s)).containsExactly("sample-choice", "sample-tf");
    Map<java.time.LocalDate, Integer> week = QuizPicker.forecast(s, 7);
    assertThat(week.values().iterator().next()).isEqualTo(QuizPicker.due(s).size());
    assertThat(week.get(java.time.LocalDate.parse("2026-11-30"))).isEqualTo(1);
    assertThat(QuizPicker.pick(s, "review")).isEqualTo(QuizPicker.due(s));
  }

  static GameState keys(GameState s, Input... in) {
    for (Input i : in) {
      s = Update.apply(s, i);
    }
    return s;
  }

  static final Input ENTER = Input.of(Input.Kind.ENTER);

  /** The sample topic quiz (vanishing: sample-choice first), on its first question. */
  static GameState quiz(GameState s, String mode) {
    GameState q = QuizFlow.start(keys(s, Input.ch('3')), mode);
    assertThat(q.screen()).isEqualTo(Screen.QUIZ);
    return q;
  }

  @Test
  void theRatingKeysShowTheSchedulersNextIntervalForThisCardNow() {
    GameState s = quiz(with(Map.of(), List.of()), "topic:vanishing");
    String id = s.quiz().questions().get(0);
    // a new card: the learning steps (1 minute, 10 minutes; Hard halfway) and Easy graduating
    Map<vanishingpoint.srs.Rating, java.time.Duration> next = QuizFlow.nextIntervals(s);
    assertThat(QuizFlow.interval(next.get(vanishingpoint.srs.Rating.AGAIN))).isEqualTo("1m");
    assertThat(QuizFlow.interval(next.get(vanishingpoint.srs.Rating.HARD))).isEqualTo("6m");
    assertThat(QuizFlow.interval(next.get(vanishingpoint.srs.Rating.GOOD))).isEqualTo("10m");
    Card easy = QuizPicker.SCHEDULER.review(Card.fresh(id, NOW), vanishingpoint.srs.Rating.EASY, NOW);
    assertThat(next.get(vanishingpoint.srs.Rating.EASY)).isEqualTo(java.time.Duration.between(NOW, easy.due()));
    assertThat(QuizFlow.interval(next.get(vanishingpoint.srs.Rating.EASY))).endsWith("d");
    // a card in review: every rating but Again is days away, and they grow Hard < Good < Easy
    GameState known = quiz(with(Map.of(id, card(id, CardState.REVIEW, "2026-11-29T09:00:00Z")), List.of()),
        "review");
    Map<vanishingpoint.srs.Rating, java.time.Duration> k = QuizFlow.nextIntervals(known);
    assertThat(QuizFlow.interval(k.get(vanishingpoint.srs.Rating.AGAIN))).isEqualTo("10m");
    assertThat(k.get(vanishingpoint.srs.Rating.HARD)).isLessThan(k.get(vanishingpoint.srs.Rating.GOOD));
    assertThat(k.get(vanishingpoint.srs.Rating.GOOD)).isLessThan(k.get(vanishingpoint.srs.Rating.EASY));
    assertThat(QuizFlow.interval(java.time.Duration.ofHours(3))).isEqualTo("3h");
    assertThat(QuizFlow.interval(java.time.Duration.ofDays(75))).isEqualTo("2.5mo");
    assertThat(QuizFlow.interval(java.time.Duration.ofDays(438))).isEqualTo("1.2y");
  }

  @Test
  void choiceOptionsAreShuffledAtEachShowingReproduciblyAndGradedByWhatWasShown() {
    vanishingpoint.quiz.Question q = Fixtures.lessons().questions().get("sample-choice");
    java.util.Set<List<Integer>> orders = new java.util.HashSet<>();
    List<ReviewLog> logs = new java.util.ArrayList<>();
    for (int shown = 0; shown < 6; shown++) {
      GameState s = quiz(with(Map.of("sample-choice", card("sample-choice", CardState.REVIEW, "2026-11-28T10:00:00Z")),
          logs), "review");
      assertThat(s.quiz().questions().get(0)).isEqualTo("sample-choice");
      List<Integer> order = QuizFlow.optionOrder(s, q);
      assertThat(order).isEqualTo(vanishingpoint.quiz.Choices.order(q, shown)).containsExactlyInAnyOrder(0, 1, 2);
      orders.add(order);
      // the right option, wherever this showing put it, is graded right
      int at = 0;
      while (!vanishingpoint.quiz.Choices.of(q).get(order.get(at)).right()) {
        at++;
      }
      for (int i = 0; i < at; i++) {
        s = keys(s, Input.of(Input.Kind.DOWN));
      }
      s = keys(s, ENTER);
      assertThat(s.quiz().result().right()).isTrue();
      logs.add(new ReviewLog("sample-choice", vanishingpoint.srs.Rating.GOOD, NOW, 1000L));
    }
    assertThat(orders).hasSizeGreaterThan(1);
    assertThat(vanishingpoint.quiz.Choices.order(q, 0)).containsExactly(0, 1, 2);
  }

  @Test
  void uUndoesTheLastRatingOnceRestoringTheCardAndTheReviewLogExactly() {
    Card before = card("sample-choice", CardState.REVIEW, "2026-11-28T10:00:00Z");
    ReviewLog old = new ReviewLog("sample-choice", vanishingpoint.srs.Rating.GOOD, Instant.parse("2026-11-20T10:00:00Z"),
        900L);
    GameState atIt = quiz(with(Map.of("sample-choice", before), List.of(old)), "review");
    assertThat(atIt.quiz().undo()).isNull();
    assertThat(keys(atIt, Input.ch('u'))).isEqualTo(atIt);
    GameState answered = keys(atIt, ENTER, Input.ch('3'));
    Profile profileBefore = answered.profile();
    GameState rated = keys(answered, ENTER);
    assertThat(rated.profile().reviews()).hasSize(profileBefore.reviews().size() + 1);
    assertThat(rated.profile().cards()).isNotEqualTo(profileBefore.cards());
    GameState undone = keys(rated, Input.ch('u'));
    assertThat(undone.profile()).isEqualTo(profileBefore);
    assertThat(undone.quiz().index()).isEqualTo(answered.quiz().index());
    assertThat(undone.quiz().result()).isEqualTo(answered.quiz().result());
    assertThat(undone.quiz().rating()).isEqualTo(vanishingpoint.srs.Rating.GOOD);
    // once: u again on the answered question changes nothing; rating again records a new review
    assertThat(keys(undone, Input.ch('u'))).isEqualTo(undone);
    GameState again = keys(undone, Input.ch('1'), ENTER);
    assertThat(again.profile().reviews().get(again.profile().reviews().size() - 1).rating())
        .isEqualTo(vanishingpoint.srs.Rating.AGAIN);
    assertThat(keys(keys(again, Input.ch('u')), Input.ch('u')).profile()).isEqualTo(profileBefore);
  }

  @Test
  void ctrlZUndoesFromATextFieldWhereUIsALetter() {
    Map<String, Card> cards = Map.of("sample-choice", card("sample-choice", CardState.REVIEW, "2026-11-28T10:00:00Z"),
        "sample-typein", card("sample-typein", CardState.REVIEW, "2026-11-28T11:00:00Z"));
    GameState s = quiz(with(cards, List.of()), "review");
    assertThat(s.quiz().questions()).containsExactly("sample-choice", "sample-typein");
    GameState typing = keys(s, ENTER, ENTER);
    assertThat(QuizFlow.typing(typing)).isTrue();
    assertThat(keys(typing, Input.ch('u')).quiz().text()).isEqualTo("u");
    GameState undone = keys(typing, Input.ch(QuizFlow.UNDO_CTRL));
    assertThat(undone.quiz().index()).isZero();
    assertThat(undone.profile()).isEqualTo(s.profile());
  }

  static GameState limited(int newPerDay, Map<String, Card> cards, List<ReviewLog> reviews) {
    Profile a = Fixtures.alice();
    Profile p = new Profile(a.name(), a.savePath(), a.createdAt(), Set.of(), a.daysPlayed(), Map.of(), Map.of(), cards,
        reviews, newPerDay);
    return GameState.start(p, Fixtures.lessons(), List.of(), List.of()).at(NOW);
  }

  @Test
  void aDailyLimitOfNewCardsHoldsBackQuestionsNeverMetBeyondIt() {
    assertThat(Fixtures.alice().newPerDay()).isEqualTo(Profile.DEFAULT_NEW_PER_DAY).isEqualTo(20);
    // met today for the first time: sample-tf; met on an earlier day: sample-match
    List<ReviewLog> logs = List.of(
        new ReviewLog("sample-match", vanishingpoint.srs.Rating.GOOD, Instant.parse("2026-11-20T10:00:00Z"), 1L),
        new ReviewLog("sample-tf", vanishingpoint.srs.Rating.GOOD, NOW.minusSeconds(60), 1L),
        new ReviewLog("sample-match", vanishingpoint.srs.Rating.GOOD, NOW.minusSeconds(30), 1L));
    Map<String, Card> cards = Map.of("sample-match", card("sample-match", CardState.REVIEW, "2026-12-20T10:00:00Z"),
        "sample-tf", card("sample-tf", CardState.REVIEW, "2026-12-20T10:00:00Z"));
    GameState two = limited(2, cards, logs);
    assertThat(QuizPicker.newToday(two)).isEqualTo(1);
    assertThat(QuizPicker.newLeft(two)).isEqualTo(1);
    List<String> vanishing = QuizPicker.pick(two, "topic:vanishing");
    assertThat(vanishing.stream().filter(id -> !cards.containsKey(id))).hasSize(1);
    assertThat(vanishing).contains("sample-match");
    GameState one = limited(1, cards, logs);
    assertThat(QuizPicker.pick(one, "topic:vanishing")).containsExactly("sample-match");
    assertThat(QuizPicker.pick(one, "exam")).containsExactlyInAnyOrder("sample-match", "sample-tf");
    // unlimited enough: every question of the topic
    assertThat(QuizPicker.pick(limited(20, cards, logs), "topic:vanishing").size()).isGreaterThan(vanishing.size());
  }

  @Test
  void plusAndMinusOnTheQuizzesScreenChangeTheLimitWithinItsRangeAndFitClampsASavedOne() {
    GameState s = keys(with(Map.of(), List.of()), Input.ch('3'));
    assertThat(s.screen()).isEqualTo(Screen.QUIZZES);
    assertThat(keys(s, Input.ch('+')).profile().newPerDay()).isEqualTo(25);
    assertThat(keys(s, Input.ch('-'), Input.ch('-')).profile().newPerDay()).isEqualTo(10);
    GameState none = s;
    for (int i = 0; i < 10; i++) {
      none = keys(none, Input.ch('-'));
    }
    assertThat(none.profile().newPerDay()).isZero();
    assertThat(keys(none, Input.ch('+')).screen()).isEqualTo(Screen.QUIZZES);
    assertThat(limited(-3, Map.of(), List.of()).profile().newPerDay()).isZero();
    assertThat(limited(5000, Map.of(), List.of()).profile().newPerDay()).isEqualTo(Profile.MAX_NEW_PER_DAY);
  }
}
