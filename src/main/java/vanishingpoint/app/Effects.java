package vanishingpoint.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import vanishingpoint.core.GameState;
import vanishingpoint.core.Reader;
import vanishingpoint.core.Update;
import vanishingpoint.train.Activation;
import vanishingpoint.train.Init;
import vanishingpoint.train.TrainConfig;
import vanishingpoint.train.Trainer;

/**
 * Carries out what the state asks for but cannot do itself, and feeds the result back in.
 * The gradient probe is one forward and backward pass (about a millisecond), so it runs right
 * here rather than on the training pool.
 */
final class Effects {

  private static final Logger LOG = Logger.getLogger(Effects.class.getName());
  /** The probe shows a network at initialisation; the seed only fixes which one. */
  private static final long PROBE_SEED = 7;

  private Effects() {}

  static GameState run(GameState s) {
    Reader.ProbeView p = s.reader().probe();
    if (!p.requested()) {
      return s;
    }
    try {
      return p.spectrum() ? Update.probeDone(s, p, network(p).spectrum()) : Update.probeDone(s, p, probe(p));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "gradient probe failed for " + p, e);
      return Update.probeDone(s, p, new double[0]);
    }
  }

  /** Per-layer gradient norms (hidden layers 1..depth, then the output layer) at initialisation. */
  static double[] probe(Reader.ProbeView p) {
    return network(p).step().gradNorms();
  }

  /** The probed network, at initialisation. */
  static Trainer network(Reader.ProbeView p) {
    TrainConfig cfg = TrainConfig.defaults().withDepth(p.depth()).withWidth(p.width())
        .withActivation(Activation.parse(p.activation())).withInit(Init.parse(p.init()))
        .withSteps(1).withSeed(PROBE_SEED);
    return new Trainer(cfg);
  }
}
