package vanishingpoint.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import vanishingpoint.save.ProfileName;

/**
 * The teacher's list: one {@code NAME KEYTYPE BASE64 [comment]} line per key, that is a player
 * name followed by a line of an OpenSSH {@code .pub} file; blank lines and {@code #} comments are
 * skipped; a name may have several lines. Read again whenever the file changes, so a student is
 * added without restarting the server.
 */
final class ListedKeys implements KeyPolicy {

  private static final Logger LOG = Logger.getLogger(ListedKeys.class.getName());

  private final Path file;
  private Map<String, List<PublicKey>> keys = Map.of();
  private FileTime readAt;
  private long sizeAt = -1;
  private boolean unreadable;

  ListedKeys(Path file) throws IOException {
    this.file = file;
    List<String> problems = reload();
    problems.forEach(LOG::warning);
  }

  /** Reads the file; returns one message per line it skipped. */
  synchronized List<String> reload() throws IOException {
    FileTime mtime = Files.getLastModifiedTime(file);
    long size = Files.size(file);
    List<String> problems = new ArrayList<>();
    Map<String, List<PublicKey>> next = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      // The reasons are fixed words: a line that went wrong may hold key text in any place, and
      // key material never goes to the log.
      String name;
      try {
        name = ProfileName.validate(parts[0]);
      } catch (IllegalArgumentException e) {
        problems.add(file + ":" + (i + 1) + ": skipped: the line does not start with a player name");
        continue;
      }
      if (parts.length < 2) {
        problems.add(file + ":" + (i + 1) + ": skipped: no key after the name " + name);
        continue;
      }
      try {
        PublicKey key = PublicKeyEntry.parsePublicKeyEntry(parts[1])
            .resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING);
        if (key == null) {
          throw new IllegalArgumentException("no key");
        }
        next.computeIfAbsent(name, n -> new ArrayList<>()).add(key);
      } catch (IllegalArgumentException | IOException | java.security.GeneralSecurityException e) {
        problems.add(file + ":" + (i + 1) + ": skipped: the key for " + name + " cannot be read ("
            + e.getClass().getSimpleName() + ")");
      }
    }
    keys = next;
    readAt = mtime;
    sizeAt = size;
    int count = next.values().stream().mapToInt(List::size).sum();
    LOG.info(() -> "read " + count + " keys for " + next.size() + " names from " + file);
    return problems;
  }

  int names() {
    return keys.size();
  }

  @Override
  public synchronized Verdict check(String name, PublicKey key) {
    try {
      if (!Files.getLastModifiedTime(file).equals(readAt) || Files.size(file) != sizeAt) {
        reload().forEach(LOG::warning);
      }
      if (unreadable) {
        unreadable = false;
        LOG.warning("the authorized keys " + file + " can be read again: logins resume");
      }
    } catch (IOException e) {
      // Deleted or unreadable: the teacher may have meant to shut the class out, so nobody gets
      // in (wish does the same) until the file is back.
      keys = Map.of();
      readAt = null;
      sizeAt = -1;
      if (!unreadable) {
        unreadable = true;
        LOG.warning("cannot read the authorized keys " + file + " (" + e.getClass().getSimpleName()
            + "): refusing every login until it can be read again");
      }
      return Verdict.NOT_LISTED;
    }
    for (PublicKey k : keys.getOrDefault(name, List.of())) {
      if (KeyUtils.compareKeys(k, key)) {
        return Verdict.ALLOWED;
      }
    }
    return Verdict.NOT_LISTED;
  }

  @Override
  public boolean claim(String name, PublicKey key, String address) {
    return check(name, key) == Verdict.ALLOWED;
  }

  @Override
  public synchronized String howToGetIn(String name) {
    if (unreadable) {
      return "The server cannot read its list of keys just now, so nobody can log in. Tell the teacher.";
    }
    return "This key is not listed for '" + name + "' on this server. Send your public key"
        + " (the .pub file) to the teacher.";
  }
}
