package eu.sovereignradar.generator.render.output;

import java.io.Writer;
import java.util.Arrays;

/**
 * An in-memory {@link Writer} for one page, encoded to UTF-8 in one go when the page is complete.
 *
 * <p>Why not a {@code BufferedWriter} on the file: FreeMarker writes a page as hundreds of short
 * strings, and a {@code BufferedWriter} takes a lock for each and encodes through a {@code
 * CharsetEncoder} that falls back to a character-by-character loop at the first non-ASCII character
 * (every page has some: "›", "—"). That was a tenth of the samples in a profile of a large build. A
 * plain character array has neither cost, and is encoded once when the page is complete. Not
 * thread-safe: one per page.
 */
public final class PageBuffer extends Writer {
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

  /**
   * The page so far, encoded as UTF-8 in one pass, the same bytes as {@link String#getBytes} with
   * UTF-8 would give (a lone surrogate becomes '?'). One pass rather than the three of making a
   * String (trying Latin-1, then copying to UTF-16) and encoding it.
   */
  public byte[] utf8() {
    byte[] out = new byte[length * 3];
    int n = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c < 0x80) {
        out[n++] = (byte) c;
      } else if (c < 0x800) {
        out[n++] = (byte) (0xC0 | (c >> 6));
        out[n++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(chars[i + 1])) {
        int cp = Character.toCodePoint(c, chars[++i]);
        out[n++] = (byte) (0xF0 | (cp >> 18));
        out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[n++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        out[n++] = '?';
      } else {
        out[n++] = (byte) (0xE0 | (c >> 12));
        out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[n++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return Arrays.copyOf(out, n);
  }

  private void ensureRoom(int count) {
    if (length + count > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
    }
  }
}
