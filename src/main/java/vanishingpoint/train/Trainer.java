package vanishingpoint.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Trains one network on one dataset, a step at a time or to the end. Public methods are
 * synchronized, so a UI may step it on a worker thread and query it from another; the
 * returned records are immutable snapshots. To restart, make a new Trainer from the config.
 */
public final class Trainer {
  private static final int EVAL_CHUNK = 1024;

  private final TrainConfig config;
  private final Dataset data;
  private final Net net;
  private final Pass pass;
  private final Updater updater;
  private final Judge judge;
  private final SplittableRandom batchRandom;
  private final int[] order;
  private final int[] batchIdx;
  private final int[] weightTensor;
  private final double[] gradNorms;
  private final double[] weightNorms;
  private final double[] ratios;
  private Pass evalPass;
  private int cursor;
  private boolean batchReady;
  private int step;
  private long trainNanos;
  private StepStats last;

  public Trainer(TrainConfig config) {
    this.config = config;
    SplittableRandom root = new SplittableRandom(config.seed());
    data = Datasets.generate(config.data(), config.points(), config.noise(), root.nextLong());
    net = new Net(config, data.classes(), root.split());
    batchRandom = root.split();
    pass = new Pass(net, config.effectiveBatch());
    updater = new Updater(config.optimizer(), config.lr(), config.momentum(), config.clip(), net.params(), net.grads());
    judge = new Judge(data.classes(), config.targetAccuracy());
    order = new int[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    cursor = order.length;
    batchIdx = new int[pass.batch];
    int layers = net.layerCount();
    weightTensor = new int[layers];
    for (int l = 1; l < layers; l++) {
      weightTensor[l] = weightTensor[l - 1] + net.layer(l - 1).params().length;
    }
    gradNorms = new double[layers];
    weightNorms = new double[layers];
    ratios = new double[layers];
  }

  public TrainConfig config() {
    return config;
  }

  /** The training points, generated from the seed. */
  public Dataset dataset() {
    return data;
  }

  public synchronized int stepsDone() {
    return step;
  }

  /** The most recent step's measurements, or null before the first step. */
  public synchronized StepStats lastStats() {
    return last;
  }

  /** Nanoseconds spent inside {@link #run}'s training loop. */
  public synchronized long trainNanos() {
    return trainNanos;
  }

  /** True once the step budget is spent, the target is reached, or a value went non-finite. */
  public synchronized boolean finished() {
    return step >= config.steps() || judge.converged() || judge.brokenFinite();
  }

  /** One fully measured training step (it may go beyond the budget). */
  public synchronized StepStats step() {
    return advance();
  }

  /**
   * Steps until {@link #finished()}, passing every {@code logEvery}-th step and the last to
   * {@code onLogged}; returns the verdict.
   */
  public synchronized Verdict run(Consumer<StepStats> onLogged) {
    long t0 = System.nanoTime();
    long excluded = 0;
    while (!finished()) {
      boolean log = (step + 1) % config.logEvery() == 0 || step + 1 == 1;
      StepStats s = advance();
      boolean end = finished();
      if (log || end) {
        long t1 = System.nanoTime();
        if (onLogged != null) {
          onLogged.accept(s);
        }
        excluded += System.nanoTime() - t1;
      }
    }
    trainNanos += System.nanoTime() - t0 - excluded;
    return verdict();
  }

  /**
   * The verdict on the steps taken so far, with the network as it stands (its accuracy and loss
   * on the whole dataset, in evaluation mode); final once {@link #finished()}.
   */
  public synchronized Verdict verdict() {
    double[] ev = step == 0 ? new double[] {Double.NaN, Double.NaN} : evaluate();
    return judge.verdict(ev[0], ev[1], symmetricLayers());
  }

  /** Accuracy and mean cross-entropy on the whole dataset, in evaluation mode (BatchNorm's running statistics). */
  public synchronized double[] evaluate() {
    double[] pr = probabilities(data.xs(), data.ys());
    int k = data.classes();
    int ok = 0;
    double loss = 0;
    for (int i = 0; i < data.size(); i++) {
      int best = 0;
      for (int c = 1; c < k; c++) {
        best = pr[i * k + c] > pr[i * k + best] ? c : best;
      }
      int label = data.labels()[i];
      ok += best == label ? 1 : 0;
      // a probability that underflowed to 0 costs what a logit gap of about 745 would
      loss -= Math.log(Math.max(pr[i * k + label], Double.MIN_NORMAL));
    }
    return new double[] {(double) ok / data.size(), loss / data.size()};
  }

  /** Hidden layers wider than one unit whose units all have the same weights and bias. */
  private int symmetricLayers() {
    int n = 0;
    for (Layer layer : net.hidden) {
      boolean same = layer.out > 1;
      for (int r = 1; r < layer.out && same; r++) {
        same = layer.b[r] == layer.b[0];
        for (int c = 0; c < layer.in && same; c++) {
          same = layer.w.get(r, c) == layer.w.get(0, c);
        }
      }
      n += same ? 1 : 0;
    }
    return n;
  }

  /** Class probabilities (evaluation mode) for each point, row-major: point i, class c at i*K+c. */
  public synchronized double[] probabilities(double[] xs, double[] ys) {
    int k = data.classes();
    double[] out = new double[xs.length * k];
    Pass p = evalPass();
    for (int start = 0; start < xs.length; start += EVAL_CHUNK) {
      int n = Math.min(EVAL_CHUNK, xs.length - start);
      java.util.Arrays.fill(p.x[0], 0.0);
      java.util.Arrays.fill(p.x[1], 0.0);
      for (int j = 0; j < n; j++) {
        p.x[0][p.column(j)] = xs[start + j];
        p.x[1][p.column(j)] = ys[start + j];
      }
      p.forward(false, false, false);
      for (int j = 0; j < n; j++) {
        for (int c = 0; c < k; c++) {
          out[(start + j) * k + c] = p.dzOut[c][p.column(j)];
        }
      }
    }
    return out;
  }

  /** The predicted class of each point (evaluation mode); ties go to the lower class id. */
  public synchronized int[] predict(double[] xs, double[] ys) {
    int k = data.classes();
    double[] pr = probabilities(xs, ys);
    int[] cls = new int[xs.length];
    for (int i = 0; i < cls.length; i++) {
      int best = 0;
      for (int c = 1; c < k; c++) {
        best = pr[i * k + c] > pr[i * k + best] ? c : best;
      }
      cls[i] = best;
    }
    return cls;
  }

  /** Evaluation-mode accuracy on the whole dataset. */
  public synchronized double datasetAccuracy() {
    int[] cls = predict(data.xs(), data.ys());
    int ok = 0;
    for (int i = 0; i < cls.length; i++) {
      ok += cls[i] == data.labels()[i] ? 1 : 0;
    }
    return (double) ok / cls.length;
  }

  /** The loss and gradients the next step would compute, without taking it. */
  public synchronized Probe probe() {
    prepareBatch();
    double loss = pass.forward(true, false, false);
    pass.backward();
    List<LayerArrays> params = new ArrayList<>();
    List<LayerArrays> grads = new ArrayList<>();
    for (int l = 0; l < net.layerCount(); l++) {
      params.add(LayerArrays.of(net.layer(l), false));
      grads.add(LayerArrays.of(net.layer(l), true));
    }
    return new Probe(loss, batchIdx.clone(), params, grads);
  }

  /** Current parameters of every layer (hidden layers, then output). */
  public synchronized List<LayerArrays> parameters() {
    List<LayerArrays> params = new ArrayList<>();
    for (int l = 0; l < net.layerCount(); l++) {
      params.add(LayerArrays.of(net.layer(l), false));
    }
    return params;
  }

  /**
   * The singular values of every layer's weights as they stand, and of the backward product
   * (EJML's SVD; for the game's small networks well under a millisecond a layer).
   */
  public synchronized Spectrum.Gains spectrum() {
    return Spectrum.of(net);
  }

  private StepStats advance() {
    prepareBatch();
    batchReady = false;
    // every step is fully measured: the verdict's evidence must not depend on what is logged
    double loss = pass.forward(true, true, true);
    pass.backward();
    step++;
    for (int l = 0; l < gradNorms.length; l++) {
      gradNorms[l] = Math.sqrt(Updater.sumSquares(net.layer(l).dw.data));
    }
    updater.clip();
    updater.update();
    double total = 0;
    boolean bad = !Double.isFinite(loss);
    for (int l = 0; l < weightNorms.length; l++) {
      double sq = Updater.sumSquares(net.layer(l).w.data);
      total += sq;
      weightNorms[l] = Math.sqrt(sq);
      ratios[l] = Math.sqrt(updater.deltaSq[weightTensor[l]]) / weightNorms[l];
      bad |= !Double.isFinite(gradNorms[l]) || !Double.isFinite(weightNorms[l]);
    }
    nonFinite = bad;
    double acc = (double) pass.correct / pass.batch;
    StepStats s = stats(loss);
    last = s;
    // Convergence counts the whole dataset in the mode the boundary is drawn. A full batch without
    // BatchNorm is exactly that; with BatchNorm, evaluation mode is measured every step; a
    // mini-batch is confirmed on the whole dataset whenever it reaches the target (a lucky batch
    // is not convergence), and a step that is not confirmed breaks the stretch.
    double evalAcc = Double.NaN;
    double evalLoss = Double.NaN;
    if (pass.batch == data.size() && !config.batchNorm()) {
      evalAcc = acc;
      evalLoss = loss;
    } else if (!bad && (config.batchNorm() && pass.batch == data.size() || acc >= config.targetAccuracy())) {
      double[] ev = evaluate();
      evalAcc = ev[0];
      evalLoss = ev[1];
    }
    judge.observe(s, evalAcc, evalLoss, Math.sqrt(total));
    if (judge.pending()) {
      double[] now = evaluate();
      judge.confirm(now[0], now[1]);
    }
    return s;
  }

  private boolean nonFinite;

  private StepStats stats(double loss) {
    int depth = net.hidden.length;
    StepStats s = new StepStats(step, loss, (double) pass.correct / pass.batch, gradNorms.clone(),
        weightNorms.clone(), ratios.clone(), pass.saturation.clone(), pass.deadFraction.clone(),
        nonFinite);
    assert s.saturation().length == depth;
    return s;
  }

  /** Fills the pass's inputs with the next batch, once per step, in a seeded order. */
  private void prepareBatch() {
    if (batchReady) {
      return;
    }
    int b = pass.batch;
    if (b == data.size()) {
      if (step == 0) {
        for (int i = 0; i < b; i++) {
          batchIdx[i] = i;
        }
        copyBatch();
      }
      batchReady = true;
      return;
    }
    if (cursor + b > order.length) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = batchRandom.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      cursor = 0;
    }
    System.arraycopy(order, cursor, batchIdx, 0, b);
    cursor += b;
    copyBatch();
    batchReady = true;
  }

  private void copyBatch() {
    int b = pass.batch;
    for (int i = 0; i < b; i++) {
      int j = pass.column(i);
      pass.x[0][j] = data.xs()[batchIdx[i]];
      pass.x[1][j] = data.ys()[batchIdx[i]];
      pass.labels[j] = data.labels()[batchIdx[i]];
    }
  }

  private Pass evalPass() {
    if (evalPass == null) {
      evalPass = new Pass(net, EVAL_CHUNK);
    }
    return evalPass;
  }
}
