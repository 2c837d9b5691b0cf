package vanishingpoint.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine against an independent reference: the same network's forward and backward pass
 * written as whole-matrix operations with EJML (CommonOps_DDRM mult, multTransA, multTransB,
 * sumRows, element-wise ops), from the engine's own weights and batch (as micrograd is tested
 * against PyTorch). Nothing of the engine's products, kernels, halves or BatchNorm code is used.
 *
 * <p>The loss must agree to 1e-12 relative. Every gradient is a sum over the batch, and a sum is
 * only as exact as the magnitudes it adds: each tensor must agree to 1e-12 of its scale, the
 * largest of its entries' sums of |term| (which is its largest entry when nothing cancels). Some
 * gradients are exactly 0 in exact arithmetic and hold only rounding noise on both sides: the
 * linear bias of a batch-normalised layer (BatchNorm subtracts the mean), and BatchNorm's beta
 * below another BatchNorm through a linear activation; against their largest entry they would
 * differ completely, against their scale they agree.
 */
class EjmlReferenceTest {
  static final double TOLERANCE = 1e-12;
  static final int CONFIGS = 24;

  /** A random network, data set and batch, numbered for the report. */
  static List<TrainConfig> configs() {
    List<TrainConfig> out = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(2024);
    String[] inits = {"xavier", "he", "xavier-normal", "normal:0.5", "large", "small", "orthogonal"};
    String[] data = {"spiral", "spiral:3", "circles", "moons", "xor"};
    for (int i = 0; i < CONFIGS; i++) {
      Activation act = Activation.values()[i % Activation.values().length];
      DataSpec ds = DataSpec.parse(data[r.nextInt(data.length)]);
      int points = 8 + r.nextInt(200);
      // widths around the kernels' blocks (4 rows, vectors of 4 or 8) and the residual-able 2
      int width = i % 6 == 0 ? 2 : 1 + r.nextInt(40);
      int batch = r.nextInt(3) == 0 ? 2 + r.nextInt(points / 2) : 0;
      out.add(TrainConfig.defaults().withDepth(1 + r.nextInt(12)).withWidth(width).withActivation(act)
          .withInit(Init.parse(inits[r.nextInt(inits.length)])).withBatchNorm(r.nextBoolean())
          .withResidual(r.nextBoolean() || width == 2).withData(ds).withPoints(Math.max(points, 2 * ds.classes()))
          .withBatch(batch).withOptimizer(Optimizer.ADAM).withLr(0.01).withSeed(r.nextLong()).withSteps(1000));
    }
    return out;
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("configs")
  void engineMatchesEjmlReference(TrainConfig c) {
    compare(c, false);
    if (Simd.VECTOR) {
      try {
        compare(c, true);
      } finally {
        Simd.use(false);
      }
    }
  }

  /** On the plain loops, or on the Vector API kernels (whichever the engine takes, same bits). */
  private void compare(TrainConfig c, boolean vector) {
    Simd.use(vector);
    Trainer t = new Trainer(c);
    // a few steps first, so that biases, BatchNorm's affine and the batch order are no longer trivial
    for (int s = 0; s < 3; s++) {
      t.step();
    }
    Probe p = t.probe();
    Reference ref = new Reference(c, t.dataset(), p);
    double worst = 0;
    worst = Math.max(worst, check("loss", new double[] {p.loss()}, new double[] {ref.loss}, 0));
    for (int l = 0; l < p.grads().size(); l++) {
      LayerArrays g = p.grads().get(l);
      worst = Math.max(worst, check("dW" + (l + 1), flat(g.weight()), ref.dw.get(l).data, ref.dwScale[l]));
      worst = Math.max(worst, check("db" + (l + 1), g.bias(), ref.db.get(l).data, ref.dbScale[l]));
      if (g.gamma() != null) {
        worst = Math.max(worst, check("dgamma" + (l + 1), g.gamma(), ref.dgamma.get(l).data, ref.dgammaScale[l]));
        worst = Math.max(worst, check("dbeta" + (l + 1), g.beta(), ref.dbeta.get(l).data, ref.dbetaScale[l]));
      }
    }
    assertThat(worst).as("worst relative difference for %s", c).isLessThanOrEqualTo(TOLERANCE);
    System.out.printf(Locale.ROOT, "EjmlReferenceTest %-60s %-6s worst %.2e%n", describe(c), vector ? "vector" : "plain",
        worst);
  }

  /** The comparison can fail: a single wrong weight is seen in the loss and the gradients. */
  @Test
  void referenceSeesOneChangedWeight() {
    TrainConfig c = configs().get(3);
    Trainer t = new Trainer(c);
    Probe p = t.probe();
    List<LayerArrays> params = new ArrayList<>(p.params());
    LayerArrays l0 = params.get(0);
    double[][] w = l0.weight().clone();
    w[0] = w[0].clone();
    w[0][0] *= 1 + 1e-9;
    params.set(0, new LayerArrays(w, l0.bias(), l0.gamma(), l0.beta()));
    Reference ref = new Reference(c, t.dataset(), new Probe(p.loss(), p.batch(), params, p.grads()));
    assertThat(relative(new double[] {p.loss()}, new double[] {ref.loss}, 0)
        + relative(flat(p.grads().get(0).weight()), ref.dw.get(0).data, ref.dwScale[0])).isGreaterThan(TOLERANCE);
  }

  private static String describe(TrainConfig c) {
    return String.format(Locale.ROOT, "%dx%d %s %s%s%s %s b%d", c.depth(), c.width(), c.activation(), c.init(),
        c.batchNorm() ? " bn" : "", c.residual() ? " res" : "", c.data(), c.effectiveBatch());
  }

  private static double check(String what, double[] engine, double[] reference, double scale) {
    double rel = relative(engine, reference, scale);
    assertThat(rel).as(what).isLessThanOrEqualTo(TOLERANCE);
    return rel;
  }

  /** max |a - b| over the larger of max |b| and the given scale (0 when they are equal). */
  static double relative(double[] a, double[] b, double scaleOfSums) {
    assertThat(a).hasSameSizeAs(b);
    double scale = scaleOfSums;
    for (double v : b) {
      scale = Math.max(scale, Math.abs(v));
    }
    double d = maxAbsDiff(a, b);
    return d == 0 ? 0 : d / scale;
  }

  static double maxAbsDiff(double[] a, double[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      // NaN compares as a failure
      double e = Math.abs(a[i] - b[i]);
      d = Double.isNaN(e) ? Double.POSITIVE_INFINITY : Math.max(d, e);
    }
    return d;
  }

  static double[] flat(double[][] rows) {
    int n = 0;
    for (double[] r : rows) {
      n += r.length;
    }
    double[] f = new double[n];
    int k = 0;
    for (double[] r : rows) {
      System.arraycopy(r, 0, f, k, r.length);
      k += r.length;
    }
    return f;
  }

  /** The forward and backward pass as matrices: units x batch, PyTorch's semantics. */
  static final class Reference {
    double loss;
    final List<DMatrixRMaj> dw = new ArrayList<>();
    final List<DMatrixRMaj> db = new ArrayList<>();
    final List<DMatrixRMaj> dgamma = new ArrayList<>();
    final List<DMatrixRMaj> dbeta = new ArrayList<>();
    /** Per layer and tensor, the largest sum over the batch of |term|: the scale of its rounding. */
    final double[] dwScale;
    final double[] dbScale;
    final double[] dgammaScale;
    final double[] dbetaScale;

    Reference(TrainConfig c, Dataset d, Probe p) {
      int n = p.batch().length;
      int layers = p.params().size();
      dwScale = new double[layers];
      dbScale = new double[layers];
      dgammaScale = new double[layers];
      dbetaScale = new double[layers];
      DMatrixRMaj x = new DMatrixRMaj(2, n);
      int[] y = new int[n];
      for (int j = 0; j < n; j++) {
        x.set(0, j, d.xs()[p.batch()[j]]);
        x.set(1, j, d.ys()[p.batch()[j]]);
        y[j] = d.labels()[p.batch()[j]];
      }
      DMatrixRMaj ones = new DMatrixRMaj(1, n);
      CommonOps_DDRM.fill(ones, 1.0);
      // forward, keeping what the backward pass needs
      DMatrixRMaj[] in = new DMatrixRMaj[layers];
      DMatrixRMaj[] deriv = new DMatrixRMaj[layers];
      DMatrixRMaj[] xhat = new DMatrixRMaj[layers];
      DMatrixRMaj[] invStd = new DMatrixRMaj[layers];
      DMatrixRMaj a = x;
      DMatrixRMaj logits = null;
      for (int l = 0; l < layers; l++) {
        LayerArrays la = p.params().get(l);
        DMatrixRMaj w = new DMatrixRMaj(la.weight());
        DMatrixRMaj b = column(la.bias());
        in[l] = a;
        DMatrixRMaj z = new DMatrixRMaj(w.numRows, n);
        CommonOps_DDRM.mult(w, a, z);
        CommonOps_DDRM.multAdd(b, ones, z);
        if (l == layers - 1) {
          logits = z;
          break;
        }
        DMatrixRMaj pre = z;
        if (la.gamma() != null) {
          DMatrixRMaj mean = CommonOps_DDRM.sumRows(z, null);
          CommonOps_DDRM.divide(mean, n);
          DMatrixRMaj centred = z.copy();
          CommonOps_DDRM.multAdd(-1, mean, ones, centred);
          DMatrixRMaj sq = CommonOps_DDRM.elementPower(centred, 2.0, null);
          DMatrixRMaj var = CommonOps_DDRM.sumRows(sq, null);
          CommonOps_DDRM.divide(var, n);
          CommonOps_DDRM.add(var, Layer.BN_EPS);
          invStd[l] = CommonOps_DDRM.elementPower(var, -0.5, null);
          DMatrixRMaj spread = new DMatrixRMaj(z.numRows, n);
          CommonOps_DDRM.mult(invStd[l], ones, spread);
          xhat[l] = CommonOps_DDRM.elementMult(centred, spread, null);
          // y = gamma xhat + beta
          DMatrixRMaj g = new DMatrixRMaj(z.numRows, n);
          CommonOps_DDRM.mult(column(la.gamma()), ones, g);
          pre = CommonOps_DDRM.elementMult(xhat[l], g, null);
          CommonOps_DDRM.multAdd(column(la.beta()), ones, pre);
        }
        DMatrixRMaj out = map(pre, act(c.activation()));
        deriv[l] = map(pre, slope(c.activation()));
        if (residual(c, la)) {
          CommonOps_DDRM.addEquals(out, a);
        }
        a = out;
      }
      // softmax cross-entropy, column by column, with the column max subtracted
      int k = logits.numRows;
      DMatrixRMaj max = new DMatrixRMaj(1, n);
      CommonOps_DDRM.maxCols(logits, max);
      DMatrixRMaj shifted = logits.copy();
      CommonOps_DDRM.multAdd(-1, ones(k), max, shifted);
      DMatrixRMaj e = CommonOps_DDRM.elementExp(shifted, null);
      DMatrixRMaj sums = CommonOps_DDRM.sumCols(e, null);
      DMatrixRMaj probs = new DMatrixRMaj(k, n);
      DMatrixRMaj denom = new DMatrixRMaj(k, n);
      CommonOps_DDRM.mult(ones(k), sums, denom);
      CommonOps_DDRM.elementDiv(e, denom, probs);
      DMatrixRMaj logSums = CommonOps_DDRM.elementLog(sums, null);
      double total = 0;
      for (int j = 0; j < n; j++) {
        total += logSums.get(0, j) - shifted.get(y[j], j);
      }
      loss = total / n;
      // backward
      DMatrixRMaj dz = probs.copy();
      for (int j = 0; j < n; j++) {
        dz.add(y[j], j, -1.0);
      }
      CommonOps_DDRM.divide(dz, n);
      for (int l = 0; l < layers; l++) {
        dw.add(null);
        db.add(null);
        dgamma.add(null);
        dbeta.add(null);
      }
      // g: dL/da of hidden layer l (its output), from the layer above
      DMatrixRMaj g = null;
      for (int l = layers - 1; l >= 0; l--) {
        LayerArrays la = p.params().get(l);
        boolean hidden = l < layers - 1;
        if (hidden) {
          DMatrixRMaj dy = CommonOps_DDRM.elementMult(g, deriv[l], null);
          if (la.gamma() == null) {
            dz = dy;
          } else {
            dbeta.set(l, CommonOps_DDRM.sumRows(dy, null));
            DMatrixRMaj dyx = CommonOps_DDRM.elementMult(dy, xhat[l], null);
            dgamma.set(l, CommonOps_DDRM.sumRows(dyx, null));
            dbetaScale[l] = absRowSum(dy);
            dgammaScale[l] = absRowSum(dyx);
            // dxhat = gamma dy; dz = invStd / n (n dxhat - sum(dxhat) - xhat sum(dxhat xhat))
            DMatrixRMaj gam = new DMatrixRMaj(dy.numRows, n);
            CommonOps_DDRM.mult(column(la.gamma()), ones, gam);
            DMatrixRMaj dxhat = CommonOps_DDRM.elementMult(dy, gam, null);
            DMatrixRMaj s1 = CommonOps_DDRM.sumRows(dxhat, null);
            DMatrixRMaj s2 = CommonOps_DDRM.sumRows(CommonOps_DDRM.elementMult(dxhat, xhat[l], null), null);
            DMatrixRMaj t = dxhat.copy();
            CommonOps_DDRM.scale(n, t);
            CommonOps_DDRM.multAdd(-1, s1, ones, t);
            DMatrixRMaj s2wide = new DMatrixRMaj(dy.numRows, n);
            CommonOps_DDRM.mult(s2, ones, s2wide);
            CommonOps_DDRM.subtractEquals(t, CommonOps_DDRM.elementMult(xhat[l], s2wide, null));
            DMatrixRMaj k2 = new DMatrixRMaj(dy.numRows, n);
            CommonOps_DDRM.mult(1.0 / n, invStd[l], ones, k2);
            dz = CommonOps_DDRM.elementMult(t, k2, null);
          }
        }
        DMatrixRMaj w = new DMatrixRMaj(la.weight());
        DMatrixRMaj gw = new DMatrixRMaj(w.numRows, w.numCols);
        CommonOps_DDRM.multTransB(dz, in[l], gw);
        dw.set(l, gw);
        db.set(l, CommonOps_DDRM.sumRows(dz, null));
        dbScale[l] = absRowSum(dz);
        DMatrixRMaj absDz = dz.copy();
        CommonOps_DDRM.abs(absDz);
        DMatrixRMaj absIn = in[l].copy();
        CommonOps_DDRM.abs(absIn);
        DMatrixRMaj terms = new DMatrixRMaj(w.numRows, w.numCols);
        CommonOps_DDRM.multTransB(absDz, absIn, terms);
        dwScale[l] = CommonOps_DDRM.elementMax(terms);
        if (l > 0) {
          DMatrixRMaj below = new DMatrixRMaj(w.numCols, n);
          CommonOps_DDRM.multTransA(w, dz, below);
          if (hidden && residual(c, la)) {
            // the skip path passes dL/da_out unchanged to the layer's input
            CommonOps_DDRM.addEquals(below, g);
          }
          g = below;
        }
      }
    }

    private static boolean residual(TrainConfig c, LayerArrays la) {
      return c.residual() && la.weight().length == la.weight()[0].length;
    }

    /** The largest row sum of |m|. */
    private static double absRowSum(DMatrixRMaj m) {
      DMatrixRMaj a = m.copy();
      CommonOps_DDRM.abs(a);
      return CommonOps_DDRM.elementMax(CommonOps_DDRM.sumRows(a, null));
    }

    private static DMatrixRMaj ones(int rows) {
      DMatrixRMaj o = new DMatrixRMaj(rows, 1);
      CommonOps_DDRM.fill(o, 1.0);
      return o;
    }

    private static DMatrixRMaj column(double[] v) {
      return new DMatrixRMaj(v.length, 1, true, v);
    }

    private static DMatrixRMaj map(DMatrixRMaj m, DoubleUnaryOperator f) {
      DMatrixRMaj out = new DMatrixRMaj(m.numRows, m.numCols);
      for (int i = 0; i < m.data.length; i++) {
        out.data[i] = f.applyAsDouble(m.data[i]);
      }
      return out;
    }

    static DoubleUnaryOperator act(Activation a) {
      switch (a) {
        case SIGMOID: return v -> 1 / (1 + Math.exp(-v));
        case TANH: return Math::tanh;
        case RELU: return v -> v < 0 ? 0 : v;
        case LEAKY_RELU: return v -> v > 0 ? v : 0.01 * v;
        default: return v -> v;
      }
    }

    static DoubleUnaryOperator slope(Activation a) {
      switch (a) {
        case SIGMOID: return v -> {
          double s = 1 / (1 + Math.exp(-v));
          return s * (1 - s);
        };
        case TANH: return v -> 1 - Math.tanh(v) * Math.tanh(v);
        case RELU: return v -> v > 0 ? 1 : 0;
        case LEAKY_RELU: return v -> v > 0 ? 1 : 0.01;
        default: return v -> 1;
      }
    }
  }
}
