package vanishingpoint.lesson;

import java.util.List;

/** A page of a lesson: what fits on a screen, give or take a scroll. */
public record Page(String id, String title, List<Block> blocks, int line) {

  public Page {
    blocks = List.copyOf(blocks);
  }

  /** The page's interactive widget, if it has one (a page has at most one). */
  public java.util.Optional<Block> widget() {
    return blocks.stream().filter(b -> b instanceof Block.Multiply || b instanceof Block.Probe).findFirst();
  }
}
