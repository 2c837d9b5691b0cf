package vanishingpoint.ssh;

import java.io.IOException;
import java.security.PublicKey;

/** Which public key may play which name. */
interface KeyPolicy {

  enum Verdict {
    /** The key is the name's (claimed or listed). */
    ALLOWED,
    /** Nobody has claimed the name: the key may claim it by logging in. */
    UNCLAIMED,
    /** Another key holds the name. */
    OTHER_KEY,
    /** The name or the key is not in the authorized-keys file. */
    NOT_LISTED
  }

  Verdict check(String name, PublicKey key);

  /**
   * Makes the key the name's, after it proved itself by a signature, for a client at
   * {@code address}. True if it is the name's now (claimed just now or before); false if another
   * key was quicker.
   *
   * @throws Players.Refused when the key or the address may not claim another name
   */
  boolean claim(String name, PublicKey key, String address) throws IOException, Players.Refused;

  /** How to tell a refused player what to do, one line. */
  String howToGetIn(String name);
}
