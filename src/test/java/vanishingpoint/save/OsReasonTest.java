package vanishingpoint.save;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** Issue 12.5: messages gave a temp file's name where the OS's reason belonged. */
class OsReasonTest {
  @Test
  void theReasonNotThePath() {
    assertThat(OsReason.of(new AccessDeniedException("saves/.alice.json.tmp-0123456789abcdef")))
        .isEqualTo("Permission denied");
    assertThat(OsReason.of(new FileSystemException("saves/.alice.json.tmp-0", "saves/alice.json.bak",
        "Is a directory"))).isEqualTo("Is a directory");
    assertThat(OsReason.of(new IOException("No space left on device"))).isEqualTo("No space left on device");
    assertThat(OsReason.of(new java.nio.file.NoSuchFileException("saves/x"))).isEqualTo("No such file or directory");
  }
}
