package vanishingpoint.train;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Products#combine} on the Vector API: a register-blocked kernel, the shape of a BLAS
 * micro-kernel. Four destination rows by four vectors (32 doubles with AVX-512) stay in sixteen
 * registers while every term streams past: per term four loads and four broadcasts feed sixteen
 * fused multiply-adds, so the loop is bound by arithmetic, not by memory (measured 65 GFLOP/s on
 * a 32 x 32 by 256 product, against 36 for the best auto-vectorised loop).
 *
 * <p>Leftover rows go one at a time, leftover columns a vector at a time and then element by
 * element. Each element gets its terms one fused multiply-add at a time in term order, starting
 * from the bias (or zero, or its current value), exactly as {@link ScalarCombine}: same bits.
 * Only loaded when {@link Simd#VECTOR} is true.
 */
final class VectorCombine {
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  private VectorCombine() {}

  static int lanes() {
    return L;
  }

  static void combine(double[][] coef, double[][] src, int t0, int t1, double[][] dst, int r0,
      int r1, double[] bias, boolean accumulate, int j0, int j1) {
    int span = j1 - j0;
    int n4 = j1 - span % (4 * L);
    int n1 = j1 - span % L;
    int r = r0;
    // one column after the last 4 x 4 block (the weight gradient's bias column) rides along with it
    boolean oneLeft = n4 > j0 && j1 - n4 == 1;
    for (; r + 3 < r1; r += 4) {
      int j = j0;
      for (; j < n4; j += 4 * L) {
        block44(coef, src, t0, t1, dst, r, bias, accumulate, j, oneLeft && j + 4 * L == n4);
      }
      if (oneLeft) {
        continue;
      }
      for (; j < n1; j += L) {
        block41(coef, src, t0, t1, dst, r, bias, accumulate, j);
      }
      for (; j < j1; j++) {
        column4(coef, src, t0, t1, dst, r, bias, accumulate, j);
      }
    }
    for (; r < r1; r++) {
      double[] c = coef[r];
      double[] y = dst[r];
      double b = bias == null ? 0.0 : bias[r];
      int j = j0;
      for (; j < n1; j += L) {
        DoubleVector acc = accumulate ? DoubleVector.fromArray(S, y, j) : DoubleVector.broadcast(S, b);
        for (int t = t0; t < t1; t++) {
          acc = DoubleVector.fromArray(S, src[t], j).fma(DoubleVector.broadcast(S, c[t]), acc);
        }
        acc.intoArray(y, j);
      }
      for (; j < j1; j++) {
        double acc = accumulate ? y[j] : b;
        for (int t = t0; t < t1; t++) {
          acc = Math.fma(c[t], src[t][j], acc);
        }
        y[j] = acc;
      }
    }
  }

  private static DoubleVector start(double[] y, int j, double[] bias, int r, boolean accumulate) {
    if (accumulate) {
      return DoubleVector.fromArray(S, y, j);
    }
    return DoubleVector.broadcast(S, bias == null ? 0.0 : bias[r]);
  }

  /**
   * Rows r..r+3, columns j..j+4L-1; with {@code plusOne} also column j+4L, element by element in
   * the same loop (its four scalar chains hide in the shadow of the sixteen vector ones).
   */
  private static void block44(double[][] coef, double[][] src, int t0, int t1, double[][] dst, int r,
      double[] bias, boolean accumulate, int j, boolean plusOne) {
    double[] y0 = dst[r];
    double[] y1 = dst[r + 1];
    double[] y2 = dst[r + 2];
    double[] y3 = dst[r + 3];
    double[] c0 = coef[r];
    double[] c1 = coef[r + 1];
    double[] c2 = coef[r + 2];
    double[] c3 = coef[r + 3];
    int j1 = j + L;
    int j2 = j1 + L;
    int j3 = j2 + L;
    DoubleVector a00 = start(y0, j, bias, r, accumulate);
    DoubleVector a01 = start(y0, j1, bias, r, accumulate);
    DoubleVector a02 = start(y0, j2, bias, r, accumulate);
    DoubleVector a03 = start(y0, j3, bias, r, accumulate);
    DoubleVector a10 = start(y1, j, bias, r + 1, accumulate);
    DoubleVector a11 = start(y1, j1, bias, r + 1, accumulate);
    DoubleVector a12 = start(y1, j2, bias, r + 1, accumulate);
    DoubleVector a13 = start(y1, j3, bias, r + 1, accumulate);
    DoubleVector a20 = start(y2, j, bias, r + 2, accumulate);
    DoubleVector a21 = start(y2, j1, bias, r + 2, accumulate);
    DoubleVector a22 = start(y2, j2, bias, r + 2, accumulate);
    DoubleVector a23 = start(y2, j3, bias, r + 2, accumulate);
    DoubleVector a30 = start(y3, j, bias, r + 3, accumulate);
    DoubleVector a31 = start(y3, j1, bias, r + 3, accumulate);
    DoubleVector a32 = start(y3, j2, bias, r + 3, accumulate);
    DoubleVector a33 = start(y3, j3, bias, r + 3, accumulate);
    int jx = j3 + L;
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    if (plusOne) {
      s0 = accumulate ? y0[jx] : bias == null ? 0.0 : bias[r];
      s1 = accumulate ? y1[jx] : bias == null ? 0.0 : bias[r + 1];
      s2 = accumulate ? y2[jx] : bias == null ? 0.0 : bias[r + 2];
      s3 = accumulate ? y3[jx] : bias == null ? 0.0 : bias[r + 3];
    }
    for (int t = t0; t < t1; t++) {
      double[] s = src[t];
      if (plusOne) {
        double x = s[jx];
        s0 = Math.fma(c0[t], x, s0);
        s1 = Math.fma(c1[t], x, s1);
        s2 = Math.fma(c2[t], x, s2);
        s3 = Math.fma(c3[t], x, s3);
      }
      DoubleVector x0 = DoubleVector.fromArray(S, s, j);
      DoubleVector x1 = DoubleVector.fromArray(S, s, j1);
      DoubleVector x2 = DoubleVector.fromArray(S, s, j2);
      DoubleVector x3 = DoubleVector.fromArray(S, s, j3);
      DoubleVector w = DoubleVector.broadcast(S, c0[t]);
      a00 = x0.fma(w, a00);
      a01 = x1.fma(w, a01);
      a02 = x2.fma(w, a02);
      a03 = x3.fma(w, a03);
      w = DoubleVector.broadcast(S, c1[t]);
      a10 = x0.fma(w, a10);
      a11 = x1.fma(w, a11);
      a12 = x2.fma(w, a12);
      a13 = x3.fma(w, a13);
      w = DoubleVector.broadcast(S, c2[t]);
      a20 = x0.fma(w, a20);
      a21 = x1.fma(w, a21);
      a22 = x2.fma(w, a22);
      a23 = x3.fma(w, a23);
      w = DoubleVector.broadcast(S, c3[t]);
      a30 = x0.fma(w, a30);
      a31 = x1.fma(w, a31);
      a32 = x2.fma(w, a32);
      a33 = x3.fma(w, a33);
    }
    a00.intoArray(y0, j);
    a01.intoArray(y0, j1);
    a02.intoArray(y0, j2);
    a03.intoArray(y0, j3);
    a10.intoArray(y1, j);
    a11.intoArray(y1, j1);
    a12.intoArray(y1, j2);
    a13.intoArray(y1, j3);
    a20.intoArray(y2, j);
    a21.intoArray(y2, j1);
    a22.intoArray(y2, j2);
    a23.intoArray(y2, j3);
    a30.intoArray(y3, j);
    a31.intoArray(y3, j1);
    a32.intoArray(y3, j2);
    a33.intoArray(y3, j3);
    if (plusOne) {
      y0[jx] = s0;
      y1[jx] = s1;
      y2[jx] = s2;
      y3[jx] = s3;
    }
  }

  /** Four rows by one vector: four independent chains, so the adds still overlap. */
  private static void block41(double[][] coef, double[][] src, int t0, int t1, double[][] dst, int r,
      double[] bias, boolean accumulate, int j) {
    double[] c0 = coef[r];
    double[] c1 = coef[r + 1];
    double[] c2 = coef[r + 2];
    double[] c3 = coef[r + 3];
    DoubleVector a0 = start(dst[r], j, bias, r, accumulate);
    DoubleVector a1 = start(dst[r + 1], j, bias, r + 1, accumulate);
    DoubleVector a2 = start(dst[r + 2], j, bias, r + 2, accumulate);
    DoubleVector a3 = start(dst[r + 3], j, bias, r + 3, accumulate);
    for (int t = t0; t < t1; t++) {
      DoubleVector x = DoubleVector.fromArray(S, src[t], j);
      a0 = x.fma(DoubleVector.broadcast(S, c0[t]), a0);
      a1 = x.fma(DoubleVector.broadcast(S, c1[t]), a1);
      a2 = x.fma(DoubleVector.broadcast(S, c2[t]), a2);
      a3 = x.fma(DoubleVector.broadcast(S, c3[t]), a3);
    }
    a0.intoArray(dst[r], j);
    a1.intoArray(dst[r + 1], j);
    a2.intoArray(dst[r + 2], j);
    a3.intoArray(dst[r + 3], j);
  }

  /** Four rows, one column, element by element (four chains side by side). */
  private static void column4(double[][] coef, double[][] src, int t0, int t1, double[][] dst, int r,
      double[] bias, boolean accumulate, int j) {
    double[] c0 = coef[r];
    double[] c1 = coef[r + 1];
    double[] c2 = coef[r + 2];
    double[] c3 = coef[r + 3];
    double s0 = accumulate ? dst[r][j] : bias == null ? 0.0 : bias[r];
    double s1 = accumulate ? dst[r + 1][j] : bias == null ? 0.0 : bias[r + 1];
    double s2 = accumulate ? dst[r + 2][j] : bias == null ? 0.0 : bias[r + 2];
    double s3 = accumulate ? dst[r + 3][j] : bias == null ? 0.0 : bias[r + 3];
    for (int t = t0; t < t1; t++) {
      double x = src[t][j];
      s0 = Math.fma(c0[t], x, s0);
      s1 = Math.fma(c1[t], x, s1);
      s2 = Math.fma(c2[t], x, s2);
      s3 = Math.fma(c3[t], x, s3);
    }
    dst[r][j] = s0;
    dst[r + 1][j] = s1;
    dst[r + 2][j] = s2;
    dst[r + 3][j] = s3;
  }
}
