package vanishingpoint.train;

import static vanishingpoint.train.ScalarTanh.CLAMP;
import static vanishingpoint.train.ScalarTanh.E10;
import static vanishingpoint.train.ScalarTanh.E11;
import static vanishingpoint.train.ScalarTanh.E12;
import static vanishingpoint.train.ScalarTanh.E13;
import static vanishingpoint.train.ScalarTanh.E2;
import static vanishingpoint.train.ScalarTanh.E3;
import static vanishingpoint.train.ScalarTanh.E4;
import static vanishingpoint.train.ScalarTanh.E5;
import static vanishingpoint.train.ScalarTanh.E6;
import static vanishingpoint.train.ScalarTanh.E7;
import static vanishingpoint.train.ScalarTanh.E8;
import static vanishingpoint.train.ScalarTanh.E9;
import static vanishingpoint.train.ScalarTanh.INV_LN2;
import static vanishingpoint.train.ScalarTanh.LN2_HI;
import static vanishingpoint.train.ScalarTanh.LN2_LO;
import static vanishingpoint.train.ScalarTanh.ROUND;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link ScalarTanh}'s formula in one pass on the Vector API, every lane doing the same operations in
 * the same order, so the same bits; the last n mod lanes elements go through ScalarTanh. Only loaded
 * when {@link Simd#VECTOR} is true.
 */
final class VectorTanh {
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  private VectorTanh() {}

  /** As {@link ScalarTanh#apply} over [j0, j1); {@code tail} does the elements past the last whole vector. */
  static void apply(double[] z, double[] a, double[] d, int j0, int j1, double scale, double shift,
      ScalarTanh tail) {
    int end = j1 - (j1 - j0) % L;
    boolean affine = scale != 1.0 || shift != 0.0;
    DoubleVector one = DoubleVector.broadcast(S, 1.0);
    DoubleVector two = DoubleVector.broadcast(S, 2.0);
    DoubleVector clamp = DoubleVector.broadcast(S, CLAMP);
    DoubleVector round = DoubleVector.broadcast(S, ROUND);
    DoubleVector invLn2 = DoubleVector.broadcast(S, INV_LN2);
    DoubleVector ln2Hi = DoubleVector.broadcast(S, LN2_HI);
    DoubleVector ln2Lo = DoubleVector.broadcast(S, LN2_LO);
    DoubleVector e2 = DoubleVector.broadcast(S, E2);
    DoubleVector e3 = DoubleVector.broadcast(S, E3);
    DoubleVector e4 = DoubleVector.broadcast(S, E4);
    DoubleVector e5 = DoubleVector.broadcast(S, E5);
    DoubleVector e6 = DoubleVector.broadcast(S, E6);
    DoubleVector e7 = DoubleVector.broadcast(S, E7);
    DoubleVector e8 = DoubleVector.broadcast(S, E8);
    DoubleVector e9 = DoubleVector.broadcast(S, E9);
    DoubleVector e10 = DoubleVector.broadcast(S, E10);
    DoubleVector e11 = DoubleVector.broadcast(S, E11);
    DoubleVector e12 = DoubleVector.broadcast(S, E12);
    DoubleVector e13 = DoubleVector.broadcast(S, E13);
    for (int j = j0; j < end; j += L) {
      DoubleVector x = DoubleVector.fromArray(S, z, j);
      if (affine) {
        x = x.mul(scale).add(shift);
      }
      DoubleVector u = two.mul(x.abs().min(clamp));
      DoubleVector k = u.mul(invLn2).add(round);
      DoubleVector kd = k.sub(round);
      DoubleVector minusKd = kd.neg();
      DoubleVector r = minusKd.fma(ln2Lo, minusKd.fma(ln2Hi, u));
      DoubleVector c = r.fma(e13, e12);
      c = r.fma(c, e11);
      c = r.fma(c, e10);
      c = r.fma(c, e9);
      c = r.fma(c, e8);
      c = r.fma(c, e7);
      c = r.fma(c, e6);
      c = r.fma(c, e5);
      c = r.fma(c, e4);
      c = r.fma(c, e3);
      c = r.fma(c, e2);
      DoubleVector em = r.mul(r).fma(c, r);
      DoubleVector p = k.reinterpretAsLongs().add(1023L).lanewise(VectorOperators.LSHL, 52L)
          .reinterpretAsDoubles();
      DoubleVector ex = p.mul(em).add(p.sub(one));
      DoubleVector q = ex.div(ex.add(two));
      // Math.copySign(q, x), in bits
      q.reinterpretAsLongs().and(Long.MAX_VALUE).or(x.reinterpretAsLongs().and(Long.MIN_VALUE))
          .reinterpretAsDoubles().intoArray(a, j);
      if (d != null) {
        one.sub(q.mul(q)).intoArray(d, j);
      }
    }
    if (end < j1) {
      tail.apply(z, a, d, end, j1, scale, shift);
    }
  }
}
