package eu.sovereignradar.generator.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Nextcloud Hub|nextcloud-hub",
        "Zürich Straße Öffentlich|zuerich-strasse-oeffentlich",
        "Ärger über Übel|aerger-ueber-uebel",
        "GROSSE STRASSE ẞ|grosse-strasse-ss",
        "Café Crème|cafe-creme",
        "Élysée à Noël|elysee-a-noel",
        "Ærøskøbing Œuvre|aeroskobing-oeuvre",
        "Łódź Đakovo|lodz-dakovo",
        "Þingvellir Sauðárkrókur|thingvellir-saudarkrokur",
        "Diyarbakır|diyarbakir",
        "Señor Niño|senor-nino",
        "Smörgåsbord|smoergasbord",
        "C++ & Co.|c-and-co",
        "  --Hello,   World!--  |hello-world",
        "OpenDesk 2.0|opendesk-2-0",
        "x|x",
      })
  void transliteratesAndHyphenates(String title, String slug) {
    assertThat(Slugs.slug(title)).isEqualTo(slug);
  }

  @Test
  void givesNothingForTitlesWithoutLatinLettersOrDigits() {
    assertThat(Slugs.slug("日本語")).isEmpty();
    assertThat(Slugs.slug("🚀 ✨")).isEmpty();
    assertThat(Slugs.slug("---")).isEmpty();
  }

  @Test
  void cutsLongTitlesAtTheIdLimitWithoutATrailingHyphen() {
    String slug = Slugs.slug("a".repeat(63) + " bcd");
    assertThat(slug).isEqualTo("a".repeat(63));
    assertThat(Slugs.slug("word ".repeat(40)))
        .hasSizeLessThanOrEqualTo(Ids.MAX_LENGTH)
        .doesNotEndWith("-");
  }

  /**
   * Whatever the title, the slug is empty or matches the id pattern: never a path, never uppercase.
   */
  @Test
  void everySlugIsEmptyOrAValidIdPattern() {
    String alphabet = "aZ09 -_./\\:äöüßÄÖÜéèçñøłæœþđ&+#%\"'日🚀\t\n\u0301";
    Random random = new Random(20261128);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder title = new StringBuilder();
      int length = random.nextInt(90);
      for (int j = 0; j < length; j++) {
        title.appendCodePoint(
            alphabet.codePointAt(
                alphabet.offsetByCodePoints(
                    0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      String slug = Slugs.slug(title.toString());
      assertThat(
              slug.isEmpty()
                  || (slug.length() <= Ids.MAX_LENGTH && Ids.PATTERN.matcher(slug).matches()))
          .as("slug of '%s' is '%s'", title, slug)
          .isTrue();
    }
  }
}
