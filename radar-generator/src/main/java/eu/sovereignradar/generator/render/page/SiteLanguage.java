package eu.sovereignradar.generator.render.page;

import eu.sovereignradar.generator.model.SourceRef;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which of the radar's languages a site is rendered in, and which of its sources have a
 * translation: the default language's site is at the root, each other one in {@code <lang>/} with
 * the same paths (docs/translations.md). Immutable.
 *
 * @param lang the language of this site
 * @param languages every language of the radar, the default first
 * @param translated the content-relative paths of the sources translated into {@code lang}; unused
 *     for the default language, whose texts are the sources'
 */
public record SiteLanguage(String lang, List<String> languages, Set<String> translated) {
  public SiteLanguage {
    languages = List.copyOf(languages);
    translated = Set.copyOf(translated);
  }

  /** A site in one language only. */
  public static SiteLanguage only(String lang) {
    return new SiteLanguage(lang, List.of(lang), Set.of());
  }

  public String defaultLanguage() {
    return languages.get(0);
  }

  public boolean isDefault() {
    return lang.equals(defaultLanguage());
  }

  /** The folder of this site inside the published one: empty, or {@code fr/}. */
  public String folder() {
    return folder(lang);
  }

  /** The folder of the site in {@code other}: empty for the default language, else {@code de/}. */
  public String folder(String other) {
    return other.equals(defaultLanguage()) ? "" : other + "/";
  }

  /**
   * The language the texts of {@code source} are shown in on this site: null when they are in the
   * site's language, the default language when the source has no translation into it.
   */
  public @Nullable String fallback(@Nullable SourceRef source) {
    return source == null || isDefault() || translated.contains(source.path())
        ? null
        : defaultLanguage();
  }

  /** The language's own name, capitalised: English, Français, Deutsch. */
  public static String endonym(String lang) {
    Locale locale = Locale.forLanguageTag(lang);
    String name = locale.getDisplayLanguage(locale);
    return name.isEmpty() ? lang : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }
}
