package vanishingpoint.save;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link ProfileLockTest}: {@code LockProbe DIR PROFILE try|hold}. Prints
 * {@code acquired} or {@code in-use: MESSAGE}. With {@code hold}, keeps the lock until killed or
 * until its input closes.
 */
public final class LockProbe {
  public static void main(String[] args) throws Exception {
    try (ProfileLock lock = ProfileLock.acquire(Path.of(args[0]), args[1])) {
      System.out.println("acquired");
      System.out.flush();
      if (args[2].equals("hold")) {
        while (System.in.read() != -1) {
          // hold until the parent closes our input or kills us
        }
      }
    } catch (ProfileInUseException e) {
      System.out.println("in-use: " + e.getMessage());
    }
  }
}
