package vanishingpoint.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MainBackgroundTest {

  /** Issue 12.3: an Error in the save loader left start-up waiting for ever in a raw terminal. */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void anErrorInAStartUpJobEndsTheWaitForIt() {
    var job = Main.background("test", () -> {
      throw new OutOfMemoryError("simulated");
    });

    assertThatThrownBy(job::join).isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(OutOfMemoryError.class);
  }
}
