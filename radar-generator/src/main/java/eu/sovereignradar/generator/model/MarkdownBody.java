package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;

/**
 * A blip's Markdown source as the model keeps it: the text itself, or, in a very large radar, the
 * text deflated.
 *
 * <p>Why deflated: the model holds every body from validation until its page is written, and the
 * bodies are most of the content. 100,000 blips of 3.5 KB held 350 MB of text, which kept the build
 * above a gigabyte; deflated (zlib's fastest level, about 2.7 times smaller) they take 126 MB, for
 * 1–2 % more CPU (deflating each body once, inflating it for each page that shows it). A smaller
 * radar gains nothing it needs from that, so the reader deflates only from {@code
 * validation.BlipReader.DEFLATE_BODIES_FROM} blips on.
 *
 * <p>Two bodies are equal when their texts are; the text's hash is kept, so hashing and most
 * comparisons never inflate. Immutable and thread-safe.
 */
public final class MarkdownBody {
  private static final MarkdownBody EMPTY = new MarkdownBody("", null, 0, 0);

  // One deflater and one inflater per thread, reset for each body: making a deflater allocates and
  // clears a few hundred kilobytes of native tables, which for every body cost more than the
  // deflating itself. They live as long as their thread (the reading and rendering threads).
  private static final ThreadLocal<Deflater> DEFLATER =
      ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
  private static final ThreadLocal<Inflater> INFLATER =
      ThreadLocal.withInitial(() -> new Inflater(true));

  private final @Nullable String text;
  private final byte @Nullable [] deflated;
  private final int utf8Length;
  private final int hash;

  private MarkdownBody(
      @Nullable String text, byte @Nullable [] deflated, int utf8Length, int hash) {
    this.text = text;
    this.deflated = deflated;
    this.utf8Length = utf8Length;
    this.hash = hash;
  }

  /** The body held as text. */
  public static MarkdownBody of(String text) {
    requireNonNull(text, "text");
    return text.isEmpty() ? EMPTY : new MarkdownBody(text, null, 0, text.hashCode());
  }

  /** The body held deflated; {@link #text()} inflates it on every call. */
  public static MarkdownBody deflated(String text) {
    requireNonNull(text, "text");
    if (text.isEmpty()) {
      return EMPTY;
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    Deflater deflater = DEFLATER.get();
    try {
      deflater.setInput(utf8);
      deflater.finish();
      // Deflate's worst case is a few bytes per 16 KB block more than the input.
      byte[] out = new byte[utf8.length + utf8.length / 1000 + 64];
      int n = 0;
      while (!deflater.finished()) {
        if (n == out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        n += deflater.deflate(out, n, out.length - n);
      }
      return new MarkdownBody(null, Arrays.copyOf(out, n), utf8.length, text.hashCode());
    } finally {
      deflater.reset();
    }
  }

  /** The Markdown source. */
  public String text() {
    if (text != null) {
      return text;
    }
    byte[] compressed = requireNonNull(deflated);
    Inflater inflater = INFLATER.get();
    try {
      inflater.setInput(compressed);
      byte[] utf8 = new byte[utf8Length];
      int n = 0;
      while (n < utf8Length) {
        int got = inflater.inflate(utf8, n, utf8Length - n);
        if (got == 0 && (inflater.finished() || inflater.needsInput())) {
          throw new IllegalStateException("a deflated body ended early");
        }
        n += got;
      }
      return new String(utf8, StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new IllegalStateException("a deflated body cannot be inflated", e);
    } finally {
      inflater.reset();
    }
  }

  /** Whether the body is held deflated. */
  public boolean isDeflated() {
    return deflated != null;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MarkdownBody other) || hash != other.hash) {
      return false;
    }
    if (deflated != null && other.deflated != null) {
      // The same text deflated at the same level gives the same bytes.
      return Arrays.equals(deflated, other.deflated);
    }
    return text().equals(other.text());
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** The text, so that a blip prints as it did when its body was a string. */
  @Override
  public String toString() {
    return text();
  }
}
