package eu.sovereignradar.generator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded generators of hostile input for the property tests: random bytes biased towards what UTF-8
 * decoding, the front-matter splitter, YAML and the field checks care about, and random mutations
 * of valid files (which reach deeper than pure noise). Same seed, same inputs, so a failure
 * message's seed and case number reproduce it.
 */
public final class HostileInputs {
  /** Fragments that steer random text into interesting places. */
  private static final String[] TOKENS = {
    "---",
    "---\n",
    "\n",
    "\r\n",
    "\r",
    ":",
    ": ",
    "- ",
    "  ",
    "    ",
    "\t",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a ",
    "*a",
    "&x [a, b]",
    "<<: *a",
    "!!str ",
    "!!java.net.URL ",
    "!!javax.script.ScriptEngineManager ",
    "!<tag:yaml.org,2002:java.net.URL> ",
    "!x ",
    "? ",
    "|\n",
    ">-\n",
    "'",
    "\"",
    "\\",
    "\\u",
    "\\x",
    "#",
    "%YAML 1.1\n",
    "%TAG ! tag:x.org:\n",
    "...\n",
    "title: ",
    "ring: ",
    "quadrant: ",
    "adopt",
    "tools",
    "replaces:\n  - ",
    "history:\n  - date: ",
    "tags: [",
    "links:\n  - url: ",
    "capabilities:\n  ",
    "https://x.org/",
    "javascript:alert(1)",
    "<script>",
    "</script>",
    "${x}",
    "<#assign x=1>",
    "\uFEFF",
    "\u2028",
    "\u2029",
    "\u0000",
    "\u001B",
    "\u202E",
    "é",
    "😀",
    "0x1F",
    ".inf",
    "1_000",
    "1e999",
    "(",
    ")",
    "MIT",
    " AND ",
    " OR ",
    " WITH ",
    "proprietary",
    "~",
    "null",
    "yes",
    "2026-02-30",
    "-1",
    "9999999999999999999999",
    "licence: ",
    "origin: ",
    "DE",
    "community",
    "scoring:\n  licence: ",
    "edition:\n  id: ",
    "previousDate: ",
    "color: ",
    "#zzzzzz",
  };

  /**
   * Byte sequences that are not UTF-8: stray continuation, overlong, surrogate, truncated, too
   * high.
   */
  private static final byte[][] BAD_UTF8 = {
    {(byte) 0x80},
    {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xE2, (byte) 0x82},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xFF},
    {(byte) 0xFE, (byte) 0xFF},
  };

  private HostileInputs() {}

  /**
   * Up to {@code maxLength} bytes mixing tokens, random printable text, raw bytes and bad UTF-8.
   */
  public static byte[] randomBytes(SplittableRandom r, int maxLength) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int target = r.nextInt(maxLength + 1);
    if (r.nextInt(3) == 0) {
      out.writeBytes("---\n".getBytes(StandardCharsets.UTF_8));
    }
    while (out.size() < target) {
      out.writeBytes(fragment(r));
    }
    return out.toByteArray();
  }

  /** {@code valid} after 1 to {@code maxMutations} random edits. */
  public static byte[] mutate(SplittableRandom r, byte[] valid, int maxMutations) {
    byte[] b = valid;
    int n = 1 + r.nextInt(maxMutations);
    for (int i = 0; i < n; i++) {
      b = mutateOnce(r, b);
    }
    return b;
  }

  private static byte[] mutateOnce(SplittableRandom r, byte[] b) {
    int at = b.length == 0 ? 0 : r.nextInt(b.length + 1);
    switch (r.nextInt(7)) {
      case 0: // insert a fragment
        return splice(b, at, at, fragment(r));
      case 1:
        { // delete a range
          int end = Math.min(b.length, at + 1 + r.nextInt(20));
          return splice(b, at, end, new byte[0]);
        }
      case 2:
        { // duplicate a range
          int end = Math.min(b.length, at + 1 + r.nextInt(40));
          return splice(b, at, at, Arrays.copyOfRange(b, at, end));
        }
      case 3:
        { // overwrite one byte
          if (b.length == 0) {
            return b;
          }
          byte[] c = b.clone();
          c[Math.min(at, c.length - 1)] = (byte) r.nextInt(256);
          return c;
        }
      case 4: // truncate
        return Arrays.copyOf(b, at);
      case 5:
        { // repeat a fragment many times (deep nesting, long lines, many values)
          byte[] f = fragment(r);
          byte[] many = new byte[f.length * (1 + r.nextInt(200))];
          for (int i = 0; i < many.length; i += f.length) {
            System.arraycopy(f, 0, many, i, f.length);
          }
          return splice(b, at, at, many);
        }
      default:
        { // swap the line endings for CRLF or CR
          String s = new String(b, StandardCharsets.ISO_8859_1);
          return (r.nextBoolean() ? s.replace("\n", "\r\n") : s.replace("\n", "\r"))
              .getBytes(StandardCharsets.ISO_8859_1);
        }
    }
  }

  private static byte[] fragment(SplittableRandom r) {
    switch (r.nextInt(6)) {
      case 0:
        return BAD_UTF8[r.nextInt(BAD_UTF8.length)].clone();
      case 1:
        {
          byte[] raw = new byte[1 + r.nextInt(4)];
          r.nextBytes(raw);
          return raw;
        }
      case 2:
        {
          StringBuilder sb = new StringBuilder();
          int len = 1 + r.nextInt(8);
          for (int i = 0; i < len; i++) {
            sb.append((char) (' ' + r.nextInt(95)));
          }
          return sb.toString().getBytes(StandardCharsets.UTF_8);
        }
      default:
        return TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
    }
  }

  private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
    byte[] c = new byte[b.length - (to - from) + insert.length];
    System.arraycopy(b, 0, c, 0, from);
    System.arraycopy(insert, 0, c, from, insert.length);
    System.arraycopy(b, to, c, from + insert.length, b.length - to);
    return c;
  }

  /** The bytes as a Java string literal, for failure messages. */
  public static String describe(byte[] b) {
    StringBuilder sb = new StringBuilder("\"");
    for (byte x : Arrays.copyOf(b, Math.min(b.length, 600))) {
      int c = x & 0xff;
      if (c == '"' || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c >= 0x20 && c < 0x7f) {
        sb.append((char) c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else {
        sb.append(String.format(java.util.Locale.ROOT, "\\x%02x", c));
      }
    }
    return sb.append(b.length > 600 ? "\"... (" + b.length + " bytes)" : "\"").toString();
  }
}
