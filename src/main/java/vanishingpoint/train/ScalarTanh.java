package vanishingpoint.train;

/**
 * tanh over a row in plain Java loops (no Vector API; see {@link VectorTanh}), in double precision: tanh(x) = sign(x) E / (E + 2) with E = expm1(2|x|), the
 * one formula with no cancellation anywhere (for small x, E / 2 is about x; for large x the
 * quotient rounds to exactly 1, from |x| = 19.06 on, where Math.tanh does).
 *
 * <p>expm1(u) the classic way: u = k ln2 + r with k = round(u / ln2) (ln2 in two parts, Cody and
 * Waite, so r is exact enough), expm1(r) by its Taylor series to r^13 in fused multiply-adds
 * (|r| &le; ln2 / 2: the first dropped term is below 1e-17 relative), then expm1(u) = 2^k expm1(r) + (2^k - 1), whose
 * terms never cancel (for k &ge; 1, 2^k expm1(r) &gt; -0.3 2^k). 2^k comes from the exponent bits.
 * |x| is clamped to 20, past where tanh rounds to 1, so 2^k stays small.
 *
 * <p>{@link VectorTanh} computes the same operations in one pass on the Vector API, for the same
 * bits. This plain version, for JVMs without it, is written as short passes, which C2
 * auto-vectorises when they hold only + - * / min max and fit its unrolling limit; the two
 * passes that work on bits (2^k, and the sign) stay scalar. Measured against Math.tanh on a
 * dense grid over [-25, 25]: under 1e-15 relative (EngineTest).
 */
final class ScalarTanh {
  static final double CLAMP = 20.0;
  static final double INV_LN2 = 0x1.71547652b82fep0;
  /** ln 2 in two parts; k * LN2_HI is exact for the k here. */
  static final double LN2_HI = 0x1.62e42fee00000p-1;
  static final double LN2_LO = 0x1.a39ef35793c76p-33;
  /** Adding then subtracting it rounds a double below 2^51 to an integer, in its low bits. */
  static final double ROUND = 0x1.8p52;
  /** 1 / n! for n = 2 .. 13: expm1(r) = r + r^2 (E2 + r (E3 + ... + r E13)). */
  static final double E2 = 1.0 / 2;
  static final double E3 = 1.0 / 6;
  static final double E4 = 1.0 / 24;
  static final double E5 = 1.0 / 120;
  static final double E6 = 1.0 / 720;
  static final double E7 = 1.0 / 5040;
  static final double E8 = 1.0 / 40320;
  static final double E9 = 1.0 / 362880;
  static final double E10 = 1.0 / 3628800;
  static final double E11 = 1.0 / 39916800;
  static final double E12 = 1.0 / 479001600;
  static final double E13 = 1.0 / 6227020800.0;
  /** Scratch rows; one per thread of use. */
  private final double[] xs;
  private final double[] t;
  private final double[] em;
  private final double[] pk;

  ScalarTanh(int n) {
    xs = new double[n];
    t = new double[n];
    em = new double[n];
    pk = new double[n];
  }

  /**
   * For j in [from, n): a[j] = tanh(scale * z[j] + shift), d[j] = 1 - a[j]^2 (the derivative as
   * PyTorch's tanh backward computes it, from the output; not written when d is null). z may be
   * the same array as a.
   */
  void apply(double[] z, double[] a, double[] d, int from, int n, double scale, double shift) {
    double[] xs = this.xs;
    double[] t = this.t;
    double[] em = this.em;
    double[] pk = this.pk;
    boolean affine = scale != 1.0 || shift != 0.0;
    for (int j = from; j < n; j++) {
      // (without BatchNorm's affine, z as it is: -0 stays -0)
      double x = affine ? scale * z[j] + shift : z[j];
      double u = 2.0 * Math.min(Math.abs(x), CLAMP);
      double k = u * INV_LN2 + ROUND;
      double kd = k - ROUND;
      xs[j] = x;
      t[j] = k;
      // u - kd LN2_HI is exact; the low part goes in with one rounding
      em[j] = Math.fma(-kd, LN2_LO, Math.fma(-kd, LN2_HI, u));
    }
    for (int j = from; j < n; j++) {
      double r = em[j];
      double c = Math.fma(r, E13, E12);
      c = Math.fma(r, c, E11);
      c = Math.fma(r, c, E10);
      c = Math.fma(r, c, E9);
      c = Math.fma(r, c, E8);
      c = Math.fma(r, c, E7);
      c = Math.fma(r, c, E6);
      c = Math.fma(r, c, E5);
      c = Math.fma(r, c, E4);
      c = Math.fma(r, c, E3);
      c = Math.fma(r, c, E2);
      em[j] = Math.fma(r * r, c, r);
    }
    for (int j = from; j < n; j++) {
      pk[j] = Double.longBitsToDouble((Double.doubleToRawLongBits(t[j]) + 1023) << 52);
    }
    for (int j = from; j < n; j++) {
      double p = pk[j];
      double e = p * em[j] + (p - 1.0);
      double q = e / (e + 2.0);
      a[j] = q;
      if (d != null) {
        d[j] = 1.0 - q * q;
      }
    }
    for (int j = from; j < n; j++) {
      a[j] = Math.copySign(a[j], xs[j]);
    }
  }
}
