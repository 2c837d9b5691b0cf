package vanishingpoint.store;

/**
 * Events per client address in a sliding window (refused logins, claimed names): an address with
 * {@code limit} of them in the window is blocked until the window slides past them.
 */
public interface AddressCounts {

  void add(String address);

  boolean blocked(String address);
}
