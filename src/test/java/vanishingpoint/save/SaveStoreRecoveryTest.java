package vanishingpoint.save;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vanishingpoint.save.Fixtures.EARLIER;
import static vanishingpoint.save.Fixtures.NOW;
import static vanishingpoint.save.Fixtures.STAMP;
import static vanishingpoint.save.Fixtures.clockAt;
import static vanishingpoint.save.Fixtures.sample;
import static vanishingpoint.save.Fixtures.savedAt;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vanishingpoint.save.CrashHook.Step;
import vanishingpoint.save.LoadResult.Source;

/** Recovery from a missing, damaged or odd save file, and what a save keeps. */
class SaveStoreRecoveryTest {
  @TempDir Path dir;
  @TempDir Path elsewhere;
  private Path save;
  private Path backup;
  private SaveStore now;
  private byte[] backupBytes;

  /** A save of cursor 2 whose backup holds cursor 1, saved at EARLIER. */
  @BeforeEach
  void twoSaves() throws Exception {
    save = dir.resolve("alice.json");
    backup = dir.resolve("alice.json.bak");
    SaveStore earlier = new SaveStore(dir, clockAt(EARLIER));
    earlier.save(sample("alice", 1));
    earlier.save(sample("alice", 2));
    backupBytes = Files.readAllBytes(backup);
    now = new SaveStore(dir, clockAt(NOW));
  }

  /** Issue 12.1: mv saves/p.json away; the game said "new here" and overwrote the backup. */
  @Test
  void aMissingSaveWithABackupIsRestoredFromTheBackupWithANotice() throws Exception {
    Files.move(save, dir.resolve("alice.json.away"));

    LoadResult loaded = now.load("alice");

    assertThat(loaded.source()).isEqualTo(Source.BACKUP);
    assertThat(loaded.data()).isEqualTo(savedAt(sample("alice", 1), EARLIER));
    assertThat(loaded.notices()).containsExactly("Your save " + save + " was missing; restored from "
        + backup + ", saved at 2026-11-29 01:20.");
    assertThat(save).hasBinaryContent(backupBytes);
    now.save(sample("alice", 5));
    assertThat(backup).hasBinaryContent(backupBytes);
  }

  @Test
  void aMissingSaveWithADamagedBackupStartsAfreshAndKeepsTheBackup() throws Exception {
    Files.delete(save);
    Files.writeString(backup, "junk");

    LoadResult loaded = now.load("alice");

    assertThat(loaded.source()).isEqualTo(Source.FRESH);
    Path kept = dir.resolve("alice.json.bak.corrupt-" + STAMP);
    assertThat(loaded.notices()).containsExactly("Your save " + save + " was missing.",
        "The backup " + backup + " could not be read (line 1: the text is not valid JSON). It was kept as "
            + kept + ". " + Notices.START_AFRESH);
    assertThat(kept).hasContent("junk");
    assertThat(Fixtures.fileNames(dir)).containsExactly(kept.getFileName().toString());
  }

  /** A recovery stopped (as by kill -9) after any of its steps is finished by the next load. */
  @ParameterizedTest
  @EnumSource(value = Step.class, names = {"KEPT_ASIDE", "RESTORED"})
  void aRecoveryStoppedAtAnyStepLosesNothing(Step crashAt) throws Exception {
    Files.writeString(save, "damaged");
    SaveStore crashing = new SaveStore(dir, clockAt(NOW), step -> {
      if (step == crashAt) {
        throw new IOException("simulated crash at " + step);
      }
    });
    assertThatThrownBy(() -> crashing.load("alice")).hasMessage("simulated crash at " + crashAt);

    LoadResult loaded = now.load("alice");

    assertThat(loaded.data()).isEqualTo(savedAt(sample("alice", 1), EARLIER));
    assertThat(save).hasBinaryContent(backupBytes);
    assertThat(backup).hasBinaryContent(backupBytes);
    assertThat(dir.resolve("alice.json.corrupt-" + STAMP)).hasContent("damaged");
  }

