package eu.sovereignradar.generator.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An in-memory {@link Writer} for one page, encoded to UTF-8 in one go when the page is complete.
 *
 * <p>Why not a {@code BufferedWriter} on the file: FreeMarker writes a page as hundreds of short
 * strings, and a {@code BufferedWriter} takes a lock for each and encodes through a {@code
 * CharsetEncoder} that falls back to a character-by-character loop at the first non-ASCII
 * character (every page has some: "›", "—"). That was a tenth of the build's CPU time on large
 * radars. A plain character array has neither cost, and {@link String#getBytes} encodes a whole
 * page with the JDK's fast paths. Not thread-safe: one per page.
 */
final class PageBuffer extends Writer {
  /** Most pages are 5–15 KB; starting there avoids regrowing the buffer several times per page. */
  private static final int INITIAL_CAPACITY = 16 * 1024;

  // A char array rather than a StringBuilder: once a builder holds a non-Latin-1 character it
  // copies every appended slice of a string character by character, while String.getChars and
  // System.arraycopy copy whole runs.
  private char[] chars = new char[INITIAL_CAPACITY];
  private int length;

  @Override
  public void write(char[] source, int offset, int count) {
    ensureRoom(count);
    System.arraycopy(source, offset, chars, length, count);
    length += count;
  }

  @Override
  public void write(String s) {
    write(s, 0, s.length());
  }

  @Override
  public void write(String s, int offset, int count) {
    ensureRoom(count);
    s.getChars(offset, offset + count, chars, length);
    length += count;
  }

  @Override
  public void write(int c) {
    ensureRoom(1);
    chars[length++] = (char) c;
  }

  @Override
  public Writer append(CharSequence s) {
    write(String.valueOf(s));
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** The page so far, encoded as UTF-8. */
  byte[] utf8() {
    return new String(chars, 0, length).getBytes(StandardCharsets.UTF_8);
  }

  private void ensureRoom(int count) {
    if (length + count > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
    }
  }
}
