package vanishingpoint.quiz;

import java.util.List;
import java.util.Map;

/** What the player answered, in the shape of the question's type. */
public sealed interface Answer {

  /**
   * Options picked. Choice and true/false: indices into {@link Choices#of}; diagnose: indices
   * into {@link DiagnoseOptions#of} (the diagnoses first, then the fixes).
   */
  record Picked(List<Integer> indices) implements Answer {
    public Picked {
      indices = List.copyOf(indices);
    }
  }

  /** Type-in and recall: the text as typed. */
  record Typed(String text) implements Answer {
    public Typed {
      text = text == null ? "" : text;
    }
  }

  /**
   * Match: for each left side (index into {@link Question.Match#pairs}) the right side the player
   * put next to it (the index of the pair that right side comes from). Missing lefts are wrong.
   */
  record Pairs(Map<Integer, Integer> leftToRight) implements Answer {
    public Pairs {
      leftToRight = Map.copyOf(leftToRight);
    }
  }

  /** Order: the steps (indices into {@link Question.Order#steps}) in the order the player put them. */
  record Order(List<Integer> steps) implements Answer {
    public Order {
      steps = List.copyOf(steps);
    }
  }
}
