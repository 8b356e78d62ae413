package eu.sovereignradar.generator.render.safety;

import java.util.Locale;
import java.util.Set;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Which link and image URLs may appear in generated pages: relative URLs, and absolute ones with
 * the scheme {@code http}, {@code https} or {@code mailto}. Anything else ({@code javascript:},
 * {@code data:}, {@code vbscript:}, {@code file:}, unknown schemes) is made inert: links point to
 * {@code #}, images get an empty source.
 *
 * <p>The scheme is judged the way a browser would read it, not as written: numeric character
 * references and the named references {@code &colon;}, {@code &Tab;}, {@code &NewLine;} and {@code
 * &amp;} are decoded (repeatedly, so double-encoded input is judged pessimistically), ASCII control
 * characters are removed wherever they are (browsers drop tabs and newlines inside URLs), leading
 * spaces are stripped and the scheme is compared ignoring case. So {@code JaVaScRiPt:}, {@code
 * java&#x09;script:} and {@code &#106;avascript:} are all refused. CommonMark has already decoded
 * every entity of the Markdown source before the URL reaches this class; the extra decoding only
 * errs on the side of refusing. Immutable and thread-safe.
 */
public final class UrlPolicy implements UrlSanitizer {
  private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
  private static final int MAX_DECODING_ROUNDS = 4;

  /** Named references that can form a scheme or hide one; compared ignoring case. */
  private static final String[][] NAMED = {
    {"&colon;", ":"}, {"&tab;", "\t"}, {"&newline;", "\n"}, {"&amp;", "&"}
  };

  /** The instance handed to CommonMark's renderer. */
  public static final UrlPolicy INSTANCE = new UrlPolicy();

  /** What an unsafe link becomes. */
  public static final String INERT_LINK = "#";

  /** What an unsafe image source becomes: an empty source loads nothing. */
  public static final String INERT_IMAGE = "";

  private UrlPolicy() {}

  /** True when {@code url} is relative or uses an allowed scheme. */
  public static boolean isAllowed(String url) {
    String s = url;
    for (int i = 0; i < MAX_DECODING_ROUNDS; i++) {
      String decoded = decodeReferences(s);
      if (decoded.equals(s)) {
        break;
      }
      s = decoded;
    }
    s = stripControls(s);
    int colon = s.indexOf(':');
    if (colon < 0) {
      return true;
    }
    for (int i = 0; i < colon; i++) {
      char c = s.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        // A colon after the path, query or fragment has begun is no scheme separator.
        return true;
      }
    }
    return ALLOWED_SCHEMES.contains(s.substring(0, colon).toLowerCase(Locale.ROOT));
  }

  /** {@code url} when allowed, otherwise {@link #INERT_LINK}. */
  public static String link(String url) {
    return isAllowed(url) ? url : INERT_LINK;
  }

  @Override
  public String sanitizeLinkUrl(String url) {
    return link(url);
  }

  @Override
  public String sanitizeImageUrl(String url) {
    return isAllowed(url) ? url : INERT_IMAGE;
  }

  /** Removes C0 controls and DEL anywhere, then leading spaces. */
  private static String stripControls(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != 0x7f) {
        sb.append(c);
      }
    }
    int start = 0;
    while (start < sb.length() && sb.charAt(start) == ' ') {
      start++;
    }
    return sb.substring(start);
  }

  private static String decodeReferences(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '&') {
        int consumed = decodeOne(s, i, sb);
        if (consumed > 0) {
          i += consumed;
          continue;
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
  }

  /** Appends the character of the reference at {@code at} and returns its length, or 0. */
  private static int decodeOne(String s, int at, StringBuilder sb) {
    for (String[] named : NAMED) {
      if (s.regionMatches(true, at, named[0], 0, named[0].length())) {
        sb.append(named[1]);
        return named[0].length();
      }
    }
    if (at + 2 >= s.length() || s.charAt(at + 1) != '#') {
      return 0;
    }
    boolean hex = s.charAt(at + 2) == 'x' || s.charAt(at + 2) == 'X';
    int start = at + (hex ? 3 : 2);
    int end = start;
    while (end < s.length()
        && end - start < 8
        && Character.digit(s.charAt(end), hex ? 16 : 10) >= 0) {
      end++;
    }
    if (end == start) {
      return 0;
    }
    long code = Long.parseLong(s.substring(start, end), hex ? 16 : 10);
    // Browsers accept a reference without its semicolon; an invalid code point becomes U+FFFD.
    sb.appendCodePoint(code > 0 && code <= Character.MAX_CODE_POINT ? (int) code : 0xFFFD);
    return (end < s.length() && s.charAt(end) == ';' ? end + 1 : end) - at;
  }
}
