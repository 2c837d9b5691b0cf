package vanishingpoint.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.train.Diagnosis;

/**
 * The challenges menu and a challenge's phases: settings, training, verdict (and, for a
 * diagnose-first challenge, naming the problem before the settings open).
 */
public final class ChallengeFlow {

  /** The diagnoses offered in a diagnose-first challenge, in this order. */
  public static final List<Diagnosis.Kind> DIAGNOSES = List.of(Diagnosis.Kind.VANISHING, Diagnosis.Kind.EXPLODING,
      Diagnosis.Kind.SATURATED, Diagnosis.Kind.DEAD_UNITS, Diagnosis.Kind.STEP_TOO_SMALL);

  private ChallengeFlow() {}

  /** Challenges unlock in order; the sandbox is always open. */
  public static boolean unlocked(GameState s, Challenge c) {
    List<Challenge> all = s.content().challenges();
    if (c.sandbox() || all.isEmpty() || all.get(0).id().equals(c.id())) {
      return true;
    }
    for (int i = 1; i < all.size(); i++) {
      if (all.get(i).id().equals(c.id())) {
        return s.profile().challenge(all.get(i - 1).id()).completed();
      }
    }
    return false;
  }

  static GameState list(GameState s, Input in) {
    List<Challenge> all = s.content().challenges();
    return Navigation.numbered(s, in, all.size(), i -> all.get(i).sandbox() ? -1 : all.get(i).number(),
        (at, cur) -> unlocked(at, all.get(cur))
            ? entered(Navigation.push(at, new Place(Screen.CHALLENGE, 0, all.get(cur).id()))) : at);
  }

  /** A fresh view for the challenge on top of the stack: its start, or straight into its failing run. */
  static GameState entered(GameState s) {
    Optional<Challenge> c = challenge(s);
    if (c.isEmpty()) {
      return s.screen() == Screen.CHALLENGE ? Navigation.back(s) : s;
    }
    ChallengeState v = ChallengeState.NONE.withSettings(c.get().start())
        .withHints(s.profile().challenge(c.get().id()).hints());
    // Diagnose first: the player watches the starting settings fail before any knob opens.
    return s.withChallenge(c.get().diagnose() ? v.started() : v);
  }

  /** What a player is told when Continue finds the run they left running. */
  public static final String RESTARTED = "Your run was restarted: a run does not survive quitting.";

  /**
   * The challenge on top as it was left (after Continue): its settings, phase and the run it
   * showed. A finished run is recomputed (runs are reproducible); a run that was still going
   * starts again, and the player is told so.
   */
  static GameState resumed(GameState s, ChallengeState kept) {
    GameState r = entered(s);
    Optional<Challenge> c = challenge(r);
    if (c.isEmpty() || kept == null || kept.equals(ChallengeState.NONE)) {
      return r;
    }
    ChallengeState v = kept.withHints(r.challenge().hints());
    boolean wasRunning = v.phase() == ChallengeState.Phase.TRAINING
        || v.phase() == ChallengeState.Phase.DIAGNOSE && !v.restoring() && !v.training().finished();
    if (wasRunning) {
      List<String> notices = new ArrayList<>(r.notices());
      notices.add(RESTARTED);
      return r.withChallenge(v.started()).withNotices(notices);
    }
    return r.withChallenge(v);
  }

  static GameState key(GameState s, Input in) {
    Optional<Challenge> found = challenge(s);
    if (found.isEmpty()) {
      return Navigation.back(s);
    }
    Challenge c = found.get();
    ChallengeState v = s.challenge();
    if (v.restoring()) {
      // a second or two while the finished run is recomputed: leave, or run it again
      return in.kind() == Input.Kind.BACK ? Navigation.back(s)
          : in.isChar('r') ? s.withChallenge(v.started()) : s;
    }
    switch (v.phase()) {
      case SETTINGS: return settings(s, c, in);
      case TRAINING: return training(s, in);
      case DIAGNOSE: return diagnose(s, c, in);
      default: return verdict(s, c, in);
    }
  }

  private static GameState settings(GameState s, Challenge c, Input in) {
    ChallengeState v = s.challenge();
    List<String> knobs = new ArrayList<>(c.knobs().keySet());
    int cur = knobs.isEmpty() ? 0 : Math.min(s.top().cursor(), knobs.size() - 1);
    if (in.kind() == Input.Kind.BACK) {
      return Navigation.back(s).withChallenge(ChallengeState.NONE);
    }
    if (in.kind() == Input.Kind.ENTER) {
      return s.withChallenge(v.started());
    }
    if (in.isChar('h')) {
      return hint(s, c);
    }
    if (knobs.isEmpty()) {
      return s;
    }
    GameState moved = Navigation.navigate(s, in, knobs.size());
    if (moved != null) {
      return moved;
    }
    int dir = in.kind() == Input.Kind.RIGHT || in.isChar('l') || in.isChar(' ') ? 1
        : in.kind() == Input.Kind.LEFT ? -1 : 0;
    if (dir != 0) {
      String knob = knobs.get(cur);
      List<String> choices = c.knobs().get(knob);
      int i = choices.indexOf(v.settings().getOrDefault(knob, c.start().get(knob)));
      Map<String, String> next = new LinkedHashMap<>(v.settings());
      next.put(knob, choices.get(Math.floorMod(i + dir, choices.size())));
      return s.withChallenge(v.withSettings(next));
    }
    return s;
  }

