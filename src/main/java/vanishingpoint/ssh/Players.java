package vanishingpoint.ssh;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The games running on the server, at most one per name. A new login for a name that is playing
 * takes the game over: the reconnecting student is never locked out by their own connection
 * that has not yet noticed it is dead. No key and no address may take more than its share of the
 * seats, so one person cannot leave the class "server is full".
 */
final class Players {

  /** The server refuses a new game, with a sentence for the player. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** Who plays a game: the key's fingerprint and the client's address. */
  record Seat(GameShell game, String key, String address) {}

  private final int max;
  private final int perKey;
  private final int perAddress;
  private final Map<String, Seat> byName = new HashMap<>();
  private boolean closed;

  Players(int max, int perKey, int perAddress) {
    this.max = max;
    this.perKey = perKey;
    this.perAddress = perAddress;
  }

  /** Registers the game; returns the game it takes over from, or null. */
  synchronized GameShell enter(String name, GameShell game, String key, String address) throws Refused {
    check(name, key, address);
    Seat previous = byName.put(name, new Seat(game, key, address));
    return previous == null ? null : previous.game();
  }

  /** Throws unless a game of this name, key and address would get a seat now. */
  synchronized void check(String name, String key, String address) throws Refused {
    if (closed) {
      throw new Refused("The server is shutting down; try again in a minute.");
    }
    Seat previous = byName.get(name);
    if (previous == null) {
      if (byName.size() >= max) {
        throw new Refused("The server is full (" + max + " players). Try again in a few minutes.");
      }
      long sameKey = byName.values().stream().filter(s -> s.key().equals(key)).count();
      if (sameKey >= perKey) {
        throw new Refused("This key is already playing " + sameKey + " games on this server, the most one key may."
            + " Quit one of them first.");
      }
      long sameAddress = byName.values().stream().filter(s -> s.address().equals(address)).count();
      if (sameAddress >= perAddress) {
        throw new Refused("Your network already plays " + sameAddress + " games on this server, the most one"
            + " address may (the teacher can raise it: --max-per-address). Try again in a few minutes.");
      }
    }
  }

  /** Forgets the game unless a newer one has taken its name. */
  synchronized void leave(String name, GameShell game) {
    Seat s = byName.get(name);
    if (s != null && s.game() == game) {
      byName.remove(name);
    }
  }

  synchronized int count() {
    return byName.size();
  }

  /** Refuses new games from now on and returns the running ones. */
  synchronized List<GameShell> close() {
    closed = true;
    return byName.values().stream().map(Seat::game).toList();
  }
}
