package vanishingpoint.save;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link SaveStoreCrashTest}: {@code SaveLoop DIR PROFILE}. Saves with an
 * ever larger cursor, prints {@code ready N} after N saves, then keeps saving until killed.
 */
public final class SaveLoop {
  static final int BEFORE_READY = 20;

  public static void main(String[] args) throws Exception {
    SaveStore store = new SaveStore(Path.of(args[0]), Fixtures.clockAt(Fixtures.NOW));
    for (int i = 0; ; i++) {
      store.save(Fixtures.sample(args[1], i));
      if (i + 1 == BEFORE_READY) {
        System.out.println("ready " + BEFORE_READY);
        System.out.flush();
      }
    }
  }
}
