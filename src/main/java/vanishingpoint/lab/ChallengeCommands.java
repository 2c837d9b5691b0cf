package vanishingpoint.lab;

import com.google.gson.Gson;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import vanishingpoint.challenge.Challenge;
import vanishingpoint.lesson.Content;

/** {@code lab --list-challenges} and {@code lab --challenge ID}: the campaign without the UI. */
final class ChallengeCommands {

  /** The lab option that sets each knob. */
  private static final Map<String, String> OPTION = Map.of("activation", "--activation", "init", "--init",
      "clip", "--clip", "optimizer", "--optimizer", "lr", "--lr", "batchnorm", "--batchnorm",
      "residual", "--residual", "depth", "--depth");

  private ChallengeCommands() {}

  static void list(Content content, boolean json, PrintWriter out) {
    Gson gson = new Gson();
    for (Challenge c : content.challenges()) {
      if (json) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", c.id());
        o.put("title", c.title());
        o.put("knobs", c.knobs());
        o.put("start", c.start());
        out.println(gson.toJson(o));
      } else {
        out.printf("%2d  %-22s %s%n", c.number(), c.id(), c.title());
        c.knobs().forEach((k, v) -> out.printf("      %-10s %s%s%n", k, String.join(" | ", v),
            "   (start: " + c.start().get(k) + ")"));
      }
    }
  }

  /** The knob settings for a challenge run: its start, with the overrides given on the command line. */
  static Map<String, String> settings(Challenge c, ParseResult parsed, LabCommand lab) {
    Map<String, String> settings = new LinkedHashMap<>(c.start());
    for (Map.Entry<String, String> e : OPTION.entrySet()) {
      if (!parsed.hasMatchedOption(e.getValue())) {
        continue;
      }
      String knob = e.getKey();
      if (!c.knobs().containsKey(knob)) {
        throw new ParameterException(parsed.commandSpec().commandLine(), "knob '" + knob + "' is locked in challenge "
            + c.id() + " (unlocked: " + (c.knobs().isEmpty() ? "none" : String.join(", ", c.knobs().keySet())) + ")");
      }
      String value = lab.valueOf(knob);
      List<String> choices = c.knobs().get(knob);
      String match = choices.stream().filter(ch -> same(knob, ch, value)).findFirst().orElseThrow(() ->
          new ParameterException(parsed.commandSpec().commandLine(), e.getValue() + " " + value
              + " is not one of this challenge's choices (" + String.join(" | ", choices) + ")"));
      settings.put(knob, match);
    }
    return settings;
  }

  private static boolean same(String knob, String choice, String value) {
    if (knob.equals("lr")) {
      return Double.parseDouble(choice) == Double.parseDouble(value);
    }
    return choice.equals(value);
  }
}
