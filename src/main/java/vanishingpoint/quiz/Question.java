package vanishingpoint.quiz;

import java.util.List;

/**
 * A question as written in a {@code .quiz} file. One record for every type: the keys a type
 * does not use stay empty, and the parser has checked that the ones it needs are there.
 *
 * @param right     choice: the right options; diagnose: the right diagnoses
 * @param wrong     choice: the wrong options; diagnose: the wrong diagnoses
 * @param answer    truefalse: the right answer
 * @param accept    typein: accepted answers, the first shown as the answer
 * @param reject    typein: close but wrong answers, never forgiven as typos
 * @param ideas     recall: the key ideas an answer must contain
 * @param pairs     match: the pairs, left to right
 * @param steps     order: the steps, in order
 * @param run       diagnose: the run, as lab options
 * @param fixRight  diagnose: the right fixes
 * @param fixWrong  diagnose: the wrong fixes
 * @param contras   recall: statements that contradict a key idea (labelled with the idea's label) or,
 *                  labelled otherwise, misconceptions that earn the answer no credit
 */
public record Question(String id, Type type, String topic, String kind, String teaches, String ask,
    String explain, List<String> right, List<String> wrong, boolean answer, List<String> accept,
    List<String> reject, List<Idea> ideas, String model, List<Pair> pairs, List<String> steps,
    String run, List<String> fixRight, List<String> fixWrong, String file, int line, List<Idea> contras) {

  /** A question without contradictions or misconceptions. */
  public Question(String id, Type type, String topic, String kind, String teaches, String ask, String explain,
      List<String> right, List<String> wrong, boolean answer, List<String> accept, List<String> reject,
      List<Idea> ideas, String model, List<Pair> pairs, List<String> steps, String run, List<String> fixRight,
      List<String> fixWrong, String file, int line) {
    this(id, type, topic, kind, teaches, ask, explain, right, wrong, answer, accept, reject, ideas, model, pairs,
        steps, run, fixRight, fixWrong, file, line, List.of());
  }

  public enum Type { CHOICE, TRUEFALSE, TYPEIN, RECALL, MATCH, ORDER, DIAGNOSE }

  /** A key idea of a recall answer: its label and the word patterns that express it. */
  public record Idea(String label, List<String> patterns) {}

  /** A left side and the right side it belongs to. */
  public record Pair(String left, String right) {}

  public static final List<String> TOPICS = List.of("gradients", "vanishing", "exploding", "fixes", "definitions");
  public static final List<String> KINDS = List.of("definition", "cause", "effect", "fix");
}
