package vanishingpoint.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import vanishingpoint.save.SaveBackend;

/** The saves folder: saves and locks as files, claims under {@code .ssh-server/claimed-keys}. */
final class FolderStore implements Store {

  private final Path dir;
  private final SaveBackend saves;
  private final FolderClaims claims;

  FolderStore(Path dir) {
    this.dir = dir;
    this.saves = SaveBackend.folder(dir);
    this.claims = new FolderClaims(claimsDir(dir));
  }

  /** Where the claims of a saves folder are: the server's own folder, which no profile name can be. */
  public static Path claimsDir(Path savesDir) {
    return savesDir.resolve(".ssh-server").resolve("claimed-keys");
  }

  @Override
  public SaveBackend saves() {
    return saves;
  }

  @Override
  public ClaimRecords claims() {
    return claims;
  }

  @Override
  public Optional<AddressCounts> sharedCounts(String kind, int limit, Duration window) {
    return Optional.empty();
  }

  @Override
  public String describe() {
    return dir.toString();
  }

  @Override
  public void close() {}
}
