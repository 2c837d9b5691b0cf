package vanishingpoint.train;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * ReLU rows on the Vector API, with masks: C2 does not vectorise the selects of the plain loop.
 * Same bits as the plain loop (a NaN passes, -0 stays -0).
 * Only loaded when {@link Simd#VECTOR} is true.
 */
final class VectorRelu {
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  private VectorRelu() {}

  /** As the plain ReLU loop over [j0, j1): a = y < 0 ? 0 : y (NaN passes), d = y > 0 ? 1 : 0. */
  static void apply(double[] z, double[] a, double[] d, int j0, int j1, double scale, double shift) {
    int end = j1 - (j1 - j0) % L;
    DoubleVector zero = DoubleVector.zero(S);
    for (int j = j0; j < end; j += L) {
      DoubleVector y = DoubleVector.fromArray(S, z, j).mul(scale).add(shift);
      VectorMask<Double> neg = y.compare(VectorOperators.LT, 0.0);
      y.blend(zero, neg).intoArray(a, j);
      if (d != null) {
        zero.blend(1.0, y.compare(VectorOperators.GT, 0.0)).intoArray(d, j);
      }
    }
    for (int j = end; j < j1; j++) {
      double y = scale * z[j] + shift;
      a[j] = y < 0 ? 0.0 : y;
      if (d != null) {
        d[j] = y > 0 ? 1.0 : 0.0;
      }
    }
  }

  /** As the plain loop: dz = g * (a > 0 ? 1 : 0), a product so that signs of zero match. */
  static void backprop(double[] a, double[] g, double[] dz, int j0, int j1) {
    int end = j1 - (j1 - j0) % L;
    DoubleVector zero = DoubleVector.zero(S);
    for (int j = j0; j < end; j += L) {
      VectorMask<Double> on = DoubleVector.fromArray(S, a, j).compare(VectorOperators.GT, 0.0);
      DoubleVector.fromArray(S, g, j).mul(zero.blend(1.0, on)).intoArray(dz, j);
    }
    for (int j = end; j < j1; j++) {
      dz[j] = g[j] * (a[j] > 0 ? 1.0 : 0.0);
    }
  }
}
