package vanishingpoint.app;

import vanishingpoint.host.AppPaths;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vanishingpoint.lesson.Claims;
import vanishingpoint.lesson.Content;
import vanishingpoint.lesson.ContentLoader;
import vanishingpoint.lesson.Problem;

/** {@code play check-lessons [DIR]}: validates every content file, one line per problem. */
@Command(name = "check-lessons", mixinStandardHelpOptions = true,
    description = "Check every file in the lessons folder: prints FILE:LINE: what is wrong, one line per problem.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all files are clean", "1:problems were found", "2:invalid options"})
final class CheckLessonsCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "the folder to check. Default: lessons/ of the project.")
  Path dir;

  @Option(names = "--runs", description = "also run every claim about a run (claim: lines) and report each false one")
  boolean runs;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Path d = dir != null ? dir : AppPaths.lessons(AppPaths.home());
    Content c = ContentLoader.load(d);
    List<Problem> problems = new ArrayList<>(c.problems());
    if (runs && problems.isEmpty()) {
      problems.addAll(Claims.check(c));
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Problem p : problems) {
      out.println(p);
    }
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println(problems.isEmpty()
        ? "ok: " + c.lessons().size() + " lessons, " + c.questions().size() + " questions, " + c.challenges().size()
            + " challenges" + (runs ? ", " + c.claims().size() + " claims true" : "") + " in " + d
        : problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in " + d);
    err.flush();
    return problems.isEmpty() ? 0 : 1;
  }
}
