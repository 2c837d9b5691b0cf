package vanishingpoint.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LabCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return run(new LabCommand(), args);
  }

  private int run(LabCommand lab, String... args) {
    CommandLine cl = LabCommand.configure(new CommandLine(lab));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void tablePrintsStepsAndTheVerdict() {
    assertThat(run("--steps", "30", "--every", "10")).isZero();
    assertThat(out.toString()).contains("|g| L1").containsPattern("(?m)^(converged|stalled): ");
  }

  @Test
  void jsonPrintsOneObjectPerLoggedStepThenTheVerdict() {
    assertThat(run("--json", "--depth", "20", "--activation", "sigmoid", "--init", "small",
        "--steps", "20", "--every", "10")).isZero();
    String[] lines = out.toString().trim().split("\n");
    assertThat(lines).hasSize(4); // steps 1, 10, 20 and the verdict
    JsonObject step = JsonParser.parseString(lines[1]).getAsJsonObject();
    assertThat(step.get("step").getAsInt()).isEqualTo(10);
    assertThat(step.getAsJsonArray("grad_norms")).hasSize(21);
    JsonObject end = JsonParser.parseString(lines[3]).getAsJsonObject();
    assertThat(end.get("verdict").getAsString()).isEqualTo("not converged: vanishing");
    assertThat(end.get("outcome").getAsString()).isEqualTo("not-converged");
    assertThat(end.getAsJsonArray("diagnoses").get(0).getAsString()).isEqualTo("vanishing");
    assertThat(end.get("steps").getAsInt()).isEqualTo(20);
    assertThat(end.has("train_ms") && end.has("steps_per_second")).isTrue();
  }

  @Test
  void dumpHoldsDataInitialWeightsAndFirstGradients(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("d.json");
    assertThat(run("--depth", "2", "--width", "3", "--batchnorm", "--steps", "1", "--dump", f.toString())).isZero();
    JsonObject d = JsonParser.parseString(Files.readString(f)).getAsJsonObject();
    assertThat(d.getAsJsonObject("data").getAsJsonArray("x")).hasSize(512);
    assertThat(d.getAsJsonArray("layers")).hasSize(3);
    JsonObject l0 = d.getAsJsonArray("layers").get(0).getAsJsonObject();
    assertThat(l0.getAsJsonArray("weight")).hasSize(3);
    assertThat(l0.getAsJsonArray("weight").get(0).getAsJsonArray()).hasSize(2);
    assertThat(l0.has("gamma")).isTrue();
    assertThat(d.getAsJsonArray("grads").get(2).getAsJsonObject().has("gamma")).isFalse();
    assertThat(d.get("loss").getAsDouble()).isPositive();
  }

  @Test
  void invalidOptionsAreOneLineErrorsWithExitCode2() {
    for (String[] bad : new String[][] {{"--activation", "softplus"}, {"--depth", "-3"},
        {"--clip", "norm:abc"}, {"--init", "huge"}, {"--lr", "x"}, {"--threads", "2"}}) {
      StringWriter e = new StringWriter();
      CommandLine cl = LabCommand.configure(new CommandLine(new LabCommand()));
      cl.setErr(new PrintWriter(e));
      cl.setOut(new PrintWriter(new StringWriter()));
      assertThat(cl.execute(bad)).as(String.join(" ", bad)).isEqualTo(2);
      assertThat(e.toString().trim()).startsWith("lab: ").doesNotContain("\n").doesNotContain("Exception");
    }
  }

  /** Runs the lab and returns its exit code and stderr, which must be one line. */
  private String refused(int code, String... args) {
    assertThat(run(args)).as(String.join(" ", args)).isEqualTo(code);
    assertThat(out.toString()).isEmpty();
    String line = err.toString();
    assertThat(line).endsWith(System.lineSeparator());
    assertThat(line.strip()).doesNotContain("\n");
    err.getBuffer().setLength(0);
    return line.strip();
  }

  @Test
  void rangeErrorsNameTheOptionAndItsRange() {
    assertThat(refused(2, "--depth", "0")).isEqualTo("lab: --depth must be between 1 and 1000 (got 0)");
    assertThat(refused(2, "--depth", "1001")).isEqualTo("lab: --depth must be between 1 and 1000 (got 1001)");
    assertThat(refused(2, "--width", "4097")).isEqualTo("lab: --width must be between 1 and 4096 (got 4097)");
    assertThat(refused(2, "--points", "3")).isEqualTo("lab: --points must be between 4 and 1000000 (got 3)");
    assertThat(refused(2, "--points", "5", "--dataset", "spiral:3"))
        .isEqualTo("lab: --points must be between 6 and 1000000 for spiral:3 (got 5)");
    assertThat(refused(2, "--batch", "-1")).isEqualTo("lab: --batch must be between 0 and 1000000 (got -1)");
    assertThat(refused(2, "--steps", "0")).isEqualTo("lab: --steps must be between 1 and 10000000 (got 0)");
    assertThat(refused(2, "--every", "0")).isEqualTo("lab: --every must be between 1 and 2147483647 (got 0)");
    assertThat(refused(2, "--lr", "0")).isEqualTo("lab: --lr must be greater than 0 (got 0)");
    assertThat(refused(2, "--lr", "-1e-3")).isEqualTo("lab: --lr must be greater than 0 (got -1e-3)");
    assertThat(refused(2, "--noise", "-0.5")).isEqualTo("lab: --noise must be at least 0 (got -0.5)");
    assertThat(refused(2, "--target", "1.5")).isEqualTo("lab: --target must be greater than 0 and at most 1 (got 1.5)");
    assertThat(refused(2, "--target", "0")).isEqualTo("lab: --target must be greater than 0 and at most 1 (got 0)");
    assertThat(refused(2, "--optimizer", "momentum", "--momentum", "1"))
        .isEqualTo("lab: --momentum must be at least 0 and less than 1 (got 1)");
    assertThat(refused(2, "--optimizer", "momentum", "--momentum", "-0.1"))
        .isEqualTo("lab: --momentum must be at least 0 and less than 1 (got -0.1)");
  }

  @Test
  void valuesThatAreNotFiniteNumbersAreOneLineErrorsNamingTheRange() {
    assertThat(refused(2, "--depth", "x")).isEqualTo("lab: --depth must be a whole number between 1 and 1000 (got 'x')");
    assertThat(refused(2, "--depth", "99999999999"))
        .isEqualTo("lab: --depth must be a whole number between 1 and 1000 (got '99999999999')");
    assertThat(refused(2, "--depth", "2.5")).isEqualTo("lab: --depth must be a whole number between 1 and 1000 (got '2.5')");
    assertThat(refused(2, "--lr", "inf")).isEqualTo("lab: --lr must be a finite number greater than 0 (got 'inf')");
    assertThat(refused(2, "--lr", "Infinity")).isEqualTo("lab: --lr must be a finite number greater than 0 (got 'Infinity')");
    assertThat(refused(2, "--lr", "1e20000")).isEqualTo("lab: --lr must be a finite number greater than 0 (got '1e20000')");
    assertThat(refused(2, "--lr", "NaN")).isEqualTo("lab: --lr must be a finite number greater than 0 (got 'NaN')");
    assertThat(refused(2, "--noise", "-Infinity")).isEqualTo("lab: --noise must be a finite number at least 0 (got '-Infinity')");
    assertThat(refused(2, "--target", "nan"))
        .isEqualTo("lab: --target must be a finite number greater than 0 and at most 1 (got 'nan')");
    assertThat(refused(2, "--seed", "1.5")).isEqualTo("lab: --seed must be a whole number between "
        + Long.MIN_VALUE + " and " + Long.MAX_VALUE + " (got '1.5')");
  }

  @Test
  void batchNormWithBatchesOfOneIsRefused() {
    assertThat(refused(2, "--batchnorm", "--batch", "1")).isEqualTo("lab: --batchnorm needs batches of 2 or more"
        + " (got --batch 1): one sample has no variance to normalise by (PyTorch refuses it too)");
    assertThat(run("--batchnorm", "--batch", "2", "--steps", "2")).isZero();
  }

  @Test
  void aNetworkTooLargeForTheHeapIsRefusedBeforeTraining() {
    LabCommand lab = new LabCommand();
    lab.maxHeap = () -> 3L << 29; // 1.5 GB
    lab.trainers = c -> {
      throw new AssertionError("no trainer may be made");
    };
    assertThat(run(lab, "--depth", "1000", "--width", "4096", "--batch", "100000", "--points", "200000")).isEqualTo(2);
    assertThat(err.toString().strip()).matches("lab: the network needs about 4596\\.1 GB, more than the 1\\.5 GB heap"
        + " \\(--depth 1000 --width 4096 --batch 100000\\); make it smaller(, or give Java more: VP_JAVA_OPTS=-Xmx\\d+g)?");
    err.getBuffer().setLength(0);
    LabCommand fresh = new LabCommand();
    fresh.maxHeap = lab.maxHeap;
    fresh.trainers = lab.trainers;
    assertThat(run(fresh, "--depth", "22", "--width", "1024", "--steps", "1")).isEqualTo(2);
    assertThat(err.toString().strip()).startsWith("lab: the network needs about 1.4 GB, nearly all of the 1.5 GB heap"
        + " (--depth 22 --width 1024 --points 512 in full batches); make it smaller");
  }

  @Test
  void runningOutOfMemoryAnywayIsOneLineAndExitCode1() {
    LabCommand lab = new LabCommand();
    lab.maxHeap = () -> 1L << 40;
    lab.trainers = c -> {
      throw new OutOfMemoryError("Java heap space");
    };
    assertThat(run(lab, "--steps", "1")).isEqualTo(1);
    assertThat(err.toString().strip()).startsWith("lab: ran out of memory (estimated 2 MB of a 1024.0 GB heap,"
        + " --depth 6 --width 32 --points 512 in full batches); make it smaller").doesNotContain("\n");
  }

  @Test
  void momentumIsAnOptionOfTheMomentumOptimizer() throws Exception {
    assertThat(run("--optimizer", "momentum", "--momentum", "0.5", "--steps", "1", "--every", "1")).isZero();
    assertThat(out.toString()).startsWith("6 x 32 relu, init he, momentum 0.5, lr 0.01,");
    out.getBuffer().setLength(0);
    assertThat(refused(2, "--momentum", "0.5")).isEqualTo("lab: --momentum is for --optimizer momentum (this run uses adam)");
    // momentum 0 is plain SGD, bit for bit; the default, 0.9, is not
    String sgd = jsonLoss("--optimizer", "sgd");
    assertThat(jsonLoss("--optimizer", "momentum", "--momentum", "0")).isEqualTo(sgd);
    assertThat(jsonLoss("--optimizer", "momentum")).isNotEqualTo(sgd)
        .isEqualTo(jsonLoss("--optimizer", "momentum", "--momentum", "0.9"));
  }

  private String jsonLoss(String... opts) {
    out.getBuffer().setLength(0);
    String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(opts),
        java.util.stream.Stream.of("--json", "--steps", "5", "--every", "5")).toArray(String[]::new);
    assertThat(run(args)).isZero();
    String[] lines = out.toString().trim().split("\n");
    return JsonParser.parseString(lines[lines.length - 1]).getAsJsonObject().get("loss").toString();
  }

  @Test
  void jsonOfADivergedRunIsStrictJsonWithNullsForNonFiniteNumbers(@TempDir Path dir) throws Exception {
    Path dump = dir.resolve("d.json");
    assertThat(run("--json", "--init", "large", "--depth", "30", "--optimizer", "sgd", "--lr", "1", "--steps", "5",
        "--every", "1", "--dump", dump.toString())).isZero();
    String[] lines = out.toString().trim().split("\n");
    assertThat(lines).hasSize(3); // steps 1 and 2, then the verdict
    java.util.List<JsonObject> objects = new java.util.ArrayList<>();
    for (String line : lines) {
      objects.add(strict(line).getAsJsonObject());
    }
    // no bare NaN or Infinity as a value (the verdict's reason, a string, may say "loss NaN")
    assertThat(out.toString()).doesNotContainPattern("[:,\\[]-?(NaN|Infinity)");
    JsonObject nan = objects.get(1);
    assertThat(nan.get("non_finite").getAsBoolean()).isTrue();
    assertThat(nan.get("loss").isJsonNull()).isTrue();
    assertThat(nan.getAsJsonArray("grad_norms").get(0).isJsonNull()).isTrue();
    JsonObject end = objects.get(2);
    assertThat(end.get("verdict").getAsString()).isEqualTo("diverged: exploding");
    assertThat(end.get("loss").isJsonNull()).isTrue();
    // the dump is strict JSON too
    strict(Files.readString(dump));
  }

  /** Parses with a non-lenient reader: NaN and Infinity are errors. */
  private static com.google.gson.JsonElement strict(String json) throws java.io.IOException {
    com.google.gson.stream.JsonReader r = new com.google.gson.stream.JsonReader(new java.io.StringReader(json));
    r.setLenient(false);
    com.google.gson.JsonElement e = com.google.gson.internal.Streams.parse(r);
    assertThat(r.peek()).isEqualTo(com.google.gson.stream.JsonToken.END_DOCUMENT);
    return e;
  }

  @Test
  void helpDocumentsMomentumAndDropLast() {
    assertThat(run("--help")).isZero();
    String help = out.toString().replaceAll("\\s+", " ");
    assertThat(help).contains("--momentum=X with --optimizer momentum").contains("(default: 0.9)")
        .contains("sit that epoch out (drop-last)").contains("Exit codes:");
  }

  @Test
  void aVanishingRunsVerdictHasNoNegativeZero() {
    // the loss ends a hair above where it started and every gradient is near zero: tiny negative
    // numbers everywhere, and none may print as -0.0
    assertThat(run("--depth", "20", "--activation", "sigmoid", "--init", "small", "--steps", "20")).isZero();
    assertThat(out.toString()).contains("not converged: vanishing").doesNotContain("-0.0");
  }

  @Test
  void anUnknownChallengePointsAtTheListOnce() {
    Path lessons = Path.of(System.getProperty("vp.projectDir", ".")).resolve("lessons");
    assertThat(run(new LabCommand(() -> vanishingpoint.lesson.ContentLoader.load(lessons)), "--challenge", "nope"))
        .isEqualTo(2);
    assertThat(err.toString()).isEqualTo("lab: no challenge 'nope' (see lab --list-challenges)" + System.lineSeparator());
  }

  @Test
  void helpListsEachKnobsValuesFromTheEngine() {
    assertThat(run("--help")).isZero();
    String help = out.toString().replaceAll("\\s+", " ");
    for (vanishingpoint.train.Knob k : vanishingpoint.train.Knob.values()) {
      if (!k.choices().isEmpty() && !k.choices().equals(java.util.List.of("true", "false"))) {
        assertThat(help).contains(String.join(", ", k.choices()));
      }
    }
    assertThat(help).contains("sigmoid, tanh, relu, leaky-relu, linear (default: relu)")
        .contains("zeros, small, large, normal:S, xavier, xavier-normal, he, orthogonal (default: he)");
  }

  @Test
  void everyKnobsOptionOverridesAnUnlockedKnobAndALockedOneIsRefused() {
    Path lessons = Path.of(System.getProperty("vp.projectDir", ".")).resolve("lessons");
    LabCommand sandbox = new LabCommand(() -> vanishingpoint.lesson.ContentLoader.load(lessons));
    assertThat(run(sandbox, "--challenge", "sandbox", "--width", "8", "--noise", "0.0", "--lr", "0.010", "--json"))
        .isZero();
    LabCommand tower = new LabCommand(() -> vanishingpoint.lesson.ContentLoader.load(lessons));
    assertThat(run(tower, "--challenge", "sigmoid-tower", "--width", "8")).isEqualTo(2);
    assertThat(err.toString()).startsWith("lab: knob 'width' is locked in challenge sigmoid-tower (unlocked: ");
  }
}
