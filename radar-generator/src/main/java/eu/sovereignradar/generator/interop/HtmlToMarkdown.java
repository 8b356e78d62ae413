package eu.sovereignradar.generator.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns untrusted HTML (a BYOR or Backstage description) into Markdown that says the same and
 * cannot become markup. jsoup parses it the way a browser would, malformed input included; the
 * converter then writes out only what it knows: paragraphs, headings, lists, quotes, code, emphasis
 * and links whose URL is absolute {@code http}, {@code https} or {@code mailto}. Every character of
 * text that Markdown could read as syntax is backslash-escaped ({@code <} included), so no raw HTML
 * and no link the source did not make with an allowed URL can come out. Scripts, styles, frames,
 * forms and embedded objects are dropped with their content; images keep only their alt text;
 * relative links (BYOR's {@code /radar/tools/x} point into the Thoughtworks site) keep their text
 * only. Stateless and thread-safe.
 */
public final class HtmlToMarkdown {
  private static final Set<String> DROPPED =
      Set.of(
          "script",
          "style",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "template",
          "noscript",
          "svg",
          "math",
          "form",
          "input",
          "button",
          "select",
          "textarea",
          "head",
          "title",
          "meta",
          "link",
          "base",
          "audio",
          "video",
          "canvas");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "header",
          "footer",
          "main",
          "aside",
          "nav",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "blockquote",
          "pre",
          "hr",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "dl",
          "dt",
          "dd",
          "figure",
          "figcaption",
          "body",
          "details",
          "summary",
          "address",
          "center");
  private static final Pattern LINE_START = Pattern.compile("^(\\s*)([#+=>-]|\\d+[.)])");
  private static final Pattern ALLOWED_URL = Pattern.compile("(?i)^(https?://|mailto:)\\S+$");

  private HtmlToMarkdown() {}

  /** The Markdown for {@code html}; empty for empty or only dropped input. */
  public static String convert(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    List<String> blocks = new ArrayList<>();
    blocks(body, blocks);
    return String.join("\n\n", blocks).strip();
  }

  /** True when {@code text} holds an HTML tag, so a Markdown field is better read as HTML. */
  public static boolean looksLikeHtml(String text) {
    return Pattern.compile(
            "(?i)<(p|a|b|i|em|strong|br|ul|ol|li|div|span|code|pre|h[1-6]|blockquote|script)[\\s>/]")
        .matcher(text)
        .find();
  }

  private static void blocks(Element parent, List<String> out) {
    StringBuilder paragraph = new StringBuilder();
    for (Node child : parent.childNodes()) {
      if (child instanceof Element e && BLOCKS.contains(tag(e))) {
        flush(paragraph, out);
        block(e, out);
      } else {
        paragraph.append(inline(child));
      }
    }
    flush(paragraph, out);
  }

  private static void flush(StringBuilder paragraph, List<String> out) {
    String text =
        paragraph.toString().replaceAll("[ \\t]+", " ").replaceAll(" ?\\\\\n ?", "\\\\\n");
    text = text.strip();
    paragraph.setLength(0);
    if (!text.isEmpty() && !text.equals("\\")) {
      out.add(protectLineStarts(text));
    }
  }

  private static void block(Element e, List<String> out) {
    String tag = tag(e);
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        String text = inlineText(e);
        if (!text.isEmpty()) {
          out.add((tag.equals("h1") || tag.equals("h2") ? "## " : "### ") + text);
        }
      }
      case "ul", "ol" -> {
        List<String> items = new ArrayList<>();
        int n = 1;
        for (Element li : e.children()) {
          List<String> inner = new ArrayList<>();
          blocks(li, inner);
          if (inner.isEmpty()) {
            continue;
          }
          String marker = tag.equals("ol") ? (n++) + ". " : "- ";
          String indent = " ".repeat(marker.length());
          String joined = String.join("\n\n", inner).replace("\n", "\n" + indent);
          items.add(marker + joined.replaceAll("\n" + indent + "\n", "\n\n"));
        }
        if (!items.isEmpty()) {
          out.add(String.join("\n", items));
        }
      }
      case "blockquote" -> {
        List<String> inner = new ArrayList<>();
        blocks(e, inner);
        if (!inner.isEmpty()) {
          out.add("> " + String.join("\n\n", inner).replace("\n", "\n> "));
        }
      }
      case "pre" -> {
        String code = e.wholeText().replaceAll("\\s+$", "");
        if (!code.isBlank()) {
          String fence = "`".repeat(Math.max(3, longestRun(code, '`') + 1));
          out.add(fence + "\n" + code + "\n" + fence);
        }
      }
      case "hr" -> out.add("---");
      case "tr" -> {
        List<String> cells = new ArrayList<>();
        for (Element cell : e.children()) {
          String text = inlineText(cell);
          if (!text.isEmpty()) {
            cells.add(text);
          }
        }
        if (!cells.isEmpty()) {
          out.add(protectLineStarts(String.join(" · ", cells)));
        }
      }
      default -> blocks(e, out);
    }
  }

  private static String inlineText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node child : e.childNodes()) {
      sb.append(inline(child));
    }
    return protectLineStarts(sb.toString().replaceAll("\\s+", " ").replace("\\ ", " ").strip());
  }

  private static String inline(Node node) {
    if (node instanceof TextNode t) {
      return escape(t.getWholeText().replaceAll("\\s+", " "));
    }
    if (!(node instanceof Element e)) {
      return "";
    }
    String tag = tag(e);
    if (DROPPED.contains(tag)) {
      return "";
    }
    if (BLOCKS.contains(tag)) {
      // A block inside an inline element (invalid, but jsoup keeps it): its text, on one line.
      return " " + inlineText(e) + " ";
    }
    switch (tag) {
      case "br":
        return "\\\n";
      case "img":
        return escape(e.attr("alt"));
      case "code", "kbd", "samp", "tt":
        return code(e.text());
      default:
        break;
    }
    StringBuilder inner = new StringBuilder();
    for (Node child : e.childNodes()) {
      inner.append(inline(child));
    }
    String text = inner.toString();
    switch (tag) {
      case "strong", "b":
        return wrap(text, "**");
      case "em", "i", "cite", "var":
        return wrap(text, "*");
      case "del", "s", "strike":
        return wrap(text, "~~");
      case "a":
        return link(e.attr("href").strip(), text);
      default:
        return text;
    }
  }

  private static String link(String href, String text) {
    if (!ALLOWED_URL.matcher(href).matches()) {
      return text;
    }
    String url =
        href.replace("\\", "%5C")
            .replace("(", "%28")
            .replace(")", "%29")
            .replace("<", "%3C")
            .replace(">", "%3E");
    String label = text.isBlank() ? escape(href) : text.strip();
    return "[" + label + "](" + url + ")";
  }

  private static String wrap(String text, String marker) {
    String inner = text.strip();
    if (inner.isEmpty()) {
      return text;
    }
    String lead = text.startsWith(" ") ? " " : "";
    String trail = text.endsWith(" ") ? " " : "";
    return lead + marker + inner + marker + trail;
  }

  private static String code(String text) {
    String t = text.replaceAll("\\s+", " ");
    if (t.isBlank()) {
      return "";
    }
    String ticks = "`".repeat(longestRun(t, '`') + 1);
    return ticks + " " + t + " " + ticks;
  }

  private static int longestRun(String s, char c) {
    int best = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == c ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  }

  /** Backslash-escapes every ASCII punctuation character Markdown may read as syntax. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>&|~!{}".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Escapes what would start a heading, list, quote or setext underline at a line's start. */
  private static String protectLineStarts(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = LINE_START.matcher(lines[i]);
      if (m.find()) {
        String marker = m.group(2);
        String escaped =
            Character.isDigit(marker.charAt(0))
                ? marker.substring(0, marker.length() - 1)
                    + "\\"
                    + marker.charAt(marker.length() - 1)
                : "\\" + marker;
        lines[i] = m.group(1) + escaped + lines[i].substring(m.end());
      }
    }
    return String.join("\n", lines);
  }

  private static String tag(Element e) {
    return e.normalName().toLowerCase(Locale.ROOT);
  }
}
