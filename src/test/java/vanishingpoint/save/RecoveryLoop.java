package vanishingpoint.save;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link SaveStoreCrashTest}: {@code RecoveryLoop DIR PROFILE}, on a folder
 * with a good backup. Damages the save and loads it (which recovers it from the backup), over and
 * over; prints {@code ready} after the first round, then goes on until killed.
 */
public final class RecoveryLoop {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    SaveStore store = new SaveStore(dir, Fixtures.clockAt(Fixtures.NOW));
    for (int round = 0; ; round++) {
      // The fixed clock gives every kept copy the same stamp: clear them, or the names run out.
      try (DirectoryStream<Path> kept = Files.newDirectoryStream(dir, args[1] + ".json.corrupt-*")) {
        for (Path p : kept) {
          Files.delete(p);
        }
      }
      Files.writeString(dir.resolve(args[1] + ".json"), "damaged in round " + round);
      store.load(args[1]);
      if (round == 0) {
        System.out.println("ready");
        System.out.flush();
      }
    }
  }
}
