package vanishingpoint.core;

import java.util.ArrayList;
import java.util.List;
import vanishingpoint.quiz.Question;

/**
 * The real runs diagnose questions show: which one the question on screen waits for, which the
 * quiz will need, and the arrival of one. Training them is I/O for the state, so they come in
 * as {@link Msg.DiagnoseReady}.
 */
final class DiagnoseFlow {

  private DiagnoseFlow() {}

  /** The run spec the diagnose question on screen is waiting for, or null. */
  static String wanted(GameState s) {
    if (s.screen() != Screen.QUIZ || s.quiz().diagnose() != null) {
      return null;
    }
    Question q = QuizFlow.current(s);
    return q instanceof Question.Diagnose d ? d.run() : null;
  }

  /**
   * The runs of every diagnose question of the quiz on screen: trained ahead, each is ready when
   * its question opens.
   */
  static List<String> ahead(GameState s) {
    List<String> out = new ArrayList<>();
    if (s.screen() != Screen.QUIZ || s.quiz().finished()) {
      return out;
    }
    for (String id : s.quiz().questions()) {
      Question q = s.content().questions().get(id);
      if (q instanceof Question.Diagnose d && !out.contains(d.run())) {
        out.add(d.run());
      }
    }
    return out;
  }

  /** A run arrives: shown if the question on screen still waits for it, else dropped. */
  static GameState ready(GameState s, String spec, Training t) {
    return spec.equals(wanted(s)) ? s.withQuiz(s.quiz().withDiagnose(t)) : s;
  }
}
