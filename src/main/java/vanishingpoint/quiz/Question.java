package vanishingpoint.quiz;

import java.util.List;

/**
 * A question as written in a {@code .quiz} file: one record per type, each holding only what
 * its type uses. What every question has is in its {@link Head}. Code that needs a type's own
 * parts tests for the record ({@code q instanceof Question.Match m}); {@link #type()} is the
 * word the file uses for it.
 */
public sealed interface Question
    permits Question.Choice, Question.TrueFalse, Question.Typein, Question.Recall, Question.Match,
    Question.Order, Question.Diagnose {

  /** What every question has. */
  Head head();

  /** The word for this record on the file's {@code type:} line, also the type a {@link Result} names. */
  Type type();

  default String id() {
    return head().id();
  }

  default String topic() {
    return head().topic();
  }

  default String kind() {
    return head().kind();
  }

  /** The lesson page the question is about: {@code LESSON#PAGE}. */
  default String teaches() {
    return head().teaches();
  }

  default String ask() {
    return head().ask();
  }

  default String explain() {
    return head().explain();
  }

  /** The file the question was read from. */
  default String file() {
    return head().file();
  }

  /** The line of its {@code question ID} line. */
  default int line() {
    return head().line();
  }

  /**
   * The parts every question has.
   *
   * @param teaches  the lesson page it is about, {@code LESSON#PAGE}
   * @param ask      the question (lesson markup)
   * @param explain  the explanation shown after answering (lesson markup)
   * @param file     the file it was read from
   * @param line     the line of its {@code question ID} line
   */
  record Head(String id, String topic, String kind, String teaches, String ask, String explain, String file,
      int line) {}

  /** Pick the right options; with several right ones, pick them all. */
  record Choice(Head head, List<String> right, List<String> wrong) implements Question {
    public Choice {
      right = List.copyOf(right);
      wrong = List.copyOf(wrong);
    }

    @Override
    public Type type() {
      return Type.CHOICE;
    }
  }

  /** True or false. */
  record TrueFalse(Head head, boolean answer) implements Question {
    @Override
    public Type type() {
      return Type.TRUEFALSE;
    }
  }

  /**
   * A word or two, typed.
   *
   * @param accept  accepted answers, the first shown as the answer
   * @param reject  close but wrong answers, never forgiven as typos
   */
  record Typein(Head head, List<String> accept, List<String> reject) implements Question {
    public Typein {
      accept = List.copyOf(accept);
      reject = List.copyOf(reject);
    }

    @Override
    public Type type() {
      return Type.TYPEIN;
    }
  }

  /**
   * An answer in one's own words, graded by the key ideas it contains.
   *
   * @param ideas    the key ideas an answer must contain
   * @param model    the model answer
   * @param contras  statements that contradict a key idea (labelled with the idea's label) or,
   *                 labelled otherwise, misconceptions that earn the answer no credit
   */
  record Recall(Head head, List<Idea> ideas, String model, List<Idea> contras) implements Question {
    public Recall {
      ideas = List.copyOf(ideas);
      contras = List.copyOf(contras);
    }

    @Override
    public Type type() {
      return Type.RECALL;
    }
  }

  /** Put each left side next to its right side; {@code pairs} left to right, in file order. */
  record Match(Head head, List<Pair> pairs) implements Question {
    public Match {
      pairs = List.copyOf(pairs);
    }

    @Override
    public Type type() {
      return Type.MATCH;
    }
  }

  /** Put the steps in order; {@code steps} in the right order. */
  record Order(Head head, List<String> steps) implements Question {
    public Order {
      steps = List.copyOf(steps);
    }

    @Override
    public Type type() {
      return Type.ORDER;
    }
  }

  /**
   * Read a training run, pick what went wrong and a fix.
   *
   * @param run           the run, as lab options
   * @param problemRight  the right diagnoses
   * @param problemWrong  the wrong diagnoses
   * @param fixRight      the right fixes (any one of them is a right answer)
   * @param fixWrong      the wrong fixes
   */
  record Diagnose(Head head, String run, List<String> problemRight, List<String> problemWrong,
      List<String> fixRight, List<String> fixWrong) implements Question {
    public Diagnose {
      problemRight = List.copyOf(problemRight);
      problemWrong = List.copyOf(problemWrong);
      fixRight = List.copyOf(fixRight);
      fixWrong = List.copyOf(fixWrong);
    }

    @Override
    public Type type() {
      return Type.DIAGNOSE;
    }
  }

  /**
   * The question types, by the word a {@code .quiz} file's {@code type:} line uses (in lower case).
   * Kept as an enum for that line and for {@link Result#type}, which outlives the question.
   */
  enum Type { CHOICE, TRUEFALSE, TYPEIN, RECALL, MATCH, ORDER, DIAGNOSE }

  /** A key idea of a recall answer: its label and the word patterns that express it. */
  record Idea(String label, List<String> patterns) {}

  /** A left side and the right side it belongs to. */
  record Pair(String left, String right) {}

  List<String> TOPICS = List.of("gradients", "vanishing", "exploding", "fixes", "definitions");
  List<String> KINDS = List.of("definition", "cause", "effect", "fix");
}
