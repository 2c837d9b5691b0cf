package vanishingpoint.lab;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vanishingpoint.train.StepStats;
import vanishingpoint.train.Trainer;
import vanishingpoint.train.Diagnosis;
import vanishingpoint.train.Verdict;

/**
 * One JSON object per logged step and a final verdict line. A number that is not finite (a
 * diverged run's NaN or infinite loss or norms) prints as {@code null}: JSON has no NaN or
 * Infinity, and strict parsers reject them; the step's {@code non_finite} field says it happened.
 */
final class JsonReport implements Report {
  /** Writes non-finite doubles, alone or in arrays, as null (and keeps null fields). */
  private static final TypeAdapter<Double> FINITE_OR_NULL = new TypeAdapter<>() {
    @Override
    public void write(JsonWriter w, Double v) throws IOException {
      if (v == null || !Double.isFinite(v)) {
        w.nullValue();
      } else {
        w.value(v.doubleValue());
      }
    }

    @Override
    public Double read(JsonReader r) {
      throw new UnsupportedOperationException("the lab only writes JSON");
    }
  };

  static final Gson GSON = new GsonBuilder().serializeNulls().registerTypeAdapter(Double.class, FINITE_OR_NULL)
      .registerTypeAdapter(double.class, FINITE_OR_NULL).create();
  private final PrintWriter out;

  JsonReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void start() {
  }

  @Override
  public void step(StepStats s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("step", s.step());
    m.put("loss", s.loss());
    m.put("accuracy", s.accuracy());
    m.put("grad_norms", s.gradNorms());
    m.put("weight_norms", s.weightNorms());
    m.put("update_ratios", s.updateRatios());
    m.put("saturation", s.saturation());
    m.put("dead_relu", s.deadRelu());
    m.put("non_finite", s.nonFinite());
    out.println(GSON.toJson(m));
  }

  @Override
  public void end(Trainer trainer, Verdict verdict) {
    Map<String, Object> m = new LinkedHashMap<>();
    StepStats last = trainer.lastStats();
    double ms = trainer.trainNanos() / 1e6;
    m.put("verdict", verdict.label());
    m.put("outcome", verdict.outcome().word());
    m.put("diagnoses", verdict.diagnoses().stream().map(d -> d.kind().word()).toArray(String[]::new));
    m.put("reason", verdict.reason());
    m.put("evidence", verdict.diagnoses().stream().map(Diagnosis::evidence).toArray(String[]::new));
    m.put("steps", trainer.stepsDone());
    m.put("accuracy", verdict.evidence().accuracy());
    m.put("loss", verdict.evidence().finalLoss());
    m.put("last_batch_accuracy", last.accuracy());
    m.put("last_batch_loss", last.loss());
    m.put("train_ms", ms);
    m.put("steps_per_second", ms > 0 ? trainer.stepsDone() / (ms / 1000) : 0.0);
    out.println(GSON.toJson(m));
  }
}
