package vanishingpoint.ui;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for terminal text. */
public final class Wrap {

  private Wrap() {}

  /**
   * Wraps text to lines of at most {@code width} characters, breaking at spaces; words longer
   * than a line are cut. The spaces between two words on one line are kept as they were (a table
   * row's columns); newlines in the text start new lines; blank lines are kept.
   */
  public static List<String> lines(String text, int width) {
    List<String> out = new ArrayList<>();
    int w = Math.max(1, width);
    java.util.regex.Pattern words = java.util.regex.Pattern.compile("( *)([^ ]+)");
    for (String para : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      java.util.regex.Matcher m = words.matcher(para);
      while (m.find()) {
        String gap = m.group(1).isEmpty() ? " " : m.group(1);
        String word = m.group(2);
        while (word.length() > w) {
          if (line.length() > 0) {
            out.add(line.toString());
            line.setLength(0);
          }
          out.add(word.substring(0, w));
          word = word.substring(w);
        }
        if (line.length() > 0 && line.length() + gap.length() + word.length() > w) {
          out.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(gap);
        }
        line.append(word);
      }
      out.add(line.toString());
    }
    return out;
  }

  /**
   * Wraps {@code text} after a lead ("1. ", a match's left side and arrow): the first line starts
   * with the lead, the following ones are indented to the text's start. A lead wider than half
   * the line takes lines of its own, and the text follows below it, indented.
   */
  public static List<String> hanging(String lead, String text, int width) {
    int hang = Math.min(lead.length(), width / 2);
    String pad = " ".repeat(hang);
    List<String> out = new ArrayList<>();
    if (lead.length() > hang) {
      out.addAll(lines(lead.stripTrailing(), width));
      lines(text, width - hang).forEach(l -> out.add(pad + l));
      return out;
    }
    List<String> body = lines(text, width - hang);
    for (int i = 0; i < body.size(); i++) {
      out.add((i == 0 ? lead : pad) + body.get(i));
    }
    return out;
  }
}
