package vanishingpoint.train;

/**
 * Whether the engine's hot loops run on the Vector API (jdk.incubator.vector) or on plain loops
 * that C2 auto-vectorises. Both compute every element with the same operations in the same order,
 * so a run gives the same bits either way (SimdParityTest); the Vector API is only faster: it keeps
 * a 4 x 4 block of vectors in registers across a whole product, which C2's auto-vectoriser never
 * does (it reloads and stores the destination on every term).
 *
 * <p>The module is an incubator in JDK 17, so it is present only when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (the {@code play} launcher does). It is not used when
 * the CPU's preferred vectors hold fewer than four doubles (no AVX2): there the API falls back to
 * slow Java code. {@code -Dvp.simd=off} forces the plain loops, for comparison.
 */
public final class Simd {
  static final boolean VECTOR = detect();

  private Simd() {}

  private static boolean detect() {
    if ("off".equals(System.getProperty("vp.simd"))
        || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      return false;
    }
    return VectorCombine.lanes() >= 4;
  }

  /** A word for logs and benchmarks. */
  public static String describe() {
    return VECTOR ? "Vector API, " + VectorCombine.lanes() + " doubles per vector" : "plain loops";
  }
}
