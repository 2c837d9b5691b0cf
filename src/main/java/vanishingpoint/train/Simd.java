package vanishingpoint.train;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Whether the engine's hot loops run on the Vector API (jdk.incubator.vector) or on plain loops
 * that C2 auto-vectorises. Both compute every element with the same operations in the same order,
 * so a run gives the same bits either way (SimdParityTest), and may even switch mid-run; the
 * Vector API is only faster: it keeps a 4 x 4 block of vectors in registers across a whole
 * product, which C2's auto-vectoriser never does.
 *
 * <p>The engine calls the kernels through {@link RowKernels}, whichever {@link #kernels} returns;
 * this class is the one place that decides.
 *
 * <p>The module is an incubator in JDK 17, so it is present only when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (the {@code play} launcher does for the SSH server and
 * {@code lab --bench}, not for the game or one-off lab runs, which end before the vector kernels
 * pay back their compilation). It is not used when
 * the CPU's preferred vectors hold fewer than four doubles (no AVX2): there the API falls back to
 * slow Java code. {@code -Dvp.simd=off} forces the plain loops, for comparison.
 *
 * <p>Before C2 has compiled them, Vector API calls run as slow Java code (measured: a cold
 * challenge took up to 3x longer than on the plain loops). So the plain loops serve until a
 * background thread ({@link #warmUp}) has run the vector kernels on scratch data until they are
 * compiled and measure faster; then every caller switches, even in the middle of a run.
 */
public final class Simd {
  static final boolean VECTOR = detect();
  private static final Logger LOG = Logger.getLogger(Simd.class.getName());
  /** How long the warm-up may try before it settles for the plain loops. */
  private static final long WARM_UP_LIMIT_NANOS = 20_000_000_000L;
  private static final AtomicBoolean STARTED = new AtomicBoolean();
  private static volatile RowKernels kernels = RowKernels.PLAIN;

  private Simd() {}

  private static boolean detect() {
    if ("off".equals(System.getProperty("vp.simd"))
        || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      return false;
    }
    return VectorCombine.lanes() >= 4;
  }

  /** The kernels to take now: the Vector API's once {@link #warmUp} has made them fast, else plain loops. */
  static RowKernels kernels() {
    return kernels;
  }

  /**
   * Starts compiling the vector kernels on a background thread, once: the server when it listens
   * and the game after its first frame call it, so that training is already fast when a player
   * starts it. A one-off lab run does not: on two cores, a warm-up beside a run of a second or so
   * slows it more than the faster kernels win back (measured: challenge runs 0.55 -> 0.9 s).
   */
  public static void warmUp() {
    if (!VECTOR || !STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(() -> {
      long start = System.nanoTime();
      boolean faster = VectorWarmUp.run(start + WARM_UP_LIMIT_NANOS);
      if (faster) {
        kernels = new VectorRowKernels();
      }
      LOG.info(() -> String.format("vector kernels %s after %d ms", faster ? "in use" : "not faster, unused",
          (System.nanoTime() - start) / 1_000_000));
    }, "vp-simd-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** For tests: take the vector kernels (compiled or not) or the plain loops from now on. */
  static void use(boolean vectorKernels) {
    kernels = vectorKernels && VECTOR ? new VectorRowKernels() : RowKernels.PLAIN;
  }

  /** Blocks until the warm-up has settled (for benchmarks, which should time the final state). */
  public static void awaitWarmUp() throws InterruptedException {
    warmUp();
    long end = System.nanoTime() + WARM_UP_LIMIT_NANOS;
    while (VECTOR && kernels == RowKernels.PLAIN && System.nanoTime() < end) {
      Thread.sleep(20);
    }
  }

  /** A word for logs and benchmarks. */
  public static String describe() {
    if (!VECTOR) {
      return "plain loops";
    }
    return (kernels != RowKernels.PLAIN ? "Vector API, " : "plain loops (Vector API not in use), ")
        + VectorCombine.lanes()
        + " doubles per vector";
  }
}
