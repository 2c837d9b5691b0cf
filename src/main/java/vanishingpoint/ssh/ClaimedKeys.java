package vanishingpoint.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * Trust on first use: the first key that logs in as a name claims it, recorded as one OpenSSH
 * public-key line in {@code DIR/NAME.pub}. One file per name so that claiming is one atomic
 * create (two first logins cannot both win) and a teacher frees a name by deleting its file,
 * without restarting the server. One key may hold a few names, and one address may claim only so
 * many an hour: without that, one script took 300 names in two minutes.
 */
final class ClaimedKeys implements KeyPolicy {

  private static final Logger LOG = Logger.getLogger(ClaimedKeys.class.getName());

  private final Path dir;
  private final int namesPerKey;
  private final FailedLogins claimsByAddress;

  ClaimedKeys(Path dir, int namesPerKey, FailedLogins claimsByAddress) {
    this.dir = dir;
    this.namesPerKey = namesPerKey;
    this.claimsByAddress = claimsByAddress;
  }

  Path fileOf(String name) {
    return dir.resolve(name + ".pub");
  }

  @Override
  public Verdict check(String name, PublicKey key) {
    Path f = fileOf(name);
    if (!Files.exists(f)) {
      return Verdict.UNCLAIMED;
    }
    try {
      return KeyUtils.compareKeys(read(f), key) ? Verdict.ALLOWED : Verdict.OTHER_KEY;
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      // Unreadable is not the same as free: refusing keeps an impostor from re-claiming the name.
      LOG.log(Level.WARNING, "cannot read the claimed key " + f + "; refusing logins as " + name, e);
      return Verdict.OTHER_KEY;
    }
  }

  private static PublicKey read(Path f) throws IOException, GeneralSecurityException {
    String line = Files.readString(f, StandardCharsets.US_ASCII).trim();
    return PublicKeyEntry.parsePublicKeyEntry(line).resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING);
  }

  @Override
  public synchronized boolean claim(String name, PublicKey key, String address) throws IOException, Players.Refused {
    if (Files.exists(fileOf(name))) {
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
    Files.createDirectories(dir);
    byte[] line = (PublicKeyEntry.toString(key) + " " + name + "\n").getBytes(StandardCharsets.US_ASCII);
    Path tmp = Files.createTempFile(dir, name + ".", ".tmp");
    try {
      Files.write(tmp, line, StandardOpenOption.SYNC);
      // A hard link is created atomically and only if the name is free: the first claim wins,
      // and the file is complete the moment it appears under its name.
      Files.createLink(fileOf(name), tmp);
      claimsByAddress.failed(address);
      LOG.info(() -> "name " + name + " claimed by key " + KeyUtils.getFingerPrint(key) + " from " + address);
      return true;
    } catch (FileAlreadyExistsException e) {
      return check(name, key) == Verdict.ALLOWED;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The names this key has claimed, sorted; read from the files, so a freed name is free at once. */
  private List<String> namesOf(PublicKey key) throws IOException {
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return names;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.pub")) {
      for (Path f : files) {
        try {
          if (KeyUtils.compareKeys(read(f), key)) {
            String file = f.getFileName().toString();
            names.add(file.substring(0, file.length() - ".pub".length()));
          }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
          // an unreadable claim is nobody's for this count
        }
      }
    }
    names.sort(null);
    return names;
  }

  @Override
  public String howToGetIn(String name) {
    // The path of the claim stays in the log: where the server keeps its files is not the client's business.
    LOG.info(() -> "to free the name " + name + ", delete " + fileOf(name));
    return "The name '" + name + "' belongs to another key. Log in with the key you used the first time,"
        + " pick another name, or ask the teacher to free it.";
  }
}
