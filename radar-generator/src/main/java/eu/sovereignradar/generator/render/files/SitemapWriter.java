package eu.sovereignradar.generator.render.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code robots.txt} always, and {@code sitemap.xml} when the radar has a {@code baseUrl} (a
 * sitemap needs absolute URLs). No build dates: {@code lastmod} is a blip's review date, so the
 * same content gives the same file.
 */
public final class SitemapWriter {
  private SitemapWriter() {}

  /**
   * @param baseUrl ending with {@code /}, or null
   * @param index the path of the home page, listed as the base URL itself
   * @param pages every page path (except 404.html) with its last modification date or null, sorted
   * @return the written paths
   */
  public static List<String> write(
      Path root, @Nullable String baseUrl, String index, Map<String, @Nullable String> pages)
      throws IOException {
    StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
    if (baseUrl == null) {
      Files.writeString(root.resolve("robots.txt"), robots, StandardCharsets.UTF_8);
      return List.of("robots.txt");
    }
    robots.append("Sitemap: ").append(baseUrl).append("sitemap.xml\n");
    Files.writeString(root.resolve("robots.txt"), robots, StandardCharsets.UTF_8);
    StringBuilder xml = new StringBuilder(64 * pages.size() + 128);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    pages.forEach(
        (path, lastmod) -> {
          String loc = baseUrl + (path.equals(index) ? "" : path);
          xml.append("  <url><loc>").append(escape(loc)).append("</loc>");
          if (lastmod != null) {
            xml.append("<lastmod>").append(lastmod).append("</lastmod>");
          }
          xml.append("</url>\n");
        });
    xml.append("</urlset>\n");
    Files.writeString(root.resolve("sitemap.xml"), xml, StandardCharsets.UTF_8);
    return List.of("robots.txt", "sitemap.xml");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
