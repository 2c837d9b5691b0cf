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
      try {
        String name = ProfileName.validate(parts[0]);
        if (parts.length < 2) {
          throw new IllegalArgumentException("no key after the name");
        }
        PublicKey key = PublicKeyEntry.parsePublicKeyEntry(parts[1])
            .resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING);
        next.computeIfAbsent(name, n -> new ArrayList<>()).add(key);
      } catch (IllegalArgumentException | IOException
          | java.security.GeneralSecurityException e) {
        problems.add(file + ":" + (i + 1) + ": skipped: " + e.getMessage());
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
    } catch (IOException e) {
      LOG.warning("cannot read " + file + " again (" + e + "); keeping the keys read before");
    }
    for (PublicKey k : keys.getOrDefault(name, List.of())) {
      if (KeyUtils.compareKeys(k, key)) {
        return Verdict.ALLOWED;
      }
    }
    return Verdict.NOT_LISTED;
  }

  @Override
  public boolean claim(String name, PublicKey key) {
    return check(name, key) == Verdict.ALLOWED;
  }

  @Override
  public String howToGetIn(String name) {
    return "This key is not listed for '" + name + "' on this server. Send your public key"
        + " (the .pub file) to the teacher.";
  }
}
