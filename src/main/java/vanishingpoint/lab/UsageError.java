package vanishingpoint.lab;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The one-line form of a command-line mistake, for every command: {@code COMMAND: what is wrong},
 * exit code {@value #EXIT_CODE}. A value that is not a number of an option with a known range
 * names that range; only when the message cannot say what is allowed (an unknown option, a
 * missing value) does it point at {@code --help}.
 */
public final class UsageError {
  /** Exit code for invalid options, as picocli's default for usage errors. */
  public static final int EXIT_CODE = 2;

  private UsageError() {}

  /** A {@link CommandLine.IParameterExceptionHandler}: prints {@link #line} to the command's stderr. */
  public static int handle(ParameterException ex, String[] args) {
    ex.getCommandLine().getErr().println(line(ex));
    ex.getCommandLine().getErr().flush();
    return EXIT_CODE;
  }

  /** The line to print for {@code ex}. */
  public static String line(ParameterException ex) {
    CommandLine bad = ex.getCommandLine();
    String name = bad.getCommandSpec().qualifiedName();
    String message = ex.getMessage();
    ArgSpec arg = ex.getArgSpec();
    if (arg instanceof OptionSpec && bad.getCommandSpec().userObject() instanceof LabCommand
        && message != null && message.startsWith("Invalid value for")) {
      OptionSpec o = (OptionSpec) arg;
      LabCommand.Range r = LabCommand.RANGES.get(o.longestName());
      if (r != null) {
        List<String> given = o.originalStringValues();
        String value = ex.getValue() != null ? ex.getValue() : given.isEmpty() ? "" : given.get(given.size() - 1);
        return name + ": " + r.notANumber(value);
      }
    }
    boolean needsHelp = ex instanceof CommandLine.UnmatchedArgumentException
        || ex instanceof CommandLine.MissingParameterException;
    return name + ": " + message + (needsHelp ? " (see " + name + " --help)" : "");
  }
}
