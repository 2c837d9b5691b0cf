package vanishingpoint.ssh;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The games running on the server, at most one per name. A new login for a name that is playing
 * takes the game over: the reconnecting student is never locked out by their own connection
 * that has not yet noticed it is dead.
 */
final class Players {

  /** The server refuses a new game, with a sentence for the player. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private final int max;
  private final Map<String, GameShell> byName = new HashMap<>();
  private boolean closed;

  Players(int max) {
    this.max = max;
  }

  /** Registers the game; returns the game it takes over from, or null. */
  synchronized GameShell enter(String name, GameShell game) throws Refused {
    if (closed) {
      throw new Refused("The server is shutting down; try again in a minute.");
    }
    GameShell previous = byName.get(name);
    if (previous == null && byName.size() >= max) {
      throw new Refused("The server is full (" + max + " players). Try again in a few minutes.");
    }
    byName.put(name, game);
    return previous;
  }

  /** Forgets the game unless a newer one has taken its name. */
  synchronized void leave(String name, GameShell game) {
    byName.remove(name, game);
  }

  synchronized int count() {
    return byName.size();
  }

  /** Refuses new games from now on and returns the running ones. */
  synchronized List<GameShell> close() {
    closed = true;
    return List.copyOf(byName.values());
  }
}
