package eu.sovereignradar.generator.render.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchIndexWriterTest {
  @Test
  void keepsEachWordOnceLowercaseInOrderOfFirstAppearance() {
    assertThat(SearchIndexWriter.words("Hello, hello World! Größe 42 -- l'été WORLD"))
        .isEqualTo("hello world größe 42 l été");
  }

  @Test
  void emptyOrPunctuationOnlyTextHasNoWords() {
    assertThat(SearchIndexWriter.words("")).isEmpty();
    assertThat(SearchIndexWriter.words(" -- !? ")).isEmpty();
  }
}
