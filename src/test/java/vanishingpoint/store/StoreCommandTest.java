package vanishingpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vanishingpoint.save.SaveData;
import vanishingpoint.save.SaveStore;

/** play store import and export: a class moves between a folder and a database, byte for byte. */
class StoreCommandTest {

  @TempDir
  Path tmp;

  private static void save(Path dir, String name, Instant at) throws IOException {
    new SaveStore(dir, Clock.fixed(at, ZoneOffset.UTC)).save(SaveData.fresh(name, Instant.parse("2026-11-01T00:00:00Z")));
  }

  /** Every file of the folder that a move carries: saves, backups and claims, by relative path. */
  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
        String rel = dir.relativize(p).toString();
        if (rel.endsWith(".json") || rel.endsWith(".json.bak") || rel.endsWith(".pub")) {
          out.put(rel, Files.readAllBytes(p));
        }
      }
    }
    return out;
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new StoreCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aClassGoesIntoTheDatabaseAndBackByteForByteAndAgainChangesNothing() throws Exception {
    Path folder = tmp.resolve("saves");
    save(folder, "ann", Instant.parse("2026-11-28T10:00:00Z"));
    save(folder, "ann", Instant.parse("2026-11-29T10:00:00Z")); // with a backup
    save(folder, "bo", Instant.parse("2026-11-29T11:00:00Z")); // without one
    Path claims = FolderStore.claimsDir(folder);
    Files.createDirectories(claims);
    Files.writeString(claims.resolve("ann.pub"), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOj ann\n");
    Map<String, byte[]> before = files(folder);
    assertThat(before).containsOnlyKeys("ann.json", "ann.json.bak", "bo.json", ".ssh-server/claimed-keys/ann.pub");

    String url = TestDatabase.newDatabase();
    Run in = run("import", "--store", url, "--saves", folder.toString());
    assertThat(in.code()).as(in.err()).isZero();
    assertThat(in.out()).startsWith("Copied 2 saves (and their backups) and 1 claimed key from " + folder);
    Run again = run("import", "--store", url, "--saves", folder.toString());
    assertThat(again.out()).startsWith("Copied 0 saves (and their backups) and 0 claimed keys")
        .contains("2 saves and 1 keys were there already");

    Path back = tmp.resolve("back");
    Run out = run("export", "--store", url, "--saves", back.toString());
    assertThat(out.code()).as(out.err()).isZero();
    Map<String, byte[]> after = files(back);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));
    assertThat(run("export", "--store", url, "--saves", back.toString()).out()).startsWith("Copied 0 saves");
  }

  @Test
  void aNewerSaveOrAnotherKeysNameIsKeptUnlessForced() throws Exception {
    Path folder = tmp.resolve("saves");
    save(folder, "cy", Instant.parse("2026-11-28T10:00:00Z"));
    String url = TestDatabase.newDatabase();
    try (Store db = TestDatabase.open(url)) {
      SaveStore inDb = new SaveStore(db.saves(), Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
      inDb.save(SaveData.fresh("cy", Instant.parse("2026-11-01T00:00:00Z"))); // played on the servers since
      db.claims().create("cy", "ssh-ed25519 AAAA cy");
    }
    Files.createDirectories(FolderStore.claimsDir(folder));
    Files.writeString(FolderStore.claimsDir(folder).resolve("cy.pub"), "ssh-ed25519 BBBB cy\n");

    Run kept = run("import", "--store", url, "--saves", folder.toString());
    assertThat(kept.code()).isOne();
    assertThat(kept.err()).contains("kept the save of cy: it is newer in postgresql://")
        .contains("kept the name cy: another key claimed it").contains("--force copies it");
    try (Store db = TestDatabase.open(url)) {
      assertThat(new SaveStore(db.saves(), Clock.systemUTC()).peek("cy").data().updatedAt())
          .isEqualTo("2026-11-29T10:00:00Z");
    }

    Run forced = run("import", "--store", url, "--saves", folder.toString(), "--force");
    assertThat(forced.code()).as(forced.err()).isZero();
    try (Store db = TestDatabase.open(url)) {
      assertThat(new SaveStore(db.saves(), Clock.systemUTC()).peek("cy").data().updatedAt())
          .isEqualTo("2026-11-28T10:00:00Z");
      assertThat(db.claims().keyOf("cy")).isEqualTo("ssh-ed25519 BBBB cy");
    }
  }
}
