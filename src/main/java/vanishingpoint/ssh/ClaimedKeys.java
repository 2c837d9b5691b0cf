package vanishingpoint.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * Trust on first use: the first key that logs in as a name claims it, recorded as one OpenSSH
 * public-key line in {@code DIR/NAME.pub}. One file per name so that claiming is one atomic
 * create (two first logins cannot both win) and a teacher frees a name by deleting its file,
 * without restarting the server.
 */
final class ClaimedKeys implements KeyPolicy {

  private static final Logger LOG = Logger.getLogger(ClaimedKeys.class.getName());

  private final Path dir;

  ClaimedKeys(Path dir) {
    this.dir = dir;
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
      String line = Files.readString(f, StandardCharsets.US_ASCII).trim();
      PublicKey owner = PublicKeyEntry.parsePublicKeyEntry(line)
          .resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING);
      return KeyUtils.compareKeys(owner, key) ? Verdict.ALLOWED : Verdict.OTHER_KEY;
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      // Unreadable is not the same as free: refusing keeps an impostor from re-claiming the name.
      LOG.log(Level.WARNING, "cannot read the claimed key " + f + "; refusing logins as " + name, e);
      return Verdict.OTHER_KEY;
    }
  }

  @Override
  public boolean claim(String name, PublicKey key) throws IOException {
    Files.createDirectories(dir);
    byte[] line = (PublicKeyEntry.toString(key) + " " + name + "\n").getBytes(StandardCharsets.US_ASCII);
    Path tmp = Files.createTempFile(dir, name + ".", ".tmp");
    try {
      Files.write(tmp, line, StandardOpenOption.SYNC);
      // A hard link is created atomically and only if the name is free: the first claim wins,
      // and the file is complete the moment it appears under its name.
      Files.createLink(fileOf(name), tmp);
      LOG.info(() -> "name " + name + " claimed by key " + KeyUtils.getFingerPrint(key));
      return true;
    } catch (FileAlreadyExistsException e) {
      return check(name, key) == Verdict.ALLOWED;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public String howToGetIn(String name) {
    return "The name '" + name + "' belongs to another key. Log in with the key you used the first time,"
        + " pick another name, or ask the teacher to free it (delete " + fileOf(name) + ").";
  }
}
