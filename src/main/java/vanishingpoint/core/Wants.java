package vanishingpoint.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vanishingpoint.challenge.Challenge;

/**
 * What a state needs from outside (a training run at some pace, a probe, diagnose runs), and the
 * effects that turn what the state before a message needed into what the state after it needs.
 * The flows say what the screen shows (run 3, paused, at speed 2); this one place turns a change
 * of that into commands, so a flow cannot forget to start, pace or stop a run, and the commands
 * cannot disagree with what is drawn.
 */
final class Wants {

  private Wants() {}

  /** The training run a state shows: which challenge and run, replayed or not, at what pace. */
  record Run(String challenge, int id, boolean restoring, Effect.Pace pace) {
    boolean same(Run o) {
      return o != null && o.challenge.equals(challenge) && o.id == id;
    }
  }

  /**
   * The run the challenge on screen trains: in its training phase, or a finished run being
   * recomputed after Continue ({@code restoring}, at full speed, unseen); none once it has ended.
   */
  static Run run(GameState s) {
    ChallengeState v = s.challenge();
    boolean wanted = s.screen() == Screen.CHALLENGE && v.run() > 0
        && (v.phase() == ChallengeState.Phase.TRAINING || v.restoring()) && !v.training().finished();
    Optional<Challenge> c = wanted ? ChallengeFlow.challenge(s) : Optional.empty();
    return c.map(ch -> new Run(ch.id(), v.run(), v.restoring(),
        new Effect.Pace(v.paused(), v.speed(), v.stepRequests()))).orElse(null);
  }

  /** The probe asked for and not yet run, or null. */
  static Reader.ProbeState probe(GameState s) {
    Reader.ProbeState p = s.reader().probe();
    return p.requested() ? p : null;
  }

  static List<Effect> between(GameState before, GameState after) {
    List<Effect> out = new ArrayList<>();
    Run was = run(before);
    Run now = run(after);
    if (was != null && !was.same(now)) {
      out.add(new Effect.StopRun(was.id()));
    }
    if (now != null && !now.same(was)) {
      Challenge c = ChallengeFlow.challenge(after).orElseThrow();
      out.add(new Effect.StartRun(now.id(), c.config(after.challenge().settings()), now.restoring(), now.pace()));
    } else if (now != null && !now.pace().equals(was.pace())) {
      out.add(new Effect.PaceRun(now.id(), now.pace()));
    }
    Reader.ProbeState probe = probe(after);
    if (probe != null && !probe.equals(probe(before))) {
      out.add(new Effect.RunProbe(probe));
    }
    List<String> ahead = DiagnoseFlow.ahead(before);
    for (String spec : DiagnoseFlow.ahead(after)) {
      if (!ahead.contains(spec)) {
        out.add(new Effect.PrefetchDiagnose(spec));
      }
    }
    String shown = DiagnoseFlow.wanted(after);
    if (shown != null && !shown.equals(DiagnoseFlow.wanted(before))) {
      out.add(new Effect.FetchDiagnose(shown));
    }
    if (progressChanged(before, after)) {
      out.add(new Effect.Save());
    }
    if (after.quit() && !before.quit()) {
      out.add(new Effect.Quit());
    }
    return out;
  }

  /**
   * Whether what a save keeps may have changed: the profile, where Continue goes and what its
   * screen showed. The views hold a run's arrays, compared by identity, so a training frame
   * counts as a change although the save keeps only the run's settings: the session writes only
   * what differs from its last save.
   */
  static boolean progressChanged(GameState before, GameState after) {
    return !before.profile().equals(after.profile()) || !before.resume().equals(after.resume())
        || !before.resumeStates().equals(after.resumeStates());
  }
}
