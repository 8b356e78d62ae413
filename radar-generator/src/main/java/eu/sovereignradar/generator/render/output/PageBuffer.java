package eu.sovereignradar.generator.render.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Writer} for one page that holds it in memory and encodes it to UTF-8 in one go when the
 * page is complete; a page that grows past {@value #SPILL_CHARS} characters is written to its
 * {@link Sink} as it grows instead.
 *
 * <p>Why not a {@code BufferedWriter} on the file: FreeMarker writes a page as hundreds of short
 * strings, and a {@code BufferedWriter} takes a lock for each and encodes through a {@code
 * CharsetEncoder} that falls back to a character-by-character loop at the first non-ASCII character
 * (every page has some: "›", "—"). That was a tenth of the samples in a profile of a large build. A
 * plain character array has neither cost, and is encoded once when the page is complete.
 *
 * <p>Why spill: the pages that list every blip grow with the radar. The home page of 100,000 blips
 * is 188 MB; held whole it took 376 MB of characters, twice that while the array grew, and 564 MB
 * more for the encoding: more than a gigabyte for one page. Written in slices of {@value
 * #SPILL_CHARS} characters, a page never holds more than a few megabytes. Not thread-safe: one per
 * page.
 */
public final class PageBuffer extends Writer {
  /** Most pages are 5–15 KB; starting there avoids regrowing the buffer several times per page. */
  private static final int INITIAL_CAPACITY = 16 * 1024;

  /**
   * The size in characters past which a page with a sink is written out: a thousand times a usual
   * page, so only the pages that list a large radar spill.
   */
  public static final int SPILL_CHARS = 1 << 20;

  /** Where a page too large to hold goes, one encoded slice at a time. */
  public interface Sink {
    /** Writes {@code bytes[0, length)}, the next slice of the page in UTF-8. */
    void write(byte[] bytes, int length) throws IOException;
  }

  private final @Nullable Sink sink;
  private final int spillAt;
  private byte @Nullable [] slice;
  private boolean spilled;

  // A char array rather than a StringBuilder: once a builder holds a non-Latin-1 character it
  // copies every appended slice of a string character by character, while String.getChars and
  // System.arraycopy copy whole runs.
  private char[] chars = new char[INITIAL_CAPACITY];
  private int length;

  /** A buffer that holds the whole page, for {@link #utf8()}. */
  public PageBuffer() {
    this(null, Integer.MAX_VALUE);
  }

  /** A buffer that writes the page to {@code sink} once it grows past {@value #SPILL_CHARS}. */
  public PageBuffer(Sink sink) {
    this(sink, SPILL_CHARS);
  }

  PageBuffer(@Nullable Sink sink, int spillAt) {
    this.sink = sink;
    this.spillAt = spillAt;
  }

  @Override
  public void write(char[] source, int offset, int count) throws IOException {
    if (count > spillAt) {
      // A piece larger than a slice (a chart of 100,000 blips is one string of 57 MB) is copied a
      // slice at a time, so the buffer never grows past one slice.
      for (int done = 0; done < count; done += spillAt) {
        write(source, offset + done, Math.min(spillAt, count - done));
      }
      return;
    }
    ensureRoom(count);
    System.arraycopy(source, offset, chars, length, count);
    length += count;
  }

  @Override
  public void write(String s) throws IOException {
    write(s, 0, s.length());
  }

  @Override
  public void write(String s, int offset, int count) throws IOException {
    if (count > spillAt) {
      for (int done = 0; done < count; done += spillAt) {
        write(s, offset + done, Math.min(spillAt, count - done));
      }
      return;
    }
    ensureRoom(count);
    s.getChars(offset, offset + count, chars, length);
    length += count;
  }

  @Override
  public void write(int c) throws IOException {
    ensureRoom(1);
    chars[length++] = (char) c;
  }

  @Override
  public Writer append(CharSequence s) throws IOException {
    write(String.valueOf(s));
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** Whether part of the page went to the sink: then {@link #finish()} writes the rest. */
  public boolean spilled() {
    return spilled;
  }

  /**
   * Writes what is left of a spilled page to the sink. The sink then holds the same bytes as {@link
   * #utf8()} would have given.
   */
  public void finish() throws IOException {
    if (!spilled || sink == null) {
      throw new IllegalStateException("only a page that spilled is finished");
    }
    spill(length);
  }

  /**
   * The page, encoded as UTF-8 in one pass, the same bytes as {@link String#getBytes} with UTF-8
   * would give (a lone surrogate becomes '?'). One pass rather than the three of making a String
   * (trying Latin-1, then copying to UTF-16) and encoding it.
   */
  public byte[] utf8() {
    if (spilled) {
      throw new IllegalStateException("the page went to its sink");
    }
    byte[] out = new byte[length * 3];
    return Arrays.copyOf(out, encode(length, out));
  }

  /**
   * Encodes {@code chars[0, end)} into {@code out} (room for three bytes per character) and returns
   * the number of bytes.
   */
  private int encode(int end, byte[] out) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      char c = chars[i];
      if (c < 0x80) {
        out[n++] = (byte) c;
      } else if (c < 0x800) {
        out[n++] = (byte) (0xC0 | (c >> 6));
        out[n++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < end
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
    return n;
  }

  /** Sends {@code chars[0, end)} to the sink and keeps the characters after it. */
  private void spill(int end) throws IOException {
    Sink to = Objects.requireNonNull(sink, "sink");
    byte[] bytes = slice;
    if (bytes == null || bytes.length < end * 3) {
      bytes = new byte[end * 3];
      slice = bytes;
    }
    to.write(bytes, encode(end, bytes));
    System.arraycopy(chars, end, chars, 0, length - end);
    length -= end;
    spilled = true;
  }

  private void ensureRoom(int count) throws IOException {
    if (sink != null && length + count > spillAt && length > 0) {
      // A high surrogate at the end waits for its low half, which the next write brings.
      int end = Character.isHighSurrogate(chars[length - 1]) ? length - 1 : length;
      if (end > 0) {
        spill(end);
      }
    }
    if (length + count > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
    }
  }
}
