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
    CommandLine cl = LabCommand.configure(new CommandLine(new LabCommand()));
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
        {"--clip", "norm:abc"}, {"--init", "huge"}, {"--lr", "x"}, {"--threads", "3"}, {"--threads", "0"}}) {
      StringWriter e = new StringWriter();
      CommandLine cl = LabCommand.configure(new CommandLine(new LabCommand()));
      cl.setErr(new PrintWriter(e));
      cl.setOut(new PrintWriter(new StringWriter()));
      assertThat(cl.execute(bad)).as(String.join(" ", bad)).isEqualTo(2);
      assertThat(e.toString().trim()).startsWith("error: ").doesNotContain("\n").doesNotContain("Exception");
    }
  }
}
