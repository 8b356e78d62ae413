package eu.sovereignradar.generator.validation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Derives an id from a title: "Zürich Straße Öffentlich" becomes "zuerich-strasse-oeffentlich".
 * German umlauts and ß are transliterated the German way (ä → ae) because that is how German
 * readers expect the words spelled without accents; other accents are simply dropped (é → e).
 */
public final class Slugs {
  private Slugs() {}

  public static String slug(String title) {
    String s =
        title
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("Ä", "Ae")
            .replace("Ö", "Oe")
            .replace("Ü", "Ue")
            .replace("ß", "ss")
            .replace("ẞ", "SS")
            .replace("æ", "ae")
            .replace("Æ", "AE")
            .replace("œ", "oe")
            .replace("Œ", "OE")
            .replace("ø", "o")
            .replace("Ø", "O")
            .replace("ł", "l")
            .replace("Ł", "L")
            .replace("đ", "d")
            .replace("Đ", "D")
            .replace("ð", "d")
            .replace("Ð", "D")
            .replace("þ", "th")
            .replace("Þ", "Th")
            .replace("ı", "i")
            .replace("&", " and ");
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > Ids.MAX_LENGTH) {
      s = s.substring(0, Ids.MAX_LENGTH).replaceAll("-+$", "");
    }
    return s;
  }
}
