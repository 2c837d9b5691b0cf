package vanishingpoint.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The options of a diagnose question in the order the player sees them: the diagnoses
 * (shuffled), then the fixes (shuffled), each with a seed from the question's id so that the
 * order is the same every time. {@link Answer.Picked} indices of a diagnose answer point here.
 */
public final class DiagnoseOptions {

  public enum Part { PROBLEM, FIX }

  public record Option(String text, boolean right, Part part) {}

  private DiagnoseOptions() {}

  public static List<Option> of(Question.Diagnose q) {
    List<Option> problems = new ArrayList<>();
    q.problemRight().forEach(t -> problems.add(new Option(t, true, Part.PROBLEM)));
    q.problemWrong().forEach(t -> problems.add(new Option(t, false, Part.PROBLEM)));
    Collections.shuffle(problems, new Random(q.id().hashCode()));
    List<Option> fixes = new ArrayList<>();
    q.fixRight().forEach(t -> fixes.add(new Option(t, true, Part.FIX)));
    q.fixWrong().forEach(t -> fixes.add(new Option(t, false, Part.FIX)));
    Collections.shuffle(fixes, new Random(q.id().hashCode() + 1L));
    List<Option> out = new ArrayList<>(problems);
    out.addAll(fixes);
    return out;
  }
}
