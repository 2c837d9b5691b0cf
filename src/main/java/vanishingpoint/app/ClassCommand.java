package vanishingpoint.app;

import vanishingpoint.host.AppPaths;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vanishingpoint.lesson.Content;
import vanishingpoint.ui.Style;

/**
 * {@code play class}: a teacher's view of the saves folder. Reads every save without a lock and
 * writes nothing, so it can run while {@code play serve} and games are running.
 */
@Command(name = "class", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"A teacher's view of a class: one row per student (last seen, lessons done, mastery per"
        + " topic, stars per challenge, cards due today, streak), then the questions the class gets"
        + " wrong most. Reads the saves only: safe while the server and games run."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the report was written", "1:the saves folder or database cannot be read (or the report cannot be"
        + " written)", "2:invalid options"})
final class ClassCommand implements Callable<Integer> {

  @Option(names = "--saves", paramLabel = "DIR",
      description = "folder of the saves, as given to play and play serve. Default: saves/ of the project.")
  Path saves;

  @Option(names = "--store", paramLabel = "URL",
      description = "read the saves from this PostgreSQL database, as given to play serve --store"
          + " (postgresql://USER@HOST:PORT/DB; password from PGPASSWORD) instead of the saves folder")
  String store;

  @Option(names = "--json", description = "one JSON document, every question answered")
  boolean json;

  @Option(names = "--csv", description = "CSV (RFC 4180) with a header row, every question answered")
  boolean csv;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "report as if today were this date (due cards, mastery and streak depend on the day)")
  LocalDate today;

  @Spec
  CommandSpec spec;

  private final Supplier<Content> content;
  private final OutputStream out;
  private final Map<String, String> env;

  ClassCommand(Supplier<Content> content) {
    this(content, System.out, System.getenv());
  }

  /** For tests: where the report goes, and the environment that decides Unicode or ASCII. */
  ClassCommand(Supplier<Content> content, OutputStream out, Map<String, String> env) {
    this.content = content;
    this.out = out;
    this.env = env;
  }

  @Override
  public Integer call() {
    if (json && csv) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--json and --csv cannot be used together");
    }
    Path dir = (saves != null ? saves : AppPaths.defaultSaves(AppPaths.home())).toAbsolutePath().normalize();
    ClassReport report;
    if (store != null) {
      try {
        vanishingpoint.store.StoreUrl.parse(store, System.getenv());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--store: " + e.getMessage());
      }
      try (vanishingpoint.store.Store db = vanishingpoint.store.Store.open(store, dir, System.getenv())) {
        report = ClassReport.build(new vanishingpoint.save.SaveStore(db.saves(), Main.clock(today)), db.describe(),
            content.get(), Main.clock(today));
      } catch (IOException e) {
        spec.commandLine().getErr().println("play class: --store: " + e.getMessage());
        return 1;
      }
      return write(report);
    }
    try {
      report = ClassReport.build(dir, content.get(), Main.clock(today));
    } catch (NoSuchFileException e) {
      return cannotRead(dir, "there is no such folder");
    } catch (NotDirectoryException e) {
      return cannotRead(dir, "it is not a folder");
    } catch (IOException e) {
      return cannotRead(dir, e instanceof java.nio.file.AccessDeniedException ? "permission denied"
          : String.valueOf(e.getMessage()));
    }
    return write(report);
  }

  private int write(ClassReport report) {
    boolean unicode = Style.isUtf8Locale(env);
    // JSON and CSV always in UTF-8, for programs; the table in what the terminal takes.
    Charset charset = json || csv || unicode ? UTF_8 : Charset.defaultCharset();
    String text = json ? ClassFormats.json(report) : csv ? ClassFormats.csv(report)
        : ClassFormats.table(report, unicode);
    PrintStream ps = new PrintStream(out, false, charset);
    ps.print(text);
    ps.flush();
    return ps.checkError() ? 1 : 0;
  }

  private int cannotRead(Path dir, String why) {
    spec.commandLine().getErr().println("play class: cannot read the saves folder " + dir + ": " + why);
    return 1;
  }

  /** A date like 2026-11-29, or a message that says so (picocli names the option). */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a date like 2026-11-29");
      }
    }
  }
}