  private static GameState training(GameState s, Input in) {
    ChallengeState v = s.challenge();
    if (in.kind() == Input.Kind.BACK) {
      return s.withChallenge(v.with(v.diagnosed() || !challenge(s).map(Challenge::diagnose).orElse(false)
          ? ChallengeState.Phase.SETTINGS : ChallengeState.Phase.DIAGNOSE));
    }
    if (in.isChar(' ') || in.isChar('p')) {
      return s.withChallenge(v.withPaused(!v.paused()));
    }
    if (in.isChar('s')) {
      return s.withChallenge(v.stepOnce());
    }
    if (in.isChar('r')) {
      return s.withChallenge(v.started());
    }
    if (in.isChar('+') || in.isChar('=') || in.isChar('f')) {
      return s.withChallenge(v.withSpeed(v.speed() + 1));
    }
    if (in.isChar('-') || in.isChar('_')) {
      return s.withChallenge(v.withSpeed(v.speed() - 1));
    }
    if (in.isChar('v')) {
      return s.withChallenge(v.withPanel(v.panel().next(), v.verdictShown()));
    }
    return s;
  }

  private static GameState diagnose(GameState s, Challenge c, Input in) {
    ChallengeState v = s.challenge();
    GameState moved = Navigation.navigate(s, in, DIAGNOSES.size());
    if (moved != null) {
      return moved;
    }
    int cur = Math.min(s.top().cursor(), DIAGNOSES.size() - 1);
    if (in.isChar('r')) {
      return s.withChallenge(v.started());
    }
    if (in.kind() == Input.Kind.BACK) {
      return Navigation.back(s).withChallenge(ChallengeState.NONE);
    }
    if (in.kind() == Input.Kind.ENTER) {
      boolean right = DIAGNOSES.get(cur) == c.expect();
      ChallengeState named = v.withDiagnosis(right, cur);
      return right ? Navigation.moveTo(s, 0).withChallenge(named.with(ChallengeState.Phase.SETTINGS))
          : s.withChallenge(named);
    }
    return s;
  }

  private static GameState verdict(GameState s, Challenge c, Input in) {
    ChallengeState v = s.challenge();
    if (in.kind() == Input.Kind.BACK) {
      return Navigation.back(s).withChallenge(ChallengeState.NONE);
    }
    if (in.kind() == Input.Kind.ENTER || in.isChar('e')) {
      return s.withChallenge(v.with(ChallengeState.Phase.SETTINGS));
    }
    if (in.isChar('r')) {
      return s.withChallenge(v.started());
    }
    if (in.isChar('h') && !v.training().converged()) {
      return hint(s.withChallenge(v.withPanel(v.panel(), true).withHintAsked(v.hintAsked())), c);
    }
    // v hides the verdict to read the charts, then shows the next chart; Space brings the verdict back
    if (in.isChar('v')) {
      return s.withChallenge(v.withPanel(v.verdictShown() ? v.panel() : v.panel().next(), false));
    }
    if (in.isChar(' ')) {
      return s.withChallenge(v.withPanel(v.panel(), !v.verdictShown()));
    }
    return s;
  }

  /** What the first h says: the price, before any star is spent. */
  public static String hintPrice(int next) {
    return "A hint costs this challenge's third star. Press h again to see hint " + next + ".";
  }

  /**
   * Shows the next hint, and remembers in the save that it was seen. The first costs the third
   * star, so the first h only tells the price ({@link #hintPrice}); h again shows it. Once one is
   * seen the star is spent, and the others come at once.
   */
  private static GameState hint(GameState s, Challenge c) {
    boolean free = c.sandbox() || s.challenge().hints() > 0;
    if (!free && !s.challenge().hintAsked() && !c.hints().isEmpty()) {
      return s.withChallenge(s.challenge().withHintAsked(true));
    }
    int shown = Math.min(c.hints().size(), s.challenge().hints() + 1);
    ChallengeProgress p = s.profile().challenge(c.id()).withHints(shown);
    return s.withChallenge(s.challenge().withHints(shown)).withProfile(s.profile().withChallenge(c.id(), p));
  }

  /** The run's latest numbers arrive; when it has ended, its result is recorded at once. */
  public static GameState tick(GameState s, int run, Training t) {
    ChallengeState v = s.challenge();
    Optional<Challenge> c = challenge(s);
    if (c.isEmpty() || v.run() != run) {
      return s;
    }
    if (v.restoring()) {
      // the recomputed run is shown once it has ended, as it ended: its result is already recorded
      return t.finished() ? s.withChallenge(v.restored(t)) : s;
    }
    if (v.phase() != ChallengeState.Phase.TRAINING) {
      return s;
    }
    GameState next = s.withChallenge(v.withTraining(t));
    if (!t.finished()) {
      return next;
    }
    if (c.get().diagnose() && !v.diagnosed()) {
      return next.withChallenge(next.challenge().with(ChallengeState.Phase.DIAGNOSE));
    }
    next = next.withChallenge(next.challenge().with(ChallengeState.Phase.VERDICT));
    if (c.get().sandbox() || !t.converged()) {
      return next;
    }
    int at = t.verdict().evidence().convergedAt();
    ChallengeProgress result = new ChallengeProgress(stars(at, t.budget(), v.hints()), at, v.settings(), v.hints());
    ChallengeProgress best = s.profile().challenge(c.get().id()).best(result);
    return next.withProfile(next.profile().withChallenge(c.get().id(), best));
  }

  /** Stars for a converged run: one for converging, one for within half the budget, one for no hints. */
  public static int stars(int convergedAt, int budget, int hints) {
    return 1 + (convergedAt * 2 <= budget ? 1 : 0) + (hints == 0 ? 1 : 0);
  }

  static Optional<Challenge> challenge(GameState s) {
    return s.screen() != Screen.CHALLENGE || s.top().item() == null ? Optional.empty()
        : s.content().challenge(s.top().item());
  }
}
