package vanishingpoint.lesson;

/** One element of a lesson page. */
public sealed interface Block {

  /** Flowing text, re-wrapped to the terminal. */
  record Paragraph(String text) implements Block {}

  /** A bullet item, re-wrapped with a hanging indent. */
  record Bullet(String text) implements Block {}

  /** A display formula: its own line, never re-wrapped. */
  record Formula(String text) implements Block {}

  /** "Multiply it out": a per-layer factor raised to the depth, adjustable by the player. */
  record Multiply(double factor, int depth) implements Block {}

  /**
   * The live probe of a real network at initialisation: its per-layer gradient norms
   * ({@code @probe}), or with {@code spectrum} its layers' singular values ({@code @spectrum}).
   */
  record Probe(String activation, String init, int depth, int width, boolean spectrum) implements Block {
    public Probe(String activation, String init, int depth, int width) {
      this(activation, init, depth, width, false);
    }
  }
}
