package vanishingpoint.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vanishingpoint.host.AppPaths;
import vanishingpoint.save.SaveBackend;
import vanishingpoint.save.SaveBackend.Raw;
import vanishingpoint.save.SaveBackend.Slot;
import vanishingpoint.save.SaveStore;

/**
 * {@code play store export|import}: moves a class between the saves folder and a database. Every
 * save goes with its backup, byte for byte, and every claimed key with it. Running it again
 * changes nothing. A save that is newer where it would go is kept (and named) unless
 * {@code --force}; so is a name claimed there by another key. Run it with the servers stopped: a
 * game running meanwhile writes its save after the copy.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = {"Move a class between the saves folder and a database (see play serve --store):",
        "  play store import --store URL [--saves DIR]   the folder into the database",
        "  play store export --store URL [--saves DIR]   the database into the folder",
        "Every save with its backup, byte for byte, and every claimed key. Running it again changes nothing."
            + " Stop the servers first."},
    subcommands = {StoreCommand.Import.class, StoreCommand.Export.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:everything was copied (or was already there)", "1:the database or the folder cannot be"
        + " read or written, or some saves or keys were kept because they are newer or another key's"
        + " (--force copies them)", "2:invalid options"})
public final class StoreCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say import or export");
  }

  /** The options both directions take. */
  abstract static class Move implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "URL", required = true,
        description = "the database: postgresql://USER@HOST:PORT/DB (password from PGPASSWORD)")
    String store;

    @Option(names = "--saves", paramLabel = "DIR", description = "the saves folder. Default: saves/ of the project.")
    Path saves;

    @Option(names = "--force", description = "overwrite newer saves and names claimed by another key")
    boolean force;

    @Spec
    CommandSpec spec;

    abstract boolean intoDatabase();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      String name = "play store " + spec.name();
      try {
        StoreUrl.parse(store, System.getenv());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--store: " + e.getMessage());
      }
      Path dir = (saves != null ? saves : AppPaths.defaultSaves(AppPaths.home())).toAbsolutePath().normalize();
      try (Store db = Store.open(store, dir, System.getenv()); Store folder = Store.folder(dir)) {
        Report r = intoDatabase() ? copy(folder, db, force) : copy(db, folder, force);
        out.println(r.summary(intoDatabase() ? folder.describe() : db.describe(),
            intoDatabase() ? db.describe() : folder.describe()));
        r.kept.forEach(k -> err.println(name + ": kept " + k + (force ? "" : " (--force copies it)")));
        r.unreadable.forEach(u -> err.println(name + ": not copied: " + u));
        out.flush();
        return r.kept.isEmpty() && r.unreadable.isEmpty() ? 0 : 1;
      } catch (IOException e) {
        err.println(name + ": --store: " + e.getMessage());
        return 1;
      }
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Copy the saves folder (saves, backups, claimed keys) into the database.")
  static final class Import extends Move {
    @Override
    boolean intoDatabase() {
      return true;
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Copy the database (saves, backups, claimed keys) into the saves folder.")
  static final class Export extends Move {
    @Override
    boolean intoDatabase() {
      return false;
    }
  }

  /** What a copy did. */
  static final class Report {
    int saves;
    int savesUnchanged;
    int keys;
    int keysUnchanged;
    final List<String> kept = new ArrayList<>();
    final List<String> unreadable = new ArrayList<>();

    String summary(String from, String to) {
      return "Copied " + saves + (saves == 1 ? " save" : " saves") + " (and their backups) and " + keys
          + (keys == 1 ? " claimed key" : " claimed keys") + " from " + from + " to " + to + "; "
          + savesUnchanged + " saves and " + keysUnchanged + " keys were there already"
          + (kept.isEmpty() ? "" : "; " + kept.size() + " kept") + ".";
    }
  }

  /** Copies every save (with its backup) and every claimed key of {@code from} into {@code to}. */
  static Report copy(Store from, Store to, boolean force) throws IOException {
    Report r = new Report();
    SaveBackend src = from.saves();
    SaveBackend dst = to.saves();
    SaveStore srcStore = new SaveStore(src, Clock.systemUTC());
    SaveStore dstStore = new SaveStore(dst, Clock.systemUTC());
    for (String name : src.profiles()) {
      Raw save = src.read(name, Slot.SAVE);
      Raw backup = src.read(name, Slot.BACKUP);
      if (save.problem() != null || backup.problem() != null) {
        r.unreadable.add("the save of " + name + ": " + (save.problem() != null ? save.problem() : "its backup: "
            + backup.problem()));
        continue;
      }
      Raw there = dst.read(name, Slot.SAVE);
      Raw thereBackup = dst.read(name, Slot.BACKUP);
      if (Arrays.equals(save.bytes(), there.bytes()) && Arrays.equals(backup.bytes(), thereBackup.bytes())) {
        r.savesUnchanged++;
        continue;
      }
      if (!force && !there.absent() && newer(dstStore.peek(name), srcStore.peek(name))) {
        r.kept.add("the save of " + name + ": it is newer in " + to.describe());
        continue;
      }
      dst.put(name, save.bytes(), backup.bytes());
      r.saves++;
    }
    for (Map.Entry<String, String> claim : from.claims().all().entrySet()) {
      String name = claim.getKey();
      String there = to.claims().keyOf(name);
      if (claim.getValue().equals(there)) {
        r.keysUnchanged++;
      } else if (there == null ? to.claims().create(name, claim.getValue()) : force) {
        if (there != null) {
          to.claims().put(name, claim.getValue());
        }
        r.keys++;
      } else {
        r.kept.add("the name " + name + ": another key claimed it in " + to.describe());
      }
    }
    return r;
  }

  /** True if the save there is later than the one to copy (an unreadable one is never newer). */
  private static boolean newer(SaveStore.Peek there, SaveStore.Peek copy) {
    if (!there.ok()) {
      return false;
    }
    if (!copy.ok()) {
      return true;
    }
    return java.time.Instant.parse(there.data().updatedAt()).isAfter(java.time.Instant.parse(copy.data().updatedAt()));
  }
}
