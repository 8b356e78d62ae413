package eu.sovereignradar.generator.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** Environment failures read as a folder and a reason, never as a Java class name. */
class IoDescriptionsTest {
  @Test
  void namesTheFileAndTheReason() {
    assertThat(IoDescriptions.describe(new NoSuchFileException("content", null, "not a folder")))
        .isEqualTo("content: no such file or folder (not a folder)");
    assertThat(IoDescriptions.describe(new AccessDeniedException("site")))
        .isEqualTo("site: permission denied");
    assertThat(
            IoDescriptions.describe(
                new FileSystemException("site/x.html", null, "No space left on device")))
        .isEqualTo("site/x.html: No space left on device");
  }

  @Test
  void neverPrintsAClassName() {
    assertThat(IoDescriptions.describe(new IOException())).isEqualTo("a read or write failed");
    assertThat(IoDescriptions.describe(new NoSuchFileException("content")))
        .doesNotContain("Exception");
  }
}
