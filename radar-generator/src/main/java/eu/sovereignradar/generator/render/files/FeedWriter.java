package eu.sovereignradar.generator.render.files;

import eu.sovereignradar.generator.render.safety.Html;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code feed.xml}: an Atom 1.0 feed (RFC 4287) with one entry per edition, newest first.
 * Dates come from the editions, never from the clock, so the same content gives the same file. Ids
 * are the absolute addresses of the changes pages when the radar has a {@code baseUrl}, and
 * otherwise tag URIs built from the radar's title and the edition id, which do not move when the
 * site does.
 */
public final class FeedWriter {
  private FeedWriter() {}

  /**
   * One edition.
   *
   * @param path the edition's changes page, relative to the site root
   * @param lead what the entry covers (the period, or the first edition's size), plain text
   * @param summary the edition's summary, rendered, or null
   * @param sections the changes by kind, each a heading and its lines
   */
  public record Entry(
      String id,
      String title,
      LocalDate date,
      String path,
      String lead,
      @Nullable Html summary,
      List<Section> sections) {
    public Entry {
      sections = List.copyOf(sections);
    }
  }

  /** A kind of change and its lines (plain text, escaped here). */
  public record Section(String heading, List<Line> lines) {
    public Section {
      lines = List.copyOf(lines);
    }
  }

  /** One changed blip: its title, its page relative to the site root, and a detail or null. */
  public record Line(String title, String path, @Nullable String detail) {}

  /**
   * @param baseUrl ending with {@code /}, or null: links are then relative to the feed
   * @param entries newest first; nothing is written when empty
   * @return the written paths
   */
  public static List<String> write(
      Path root, String radarTitle, @Nullable String baseUrl, String tagName, List<Entry> entries)
      throws IOException {
    if (entries.isEmpty()) {
      return List.of();
    }
    String prefix = baseUrl == null ? "" : baseUrl;
    StringBuilder xml = new StringBuilder(4096);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    element(xml, "  ", "title", radarTitle);
    element(xml, "  ", "id", baseUrl == null ? tag(tagName, "feed") : baseUrl + "feed.xml");
    element(xml, "  ", "updated", timestamp(entries.get(0).date()));
    xml.append("  <author><name>").append(escape(radarTitle)).append("</name></author>\n");
    xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
        .append(escape(prefix + "feed.xml"))
        .append("\"/>\n");
    xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(escape(prefix + "changes.html"))
        .append("\"/>\n");
    for (Entry e : entries) {
      xml.append("  <entry>\n");
      element(xml, "    ", "title", e.title());
      element(xml, "    ", "id", baseUrl == null ? tag(tagName, e.id()) : baseUrl + e.path());
      element(xml, "    ", "updated", timestamp(e.date()));
      xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
          .append(escape(prefix + e.path()))
          .append("\"/>\n");
      element(xml, "    ", "content", html(e, prefix), "html");
      xml.append("  </entry>\n");
    }
    xml.append("</feed>\n");
    Files.writeString(root.resolve("feed.xml"), xml, StandardCharsets.UTF_8);
    return List.of("feed.xml");
  }

  /** The entry's content as HTML: the summary, then each kind of change as a list. */
  static String html(Entry e, String prefix) {
    StringBuilder html = new StringBuilder(1024);
    html.append("<p>").append(escape(e.lead())).append("</p>");
    if (e.summary() != null) {
      html.append(e.summary().markup());
    }
    for (Section s : e.sections()) {
      html.append("<h2>").append(escape(s.heading())).append("</h2><ul>");
      for (Line l : s.lines()) {
        html.append("<li><a href=\"")
            .append(escape(prefix + l.path()))
            .append("\">")
            .append(escape(l.title()))
            .append("</a>");
        if (l.detail() != null) {
          html.append(": ").append(escape(l.detail()));
        }
        html.append("</li>");
      }
      html.append("</ul>");
    }
    return html.toString();
  }

  /** A tag URI (RFC 4151) that stays the same wherever the site is served. */
  private static String tag(String name, String specific) {
    return "tag:sovereign-radar," + "2026:" + name + ":" + specific;
  }

  private static String timestamp(LocalDate date) {
    return date + "T00:00:00Z";
  }

  private static void element(StringBuilder xml, String indent, String name, String text) {
    element(xml, indent, name, text, null);
  }

  private static void element(
      StringBuilder xml, String indent, String name, String text, @Nullable String type) {
    xml.append(indent).append('<').append(name);
    if (type != null) {
      xml.append(" type=\"").append(type).append('"');
    }
    xml.append('>').append(escape(text)).append("</").append(name).append(">\n");
  }

  /** XML escaping; characters XML 1.0 forbids become U+FFFD, so the feed always parses. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF') {
            out.append('\uFFFD');
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