  /** Issue 12.6: the copy kept aside put /etc/passwd's contents in the saves folder. */
  @Test
  void aSymlinkIsKeptAsALinkAndItsTargetIsNeitherReadNorCopied() throws Exception {
    Path secret = elsewhere.resolve("passwd");
    Files.writeString(secret, "root:x:0:0:secret\n");
    Files.delete(save);
    Files.createSymbolicLink(save, secret);

    LoadResult loaded = now.load("alice");

    assertThat(loaded.source()).isEqualTo(Source.BACKUP);
    Path kept = dir.resolve("alice.json.corrupt-" + STAMP);
    assertThat(loaded.notices().get(0)).startsWith("Your save " + save + " could not be read (it is a"
        + " symbolic link, and a save must be a file of its own). It was kept as " + kept + ".");
    assertThat(kept).isSymbolicLink();
    assertThat(Files.readSymbolicLink(kept)).isEqualTo(secret);
    assertThat(secret).hasContent("root:x:0:0:secret\n");
    assertThat(save).isRegularFile().hasBinaryContent(backupBytes);
    try (var files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          assertThat(Fixtures.text(p)).doesNotContain("secret");
        }
      }
    }
  }

  /** Issue 12.6: a symlinked good save was silently replaced by a regular file. */
  @Test
  void aSymlinkToAGoodSaveIsNotReplacedSilently() throws Exception {
    Path real = elsewhere.resolve("alice.json");
    Files.move(save, real);
    Files.createSymbolicLink(save, real);

    LoadResult loaded = now.load("alice");

    assertThat(loaded.notices()).hasSize(1);
    assertThat(loaded.notices().get(0)).contains("symbolic link");
    assertThat(dir.resolve("alice.json.corrupt-" + STAMP)).isSymbolicLink();
    assertThat(Files.readSymbolicLink(dir.resolve("alice.json.corrupt-" + STAMP))).isEqualTo(real);
  }

  /** Issue 12.3: a FIFO at the save path hung the start for ever. */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoIsNeverOpened() throws Exception {
    Files.delete(save);
    assertThat(new ProcessBuilder("mkfifo", save.toString()).start().waitFor()).isZero();

    LoadResult loaded = now.load("alice");

    assertThat(loaded.source()).isEqualTo(Source.BACKUP);
    assertThat(loaded.notices().get(0)).contains("it is not a regular file but a pipe, a device or a socket");
    assertThat(dir.resolve("alice.json.corrupt-" + STAMP)).satisfies(p ->
        assertThat(Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).isFalse());
  }

  /** Issue 12.3: a symlink to /dev/zero ended in an OutOfMemoryError. */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aLinkToAnEndlessDeviceIsNeverRead() throws Exception {
    Files.delete(save);
    Files.createSymbolicLink(save, Path.of("/dev/zero"));

    assertThat(now.load("alice").source()).isEqualTo(Source.BACKUP);
  }

  @Test
  void aFolderAtTheSavePathIsMovedAside() throws Exception {
    Files.delete(save);
    Files.createDirectory(save);

    LoadResult loaded = now.load("alice");

    assertThat(loaded.source()).isEqualTo(Source.BACKUP);
    assertThat(loaded.notices().get(0)).contains("it is a folder, not a file");
    assertThat(dir.resolve("alice.json.corrupt-" + STAMP)).isDirectory();
    assertThat(save).hasBinaryContent(backupBytes);
  }

  /** Issue 12.4: the backup's copy of a 0444 save kept mode 0444 and could not be reopened. */
  @Test
  void aReadOnlySaveIsBackedUpIntoAFileOfOurOwnMode() throws Exception {
    Files.setPosixFilePermissions(save, PosixFilePermissions.fromString("r--r--r--"));

    now.save(sample("alice", 3));

    assertThat(Files.getPosixFilePermissions(backup)).contains(PosixFilePermission.OWNER_WRITE);
    assertThat(Files.getPosixFilePermissions(save)).contains(PosixFilePermission.OWNER_WRITE);
    assertThat(now.load("alice").data()).isEqualTo(savedAt(sample("alice", 3), NOW));
  }

  /** Issue 12.6: fields of a newer version were dropped on the next save. */
  @Test
  void unknownTopLevelFieldsSurviveALoadAndASave() throws Exception {
    JsonObject tree = JsonParser.parseString(Fixtures.text(save)).getAsJsonObject();
    JsonObject future = new JsonObject();
    future.addProperty("theme", "solarized");
    tree.add("fromTheFuture", future);
    tree.addProperty("alsoNew", 42);
    Files.writeString(save, tree.toString(), UTF_8);

    LoadResult loaded = now.load("alice");
    assertThat(loaded.notices()).isEmpty();
    now.save(loaded.data().withUpdatedAt(NOW.toString()));

    JsonObject written = JsonParser.parseString(Fixtures.text(save)).getAsJsonObject();
    assertThat(written.get("fromTheFuture")).isEqualTo(future);
    assertThat(written.get("alsoNew").getAsInt()).isEqualTo(42);
    assertThat(written.has("unknownFields")).isFalse();
    assertThat(now.load("alice").data().unknownFields()).isEqualTo(loaded.data().unknownFields());
  }
}
