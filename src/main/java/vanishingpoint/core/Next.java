package vanishingpoint.core;

import java.util.List;

/**
 * What {@link Update#update} returns: the next state, and what the session must do for it (in
 * this order), as Bubble Tea's {@code (Model, Cmd)}.
 */
public record Next(GameState state, List<Effect> effects) {
  public Next {
    effects = List.copyOf(effects);
  }
}
