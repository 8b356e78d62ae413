package eu.sovereignradar.generator.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.model.LicenceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenceParserTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MIT | OPEN_SOURCE",
        "AGPL-3.0-or-later | OPEN_SOURCE",
        "MIT OR Apache-2.0 | OPEN_SOURCE",
        "GPL-2.0-only WITH Classpath-exception-2.0 | OPEN_SOURCE",
        "GPL-2.0+ | OPEN_SOURCE",
        "MIT AND proprietary | OPEN_CORE",
        "(MIT AND Apache-2.0) AND LicenseRef-Enterprise | OPEN_CORE",
        "AGPL-3.0-only OR LicenseRef-Commercial | OPEN_SOURCE",
        "BUSL-1.1 | SOURCE_AVAILABLE",
        "SSPL-1.0 OR proprietary | SOURCE_AVAILABLE",
        "proprietary | PROPRIETARY",
        "LicenseRef-Vendor-EULA | PROPRIETARY",
      })
  void classifiesValidExpressions(String expression, LicenceKind kind) {
    LicenceParser.Result r = LicenceParser.standard().parse(expression);
    assertThat(r).isInstanceOf(LicenceParser.Valid.class);
    assertThat(((LicenceParser.Valid) r).licence().kind()).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0} is refused: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mit | case-sensitive",
        "MIT and Apache-2.0 | uppercase",
        "GPL-3 | not an SPDX licence id",
        "(MIT | never closed",
        "MIT OR | ends too early",
        "MIT Apache-2.0 | unexpected",
        "GPL-2.0-only WITH Foo-exception | not an SPDX licence exception",
        "MIT; Apache-2.0 | cannot appear",
        "AND MIT | cannot stand here",
      })
  void refusesInvalidExpressionsWithAHint(String expression, String expectedWords) {
    LicenceParser.Result r = LicenceParser.standard().parse(expression);
    assertThat(r).isInstanceOf(LicenceParser.Invalid.class);
    LicenceParser.Invalid inv = (LicenceParser.Invalid) r;
    assertThat(inv.problem() + " " + inv.hint()).contains(expectedWords);
  }

  @org.junit.jupiter.api.Test
  void deprecatedIdsAreFoundWithTheirReplacements() {
    assertThat(LicenceParser.deprecatedIn("(GPL-2.0+ OR AGPL-3.0) AND MIT"))
        .containsExactly(
            java.util.Map.entry("GPL-2.0+", "GPL-2.0-or-later"),
            java.util.Map.entry("AGPL-3.0", "AGPL-3.0-only"));
    assertThat(LicenceParser.deprecatedIn("AGPL-3.0-only AND LGPL-2.1-or-later")).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "GPL3, GPL-3.0-only",
    "GPLv2, GPL-2.0-only",
    "lgpl-2.1, LGPL-2.1-only",
    "AGPLv3, AGPL-3.0-only"
  })
  void gnuShorthandsSuggestTheCurrentIdsNeverADeprecatedOne(String written, String suggested) {
    LicenceParser.Invalid inv = (LicenceParser.Invalid) LicenceParser.standard().parse(written);
    assertThat(inv.hint())
        .contains(
            "did you mean '"
                + suggested
                + "' or '"
                + suggested.replace("-only", "-or-later")
                + "'");
  }
}
