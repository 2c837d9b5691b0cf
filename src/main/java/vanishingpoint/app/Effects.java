package vanishingpoint.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import vanishingpoint.core.Msg;
import vanishingpoint.core.Reader;
import vanishingpoint.train.Activation;
import vanishingpoint.train.Init;
import vanishingpoint.train.TrainConfig;
import vanishingpoint.train.Trainer;

/**
 * The gradient probe, carried out for {@link vanishingpoint.core.Effect.RunProbe}. It is one
 * forward and backward pass (about a millisecond), so the session runs it right on the key's
 * thread rather than on the training pool, and the result is drawn with the key's frame.
 */
final class Effects {

  private static final Logger LOG = Logger.getLogger(Effects.class.getName());
  /** The probe shows a network at initialisation; the seed only fixes which one. */
  private static final long PROBE_SEED = 7;

  private Effects() {}

  /** Runs the probe; its result as the message to feed back (no norms if it failed). */
  static Msg.ProbeDone probe(Reader.ProbeView p) {
    try {
      if (p.spectrum()) {
        var gains = network(p).spectrum();
        return new Msg.ProbeDone(p, gains.largest(), gains);
      }
      return new Msg.ProbeDone(p, norms(p), null);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "gradient probe failed for " + p, e);
      return new Msg.ProbeDone(p, new double[0], null);
    }
  }

  /** Per-layer gradient norms (hidden layers 1..depth, then the output layer) at initialisation. */
  static double[] norms(Reader.ProbeView p) {
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
