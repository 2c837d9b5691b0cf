package vanishingpoint.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The options of a choice or true/false question, in the order the player sees them. */
public final class Choices {

  /** One option and whether it is right. */
  public record Option(String text, boolean right) {}

  private Choices() {}

  /**
   * Choice options are shuffled so that the right one is not always first, with a seed taken
   * from the question's id: the same question always shows the same order, on every machine.
   */
  public static List<Option> of(Question q) {
    List<Option> out = new ArrayList<>();
    if (q.type() == Question.Type.TRUEFALSE) {
      out.add(new Option("True", q.answer()));
      out.add(new Option("False", !q.answer()));
      return out;
    }
    q.right().forEach(t -> out.add(new Option(t, true)));
    q.wrong().forEach(t -> out.add(new Option(t, false)));
    Collections.shuffle(out, new Random(q.id().hashCode()));
    return out;
  }

  public static boolean severalRight(Question q) {
    return q.type() == Question.Type.CHOICE && q.right().size() > 1;
  }

  /** Whether the picked options (indices into {@link #of}) are exactly the right ones. */
  public static boolean isRight(Question q, List<Integer> picked) {
    List<Option> opts = of(q);
    for (int i = 0; i < opts.size(); i++) {
      if (opts.get(i).right() != picked.contains(i)) {
        return false;
      }
    }
    return true;
  }
}
