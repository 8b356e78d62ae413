package eu.sovereignradar.generator.content;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Decodes a content file's bytes into text that later stages can trust: strict UTF-8 (an invalid
 * byte is reported with its line rather than silently replaced), the byte-order mark dropped and
 * CRLF or CR line endings turned into LF, so a file saved on Windows behaves like its plain twin.
 */
public final class SourceDecoder {
  private SourceDecoder() {}

  /** The decoded text, or empty after reporting {@code file.invalid-utf8}. */
  public static Optional<String> decode(String path, byte[] bytes, Consumer<Diagnostic> report) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      report.accept(
          Diagnostic.error(
              "file.invalid-utf8",
              new SourcePosition(path, line, offset - lineStart + 1),
              "the file is not valid UTF-8 (byte 0x"
                  + String.format("%02X", bytes[offset] & 0xff)
                  + " at byte offset "
                  + offset
                  + ")",
              "save the file as UTF-8 in your editor; this often comes from text pasted from a"
                  + " Windows-1252 or Latin-1 document"));
      return Optional.empty();
    }
    out.flip();
    String text = out.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    return Optional.of(text);
  }
}
