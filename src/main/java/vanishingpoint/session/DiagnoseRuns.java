package vanishingpoint.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
  private static final Map<String, CompletableFuture<Training>> RUNS = new ConcurrentHashMap<>();

  private DiagnoseRuns() {}

  /**
   * The run of {@code spec}: trained on the pool by the first caller in this process, shared by
   * every later one. Whoever wants it when it is ready registers on the future; nobody polls.
   */
  static CompletableFuture<Training> start(String spec, TrainingPool pool) {
    CompletableFuture<Training> mine = new CompletableFuture<>();
    CompletableFuture<Training> had = RUNS.putIfAbsent(spec, mine);
    if (had != null) {
      return had;
    }
    pool.submit(() -> {
      try {
        mine.complete(train(spec));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "diagnose run could not be set up: " + spec, e);
        mine.completeExceptionally(e);
      }
    });
    return mine;
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
