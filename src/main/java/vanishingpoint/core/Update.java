package vanishingpoint.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The pure state transition: a state and a message in, the next state and the effects it needs
 * out ({@link Next}). No I/O, no clock, no threads: training, probing, fetching runs and saving
 * leave as {@link Effect effects}, and their results come back as {@link Msg messages}. This
 * class only dispatches, by message type and then by screen; the flows do the work.
 */
public final class Update {

  private Update() {}

  public static Next update(GameState s, Msg m) {
    GameState next = step(s, m);
    return new Next(next, Wants.between(s, next));
  }

  private static GameState step(GameState s, Msg m) {
    if (m instanceof Msg.Key k) {
      return key(s, k.in());
    }
    if (m instanceof Msg.Time t) {
      return s.at(t.now());
    }
    if (m instanceof Msg.PageMeasured p) {
      return LessonFlow.measured(s, p.maxScroll());
    }
    if (m instanceof Msg.TrainingFrame f) {
      return ChallengeFlow.tick(s, f.run(), f.training());
    }
    if (m instanceof Msg.ProbeDone p) {
      return LessonFlow.probeDone(s, p.ran(), p.norms(), p.gains());
    }
    if (m instanceof Msg.DiagnoseReady d) {
      return DiagnoseFlow.ready(s, d.spec(), d.training());
    }
    if (m instanceof Msg.SaveFailed f) {
      List<String> n = new ArrayList<>(s.notices());
      n.add(f.notice());
      return s.withNotices(n);
    }
    throw new IllegalArgumentException("unhandled message " + m);
  }

  private static GameState key(GameState s, Input in) {
    if (s.quit()) {
      return s;
    }
    if (in.kind() == Input.Kind.INTERRUPT) {
      return s.quitting();
    }
    if (s.notices().isEmpty() && !s.helpOpen() && QuizFlow.typing(s)) {
      // A text field has the keys: 'q' and '?' are letters; Esc still leaves.
      return QuizFlow.key(s, in);
    }
    if (in.kind() == Input.Kind.BACKSPACE) {
      in = Input.of(Input.Kind.BACK);
    }
    if (in.isChar('q') || in.isChar('Q')) {
      return s.quitting();
    }
    if (!s.notices().isEmpty()) {
      // Any key acknowledges the oldest notice; the player must have seen each one.
      return s.withNotices(s.notices().subList(1, s.notices().size()));
    }
    if (s.helpOpen()) {
      boolean closes = in.isChar('?') || in.kind() == Input.Kind.BACK || in.kind() == Input.Kind.ENTER;
      return closes ? s.withHelp(false) : s;
    }
    if (in.isChar('?')) {
      return s.withHelp(true);
    }
    return screen(s, in);
  }

  private static GameState screen(GameState s, Input in) {
    switch (s.screen()) {
      case HOME: return HomeFlow.key(s, in);
      case LESSON: return LessonFlow.read(s, in);
      case CHALLENGE: return ChallengeFlow.key(s, in);
      case QUIZ: return QuizFlow.key(s, in);
      default: break;
    }
    if (in.kind() == Input.Kind.BACK || in.kind() == Input.Kind.LEFT || in.isChar('h')) {
      return Navigation.back(s);
    }
    switch (s.screen()) {
      case LESSONS: return LessonFlow.list(s, in);
      case CHALLENGES: return ChallengeFlow.list(s, in);
      case QUIZZES: return QuizFlow.menu(s, in);
      default: return s;
    }
  }

  // Shorthands for tests and screen fixtures, which walk the state by hand and carry out no
  // effects; the session always goes through update.

  /** The state after a key (its effects dropped). */
  public static GameState apply(GameState s, Input in) {
    return update(s, new Msg.Key(in)).state();
  }

  /** The state after a training frame. */
  public static GameState trainingTick(GameState s, int run, Training t) {
    return update(s, new Msg.TrainingFrame(run, t)).state();
  }

  /** The state after the gradient probe's result. */
  public static GameState probeDone(GameState s, Reader.ProbeState ran, double[] norms) {
    return update(s, new Msg.ProbeDone(ran, norms, null)).state();
  }

  /** The state after the spectrum probe's result: each layer's largest singular value, and all of them. */
  public static GameState probeDone(GameState s, Reader.ProbeState ran, vanishingpoint.train.Spectrum.Gains gains) {
    return update(s, new Msg.ProbeDone(ran, gains.largest(), gains)).state();
  }
}
