package vanishingpoint.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vanishingpoint.train.Dataset;
import vanishingpoint.train.LayerArrays;
import vanishingpoint.train.Probe;
import vanishingpoint.train.TrainConfig;
import vanishingpoint.train.Trainer;

/** Writes everything another framework needs to recompute the first step's loss and gradients. */
final class Dump {
  private Dump() {}

  static void write(Path file, Trainer trainer) throws IOException {
    Probe probe = trainer.probe();
    TrainConfig c = trainer.config();
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> cfg = new LinkedHashMap<>();
    cfg.put("depth", c.depth());
    cfg.put("width", c.width());
    cfg.put("activation", c.activation().label());
    cfg.put("init", c.init().toString());
    cfg.put("batchnorm", c.batchNorm());
    cfg.put("residual", c.residual());
    cfg.put("clip", c.clip().toString());
    cfg.put("optimizer", c.optimizer().toString());
    cfg.put("lr", c.lr());
    cfg.put("momentum", c.momentum());
    cfg.put("dataset", c.data().toString());
    cfg.put("noise", c.noise());
    cfg.put("points", c.points());
    cfg.put("batch", c.effectiveBatch());
    cfg.put("steps", c.steps());
    cfg.put("seed", c.seed());
    root.put("config", cfg);
    Dataset d = trainer.dataset();
    double[][] xy = new double[d.size()][];
    for (int i = 0; i < xy.length; i++) {
      xy[i] = new double[] {d.xs()[i], d.ys()[i]};
    }
    root.put("data", Map.of("x", xy, "y", d.labels()));
    root.put("first_batch", probe.batch());
    root.put("layers", layers(probe.params()));
    root.put("loss", probe.loss());
    root.put("grads", layers(probe.grads()));
    Files.writeString(file, JsonReport.GSON.toJson(root), StandardCharsets.UTF_8);
  }

  private static List<Map<String, Object>> layers(List<LayerArrays> ls) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (LayerArrays l : ls) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("weight", l.weight());
      m.put("bias", l.bias());
      if (l.gamma() != null) {
        m.put("gamma", l.gamma());
        m.put("beta", l.beta());
      }
      out.add(m);
    }
    return out;
  }
}
