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
import vanishingpoint.train.Knob;

/** {@code lab --list-challenges} and {@code lab --challenge ID}: the campaign without the UI. */
final class ChallengeCommands {

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

  /**
   * The knob settings for a challenge run: its start, with the overrides given on the command line
   * (each knob's option is its name with two dashes; a locked knob's option is refused).
   */
  static Map<String, String> settings(Challenge c, ParseResult parsed) {
    Map<String, String> settings = new LinkedHashMap<>(c.start());
    for (Knob knob : Knob.values()) {
      String option = LabCommand.option(knob);
      if (!parsed.hasMatchedOption(option)) {
        continue;
      }
      if (!c.knobs().containsKey(knob.id())) {
        throw new ParameterException(parsed.commandSpec().commandLine(), "knob '" + knob + "' is locked in challenge "
            + c.id() + " (unlocked: " + (c.knobs().isEmpty() ? "none" : String.join(", ", c.knobs().keySet())) + ")");
      }
      String value = String.valueOf((Object) parsed.matchedOption(option).getValue());
      List<String> choices = c.knobs().get(knob.id());
      String match = choices.stream().filter(ch -> knob.same(ch, value)).findFirst().orElseThrow(() ->
          new ParameterException(parsed.commandSpec().commandLine(), option + " " + value
              + " is not one of this challenge's choices (" + String.join(" | ", choices) + ")"));
      settings.put(knob.id(), match);
    }
    return settings;
  }
}
