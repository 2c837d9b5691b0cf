package vanishingpoint.save;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProfileLockTest {
  private static final String IN_USE = "profile \"alice\" is already being played in another session;"
      + " close that one first, or pick another name with --profile";

  @TempDir Path dir;

  @Test
  void aSecondSessionInThisJvmIsRefusedUntilTheFirstCloses() throws Exception {
    ProfileLock first = ProfileLock.acquire(dir, "alice");

    assertThatThrownBy(() -> ProfileLock.acquire(dir, "alice"))
        .isInstanceOf(ProfileInUseException.class).hasMessage(IN_USE);
    try (ProfileLock other = ProfileLock.acquire(dir, "bob")) {
      assertThat(other).isNotNull(); // other profiles are free
    }

    first.close();
    first.close(); // idempotent
    try (ProfileLock again = ProfileLock.acquire(dir, "alice")) {
      assertThat(dir.resolve("alice.lock")).exists();
    }
  }

  @Test
  void anotherProcessIsRefusedWhileHeldAndAdmittedAfter() throws Exception {
    try (ProfileLock held = ProfileLock.acquire(dir, "alice")) {
      assertThat(probe("try")).isEqualTo("in-use: " + IN_USE);
    }
    assertThat(probe("try")).isEqualTo("acquired");
  }

  @Test
  void aRefusedAttemptInThisJvmDoesNotLoosenTheLockForOtherProcesses() throws Exception {
    // On POSIX, closing any channel on a file drops all of this process's locks on it; a
    // refused attempt must therefore never open one.
    try (ProfileLock held = ProfileLock.acquire(dir, "alice")) {
      for (int i = 0; i < 3; i++) {
        assertThatThrownBy(() -> ProfileLock.acquire(dir, "alice"))
            .isInstanceOf(ProfileInUseException.class);
      }
      assertThat(probe("try")).isEqualTo("in-use: " + IN_USE);
    }
  }

  @Test
  void theLockDiesWithItsProcessEvenOnKill9() throws Exception {
    ChildJvm child = ChildJvm.start(LockProbe.class, dir.toString(), "alice", "hold");
    try {
      assertThat(child.readLine()).isEqualTo("acquired");
      assertThatThrownBy(() -> ProfileLock.acquire(dir, "alice"))
          .isInstanceOf(ProfileInUseException.class).hasMessage(IN_USE);
    } finally {
      child.kill();
    }
    try (ProfileLock mine = ProfileLock.acquire(dir, "alice")) {
      assertThat(mine).isNotNull();
    }
  }

  @Test
  void createsTheFolderAndChecksTheName() throws Exception {
    Path nested = dir.resolve("new/saves");
    try (ProfileLock lock = ProfileLock.acquire(nested, "alice")) {
      assertThat(nested.resolve("alice.lock")).isRegularFile();
    }
    assertThatThrownBy(() -> ProfileLock.acquire(dir, "../alice"))
        .isInstanceOf(InvalidProfileNameException.class);
  }

  private String probe(String mode) throws Exception {
    ChildJvm child = ChildJvm.start(LockProbe.class, dir.toString(), "alice", mode);
    String line = child.readLine();
    assertThat(child.process.waitFor()).isZero();
    return line;
  }
}
