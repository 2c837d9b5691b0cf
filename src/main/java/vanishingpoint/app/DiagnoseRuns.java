package vanishingpoint.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import vanishingpoint.core.Training;
import vanishingpoint.train.ConfigSpec;
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
    if (t == null && STARTED.putIfAbsent(spec, true) == null) {
      pool.submit(() -> {
        DONE.put(spec, train(spec));
        wake.run();
      });
    } else if (t == null) {
      pool.submitLater(wake, 250);
    }
    return t;
  }

  static Training train(String spec) {
    try {
      TrainConfig cfg = ConfigSpec.parse(spec, TrainConfig.defaults()).withLogEvery(1);
      Trainer trainer = new Trainer(cfg);
      List<Double> losses = new ArrayList<>();
      double[][] peaks = {new double[0]};
      StepStats[] last = {null};
      Verdict v = trainer.run(s -> {
        losses.add(s.loss());
        double[] n = s.gradNorms();
        if (peaks[0].length != n.length) {
          peaks[0] = new double[n.length];
        }
        for (int i = 0; i < n.length; i++) {
          peaks[0][i] = Math.max(peaks[0][i], Double.isFinite(n[i]) ? n[i] : peaks[0][i]);
        }
        last[0] = s;
      });
      double[] l = losses.stream().mapToDouble(Double::doubleValue).toArray();
      return new Training(trainer.stepsDone(), cfg.steps(), l, last[0] == null ? 0 : last[0].accuracy(),
          last[0] == null ? new double[0] : last[0].gradNorms(), peaks[0], 0, new int[0], 0, new double[0],
          trainer.dataset().classes(), v.kind().name().toLowerCase(Locale.ROOT), v.reason());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "diagnose run failed: " + spec, e);
      return new Training(0, 0, new double[0], 0, new double[0], new double[0], 0, new int[0], 0, new double[0], 2,
          "stalled", "the run could not be trained: " + e.getMessage());
    }
  }
}
