package vanishingpoint.store;

import java.io.IOException;
import java.util.Map;

/**
 * The names claimed by a key (trust on first use), each as one OpenSSH public-key line. Creating
 * a claim is atomic: of two first logins as one name, one wins.
 */
public interface ClaimRecords {

  /** The key line that claimed {@code name}, or null if the name is free. */
  String keyOf(String name) throws IOException;

  /** Records the claim if the name is free; false if it is taken (by this key or another). */
  boolean create(String name, String keyLine) throws IOException;

  /** Records the claim whether or not the name is taken (an import with --force). */
  void put(String name, String keyLine) throws IOException;

  /** Every claim, name to key line, sorted by name; an unreadable one is left out. */
  Map<String, String> all() throws IOException;

  /** How the teacher frees a name, for the log. */
  String howToFree(String name);
}
