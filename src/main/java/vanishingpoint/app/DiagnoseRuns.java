package vanishingpoint.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import vanishingpoint.core.Training;
import vanishingpoint.train.ConfigSpec;
import vanishingpoint.train.Peaks;
import vanishingpoint.train.StepStats;
import vanishingpoint.train.TrainConfig;
import vanishingpoint.train.Trainer;
import vanishingpoint.train.Verdict;

/**
 * The real runs that diagnose questions show, trained once per process on the training pool
 * and kept: every run is reproducible from its seed, so all players can share each result.
 */
final class DiagnoseRuns {

  private static final Logger LOG = Logger.getLogger(DiagnoseRuns.class.getName());
  private static final Map<String, Training> DONE = new ConcurrentHashMap<>();
  private static final Map<String, Boolean> STARTED = new ConcurrentHashMap<>();

  private DiagnoseRuns() {}

  /** The run if it is ready; else starts it (once) and calls {@code wake} when it is. */
  static Training get(String spec, TrainingPool pool, Runnable wake) {
    Training t = DONE.get(spec);
    if (t == null && !start(spec, pool, wake)) {
      pool.submitLater(wake, 250);
    }
    return t;
  }

  /**
   * Starts the run in the background if nobody has yet, so it is ready by the time its question
   * opens (a quiz asks for every diagnose question it holds as soon as it starts).
   */
  static void prefetch(String spec, TrainingPool pool) {
    if (!DONE.containsKey(spec)) {
      start(spec, pool, () -> { });
    }
  }

  /** Trains the run on the pool unless someone already started it; true if this call started it. */
  private static boolean start(String spec, TrainingPool pool, Runnable wake) {
    if (STARTED.putIfAbsent(spec, true) != null) {
      return false;
    }
    pool.submit(() -> {
      DONE.put(spec, train(spec));
      wake.run();
    });
    return true;
  }

  static Training train(String spec) {
    TrainConfig cfg = ConfigSpec.parse(spec, TrainConfig.defaults()).withLogEvery(1);
    Trainer trainer = new Trainer(cfg);
    List<Double> losses = new ArrayList<>();
    double[][] peaks = {new double[0]};
    try {
      trainer.run(s -> {
        losses.add(s.loss());
        peaks[0] = Peaks.update(peaks[0], s.gradNorms());
      });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "diagnose run failed: " + spec, e);
    }
    Verdict v = trainer.verdict();
    StepStats last = trainer.lastStats();
    double[] none = new double[0];
    double[] l = losses.stream().mapToDouble(Double::doubleValue).toArray();
    return new Training(trainer.stepsDone(), cfg.steps(), l, last == null ? 0 : last.accuracy(),
        last == null ? none : last.gradNorms(), peaks[0], last == null ? none : last.saturation(),
        last == null ? none : last.deadRelu(), last == null ? none : last.updateRatios(), 0, new int[0], 0, none,
        trainer.dataset().classes(), v, v, trainer.spectrum());
  }
}
