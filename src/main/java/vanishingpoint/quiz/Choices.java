package vanishingpoint.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The options of a choice or true/false question ({@link Question.Choice}, {@link Question.TrueFalse}),
 * in the order the player sees them. Any other question has none.
 */
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
    if (q instanceof Question.TrueFalse tf) {
      out.add(new Option("True", tf.answer()));
      out.add(new Option("False", !tf.answer()));
    } else if (q instanceof Question.Choice c) {
      c.right().forEach(t -> out.add(new Option(t, true)));
      c.wrong().forEach(t -> out.add(new Option(t, false)));
      Collections.shuffle(out, new Random(q.id().hashCode()));
    }
    return out;
  }

  /**
   * The order the options are shown in at the {@code shown}-th showing of the question (0 for the
   * first): position i shows option {@code get(i)} of {@link #of}. Choice options are shuffled
   * afresh at each showing, seeded by the question's id and the showing, so that the player learns
   * the answer and not its place, and the same showing is the same on every machine. The first
   * showing is {@link #of}'s order; true/false keeps True first.
   */
  public static List<Integer> order(Question q, int shown) {
    List<Integer> idx = new ArrayList<>();
    int n = of(q).size();
    for (int i = 0; i < n; i++) {
      idx.add(i);
    }
    if (shown > 0 && q instanceof Question.Choice) {
      Collections.shuffle(idx, new Random((q.id() + "#" + shown).hashCode()));
    }
    return idx;
  }

  /**
   * Partial credit for a question with several right options: right picks minus wrong picks, over
   * the right options, at least 0 (picking everything earns nothing). 1 or 0 for one right option.
   */
  public static double score(Question q, List<Integer> picked) {
    List<Option> opts = of(q);
    if (!severalRight(q)) {
      return isRight(q, picked) ? 1 : 0;
    }
    long rights = opts.stream().filter(Option::right).count();
    long good = picked.stream().distinct().filter(i -> i >= 0 && i < opts.size() && opts.get(i).right()).count();
    long bad = picked.stream().distinct().filter(i -> i >= 0 && i < opts.size() && !opts.get(i).right()).count();
    return Math.max(0, (double) (good - bad) / rights);
  }

  public static boolean severalRight(Question q) {
    return q instanceof Question.Choice c && c.right().size() > 1;
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
