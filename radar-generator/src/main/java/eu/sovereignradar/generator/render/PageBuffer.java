package eu.sovereignradar.generator.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * An in-memory {@link Writer} for one page, encoded to UTF-8 in one go when the page is complete.
 *
 * <p>Why not a {@code BufferedWriter} on the file: FreeMarker writes a page as hundreds of short
 * strings, and a {@code BufferedWriter} takes a lock for each and encodes through a {@code
 * CharsetEncoder} that falls back to a character-by-character loop at the first non-ASCII
 * character (every page has some: "›", "·", "—"). That was a tenth of the build's CPU time on
 * large radars. A plain {@link StringBuilder} has neither cost, and {@link String#getBytes} encodes
 * a whole page with the JDK's fast paths. Not thread-safe: one per page.
 */
final class PageBuffer extends Writer {
  /** Most pages are 5–15 KB; starting there avoids regrowing the builder several times per page. */
  private static final int INITIAL_CAPACITY = 16 * 1024;

  private final StringBuilder text = new StringBuilder(INITIAL_CAPACITY);

  @Override
  public void write(char[] chars, int offset, int length) {
    text.append(chars, offset, length);
  }

  @Override
  public void write(String s) {
    text.append(s);
  }

  @Override
  public void write(String s, int offset, int length) {
    text.append(s, offset, offset + length);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public Writer append(CharSequence s) {
    text.append(s);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** The page so far, encoded as UTF-8. */
  byte[] utf8() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
