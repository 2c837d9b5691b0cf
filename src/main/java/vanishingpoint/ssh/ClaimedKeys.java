package vanishingpoint.ssh;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import vanishingpoint.store.AddressCounts;
import vanishingpoint.store.ClaimRecords;

/**
 * Trust on first use: the first key that logs in as a name claims it, recorded as one OpenSSH
 * public-key line in the store's {@link ClaimRecords} (a file per name under the saves folder, or
 * a row of {@code claimed_keys} shared by several servers). Claiming is atomic there: two first
 * logins cannot both win. One key may hold a few names, and one address may claim only so many
 * an hour: without that, one script took 300 names in two minutes.
 */
final class ClaimedKeys implements KeyPolicy {

  private static final Logger LOG = Logger.getLogger(ClaimedKeys.class.getName());

  private final ClaimRecords records;
  private final int namesPerKey;
  private final AddressCounts claimsByAddress;

  ClaimedKeys(ClaimRecords records, int namesPerKey, AddressCounts claimsByAddress) {
    this.records = records;
    this.namesPerKey = namesPerKey;
    this.claimsByAddress = claimsByAddress;
  }

  @Override
  public Verdict check(String name, PublicKey key) {
    try {
      String line = records.keyOf(name);
      if (line == null) {
        return Verdict.UNCLAIMED;
      }
      return KeyUtils.compareKeys(parse(line), key) ? Verdict.ALLOWED : Verdict.OTHER_KEY;
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      // Unreadable is not the same as free: refusing keeps an impostor from re-claiming the name.
      LOG.log(Level.WARNING, "cannot read the claimed key of " + name + "; refusing logins as " + name, e);
      return Verdict.OTHER_KEY;
    }
  }

  private static PublicKey parse(String line) throws IOException, GeneralSecurityException {
    return PublicKeyEntry.parsePublicKeyEntry(line.trim()).resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING);
  }

  @Override
  public synchronized boolean claim(String name, PublicKey key, String address) throws IOException, Players.Refused {
    if (records.keyOf(name) != null) {
      return check(name, key) == Verdict.ALLOWED;
    }
    List<String> held = namesOf(key);
    if (held.size() >= namesPerKey) {
      LOG.info(() -> "refused to let key " + KeyUtils.getFingerPrint(key) + " claim " + name + ": it holds " + held);
      throw new Players.Refused("This key already holds " + held.size() + " names (" + String.join(", ", held)
          + "), the most one key may claim. Log in as one of them, or ask the teacher to free one.");
    }
    if (claimsByAddress.blocked(address)) {
      LOG.info(() -> "refused a claim of " + name + " from " + address + ": too many new names from there");
      throw new Players.Refused("Too many new names were claimed from your network in the last hour."
          + " Try again later, or ask the teacher.");
    }
    if (!records.create(name, PublicKeyEntry.toString(key) + " " + name)) {
      return check(name, key) == Verdict.ALLOWED; // another login was quicker
    }
    claimsByAddress.add(address);
    LOG.info(() -> "name " + name + " claimed by key " + KeyUtils.getFingerPrint(key) + " from " + address);
    return true;
  }

  /** The names this key has claimed, sorted; read from the store, so a freed name is free at once. */
  private List<String> namesOf(PublicKey key) throws IOException {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, String> e : records.all().entrySet()) {
      try {
        if (KeyUtils.compareKeys(parse(e.getValue()), key)) {
          names.add(e.getKey());
        }
      } catch (IOException | GeneralSecurityException | RuntimeException unreadable) {
        // an unreadable claim is nobody's for this count
      }
    }
    names.sort(null);
    return names;
  }

  @Override
  public String howToGetIn(String name) {
    // How to free it stays in the log: where the server keeps its files is not the client's business.
    LOG.info(() -> "to free the name " + name + ", " + records.howToFree(name));
    return "The name '" + name + "' belongs to another key. Log in with the key you used the first time,"
        + " pick another name, or ask the teacher to free it.";
  }
}
