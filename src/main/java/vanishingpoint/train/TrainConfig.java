package vanishingpoint.train;

/**
 * Everything that determines a run; two runs with equal configs are identical bit for bit.
 *
 * @param depth          hidden layers (at least 1)
 * @param width          units per hidden layer
 * @param activation     hidden non-linearity
 * @param init           weight initialisation
 * @param batchNorm      BatchNorm1d before each hidden activation
 * @param residual       {@code a_out = a_in + act(...)} wherever input and output widths match
 * @param clip           gradient clipping
 * @param optimizer      update rule
 * @param lr             learning rate
 * @param momentum       the momentum optimiser's coefficient, in [0, 1) (PyTorch's {@code SGD(momentum=...)})
 * @param data           dataset shape and class count
 * @param noise          dataset noise (standard deviation, in input units; spirals use twice it on the angle)
 * @param points         dataset size
 * @param batch          mini-batch size; 0 or {@code >= points} means full batch
 * @param steps          step budget
 * @param seed           seeds data, initialisation and batch order
 * @param targetAccuracy accuracy in (0, 1] that counts as converged
 * @param logEvery       steps between logged (fully measured) steps
 */
public record TrainConfig(int depth, int width, Activation activation, Init init, boolean batchNorm,
    boolean residual, Clip clip, Optimizer optimizer, double lr, double momentum, DataSpec data, double noise,
    int points, int batch, int steps, long seed, double targetAccuracy, int logEvery) {

  /**
   * A healthy run: a moderately deep ReLU net with He init and Adam learns the 2-arm spiral
   * in a few hundred steps, so the lab's defaults show what success looks like.
   */
  public static TrainConfig defaults() {
    return new TrainConfig(6, 32, Activation.RELU, Init.HE, false, false, Clip.NONE, Optimizer.ADAM,
        0.01, DEFAULT_MOMENTUM, new DataSpec(DataSpec.Shape.SPIRAL, 2), 0.1, 512, 0, 1000, 1, 0.95, 50);
  }

  /** Bounds of the settings; messages about them name the range. */
  public static final int MAX_DEPTH = 1000;
  public static final int MAX_WIDTH = 4096;
  public static final int MAX_POINTS = 1_000_000;
  /** The momentum optimiser's coefficient when none is given (PyTorch examples' usual 0.9). */
  public static final double DEFAULT_MOMENTUM = 0.9;

  public TrainConfig {
    if (activation == null || init == null || clip == null || optimizer == null || data == null) {
      throw new IllegalArgumentException("config: activation, init, clip, optimizer and dataset are required");
    }
    require(depth >= 1 && depth <= MAX_DEPTH, "depth", "between 1 and " + MAX_DEPTH, depth);
    require(width >= 1 && width <= MAX_WIDTH, "width", "between 1 and " + MAX_WIDTH, width);
    require(points >= 2 * data.classes() && points <= MAX_POINTS, "points",
        "between " + 2 * data.classes() + " and " + MAX_POINTS + " for " + data, points);
    require(batch >= 0, "batch", "at least 0", batch);
    require(steps >= 1, "steps", "at least 1", steps);
    require(logEvery >= 1, "every", "at least 1", logEvery);
    require(lr > 0 && Double.isFinite(lr), "lr", "finite and greater than 0", lr);
    require(momentum >= 0 && momentum < 1, "momentum", "at least 0 and less than 1", momentum);
    require(noise >= 0 && Double.isFinite(noise), "noise", "finite and at least 0", noise);
    require(targetAccuracy > 0 && targetAccuracy <= 1, "target", "greater than 0 and at most 1", targetAccuracy);
    if (batchNorm && (batch == 0 || batch >= points ? points : batch) < 2) {
      // as PyTorch: "Expected more than 1 value per channel when training"
      throw new IllegalArgumentException("batchnorm needs a batch of at least 2 (got " + batch + ")");
    }
  }

  private static void require(boolean ok, String key, String range, Number value) {
    if (!ok) {
      throw new IllegalArgumentException(key + " must be " + range + " (got " + value + ")");
    }
  }

  /** The batch size actually used. */
  public int effectiveBatch() {
    return batch == 0 || batch >= points ? points : batch;
  }

  public TrainConfig withDepth(int v) { return new TrainConfig(v, width, activation, init, batchNorm, residual, clip, optimizer, lr, momentum, data, noise, points, batch, steps, seed, targetAccuracy, logEvery); }
  public TrainConfig withWidth(int v) { return new TrainConfig(depth, v, activation, init, batchNorm, residual, clip, optimizer, lr, momentum, data, noise, points, batch, steps, seed, targetAccuracy, logEvery); }
  public TrainConfig withActivation(Activation v) { return new TrainConfig(depth, width, v, init, batchNorm, residual, clip, optimizer, lr, momentum, data, noise, points, batch, steps, seed, targetAccuracy, logEvery); }
  public TrainConfig withInit(Init v) { return new TrainConfig(depth, width, activation, v, batchNorm, residual, clip, optimizer, lr, momentum, data, noise, points, batch, steps, seed, targetAccuracy, logEvery); }
  public TrainConfig withBatchNorm(boolean v) { return new TrainConfig(depth, width, activation, init, v, residual, clip, optimizer, lr, momentum, data, noise, points, batch, steps, seed, targetAccuracy, logEvery); }
  public TrainConfig withResidual(boolean v) { return new TrainConfig(depth, width, activation, init, batchNorm, v, clip, optimizer, lr, momentum, data, noise, points, batch, steps, seed, targetAccuracy, logEvery); }
  public TrainConfig withClip(Clip v) { return new TrainConfig(depth, width, activation, init, batchNorm, residual, v, optimizer, lr, momentum, data, noise, points, batch, steps, seed, targetAccuracy, logEvery); }
  public TrainConfig withOptimizer(Optimizer v) { return new TrainConfig(depth, width, activation, init, batchNorm, residual, clip, v, lr, momentum, data, noise, points, batch, steps, seed, targetAccuracy, logEvery); }
  public TrainConfig withLr(double v) { return new TrainConfig(depth, width, activation, init, batchNorm, residual, clip, optimizer, v, momentum, data, noise, points, batch, steps, seed, targetAccuracy, logEvery); }
  public TrainConfig withMomentum(double v) { return new TrainConfig(depth, width, activation, init, batchNorm, residual, clip, optimizer, lr, v, data, noise, points, batch, steps, seed, targetAccuracy, logEvery); }
  public TrainConfig withData(DataSpec v) { return new TrainConfig(depth, width, activation, init, batchNorm, residual, clip, optimizer, lr, momentum, v, noise, points, batch, steps, seed, targetAccuracy, logEvery); }
  public TrainConfig withNoise(double v) { return new TrainConfig(depth, width, activation, init, batchNorm, residual, clip, optimizer, lr, momentum, data, v, points, batch, steps, seed, targetAccuracy, logEvery); }
  public TrainConfig withPoints(int v) { return new TrainConfig(depth, width, activation, init, batchNorm, residual, clip, optimizer, lr, momentum, data, noise, v, batch, steps, seed, targetAccuracy, logEvery); }
  public TrainConfig withBatch(int v) { return new TrainConfig(depth, width, activation, init, batchNorm, residual, clip, optimizer, lr, momentum, data, noise, points, v, steps, seed, targetAccuracy, logEvery); }
  public TrainConfig withSteps(int v) { return new TrainConfig(depth, width, activation, init, batchNorm, residual, clip, optimizer, lr, momentum, data, noise, points, batch, v, seed, targetAccuracy, logEvery); }
  public TrainConfig withSeed(long v) { return new TrainConfig(depth, width, activation, init, batchNorm, residual, clip, optimizer, lr, momentum, data, noise, points, batch, steps, v, targetAccuracy, logEvery); }
  public TrainConfig withTargetAccuracy(double v) { return new TrainConfig(depth, width, activation, init, batchNorm, residual, clip, optimizer, lr, momentum, data, noise, points, batch, steps, seed, v, logEvery); }
  public TrainConfig withLogEvery(int v) { return new TrainConfig(depth, width, activation, init, batchNorm, residual, clip, optimizer, lr, momentum, data, noise, points, batch, steps, seed, targetAccuracy, v); }
}
