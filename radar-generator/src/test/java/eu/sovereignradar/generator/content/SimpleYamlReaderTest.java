package eu.sovereignradar.generator.content;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path must build exactly the tree of the full parse (values, kinds, lines and columns)
 * whenever it accepts YAML, and hand over everything it is not sure about.
 */
class SimpleYamlReaderTest {
  private static final String FRONT_MATTER =
      """
      title: Nextcloud Hub
      ring: adopt
      summary: "Files: sync and share"
      description: >-
        Synchronisation de fichiers: l'essentiel,
        en deux lignes
      notes: >
        Kept # as text
      licenceNote: 'It''s AGPL'
      tags: [files, groupware, 3]
      empty: []
      hosting:
        - self-hosted
        - saas-eu
      links:
      - title: Docs
        url: https://docs.nextcloud.com/#start
      -   title: C# client
          url: http://x.example
      capabilities:
        offline: yes
        e2ee: partial
        sync: NO

      version: 1.5
      build: 0x1F
      time: 1:30
      nothing: ~
      unset:
      reviewed: 2026-11-01
      """;

  private final YamlTreeReader reader = new YamlTreeReader();
  private final ScalarKinds kinds = new ScalarKinds();

  @Test
  void readsTypicalFrontMatterAsTheFullParseDoes() {
    YamlNode fast = SimpleYamlReader.read(FRONT_MATTER, 1, kinds);
    assertThat(fast).isNotNull();
    assertThat(Optional.of(fast)).isEqualTo(fullParse(FRONT_MATTER));
    YamlNode.Map map = (YamlNode.Map) fast;
    assertThat(((YamlNode.Scalar) map.find("summary").orElseThrow().value()).text())
        .isEqualTo("Files: sync and share");
    assertThat(((YamlNode.Scalar) map.find("description").orElseThrow().value()).text())
        .isEqualTo("Synchronisation de fichiers: l'essentiel, en deux lignes");
    assertThat(((YamlNode.Scalar) map.find("notes").orElseThrow().value()).text())
        .isEqualTo("Kept # as text\n");
    assertThat(((YamlNode.Scalar) map.find("time").orElseThrow().value()).kind())
        .isEqualTo(YamlNode.Scalar.Kind.STRING);
    assertThat(map.find("unset").orElseThrow().value())
        .isEqualTo(new YamlNode.Scalar("", YamlNode.Scalar.Kind.NULL, 30, 7));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: 1 # comment\n",
        "# comment\na: 1\n",
        "a: &x [1]\nb: *x\n",
        "a: !!str 1\n",
        "a: |\n  text\n",
        "a: >+\n  text\n",
        "a: >2\n  text\n",
        "a: > # comment\n  text\n",
        "a: >\n  one\n\n  two\n",
        "a: >\n  one\n    more\n",
        "a: >\n    one\n  less\n",
        "a: >-\n  trailing \n",
        "a: >-\n  no line break",
        "a: >-\nb: 1\n",
        "a: >-\n",
        "a: first\n  second\n",
        "a:\n  continued scalar\n",
        "a: \"tab\\tescape\"\n",
        "a: 'unclosed\n",
        "a: 1\na: 2\n",
        "a:\tb\n",
        "a: {b: c}\n",
        "a: b: c\n",
        "a: [x, ]\n",
        "a: [[x]]\n",
        "---\na: 1\n",
        "a: 1\n...\n",
        "- a\n- b\n",
        "plain\n",
        "a: 1\n b: 2\n",
        "a:\n  - x\n   - y\n",
        "k\u00e9y: 1\n",
        "a: \u2028\n",
        "?a: 1\n"
      })
  void handsOverWhatItDoesNotKnow(String yaml) {
    assertThat(SimpleYamlReader.read(yaml, 0, kinds)).isNull();
  }

  @Test
  void handsOverKeysLongerThanYamlAllows() {
    assertThat(SimpleYamlReader.read("a".repeat(1024) + ": 1\n", 0, kinds)).isNotNull();
    assertThat(SimpleYamlReader.read("a".repeat(1025) + ": 1\n", 0, kinds)).isNull();
    assertThat(fullParse("a".repeat(1024) + ": 1\n")).isPresent();
  }

  @Test
  void agreesWithTheFullParseOnGeneratedAndMutatedYaml() {
    Random random = new Random(20261128);
    int accepted = 0;
    for (int i = 0; i < 20_000; i++) {
      String yaml = i % 2 == 0 ? generated(random) : mutated(random);
      YamlNode fast = SimpleYamlReader.read(yaml, 1, kinds);
      if (fast != null) {
        accepted++;
        List<Diagnostic> diagnostics = new ArrayList<>();
        assertThat(reader.readFully("x.md", yaml, 2, diagnostics::add))
            .as("%s", yaml)
            .contains(fast);
        assertThat(diagnostics).as("%s", yaml).isEmpty();
      }
    }
    // The comparison means something only if the fast path took a good share of the cases.
    assertThat(accepted).isGreaterThan(3_000);
  }

  private Optional<YamlNode> fullParse(String yaml) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<YamlNode> node = reader.readFully("x.md", yaml, 2, diagnostics::add);
    assertThat(diagnostics).isEmpty();
    return node;
  }

  private static final String[] VALUES = {
    "a",
    "b c",
    "x-y",
    "3",
    "-3",
    "+3",
    "0",
    "07",
    "0x1F",
    "0b101",
    "1_000",
    "1:30",
    "1.5",
    ".5",
    "-.5e3",
    "1e3",
    ".inf",
    "~",
    "null",
    "Null",
    "yes",
    "No",
    "ON",
    "off",
    "y",
    "true",
    "2026-01-01",
    "http://x.y/z?a=b#c",
    "a'b",
    "C#",
    "a #b",
    "a: b",
    "a:",
    ":a",
    "-a",
    "- a",
    "?a",
    "\u00e9 \u00fc",
    "'q'",
    "'it''s'",
    "'a''",
    "\"d\"",
    "\"a\\nb\"",
    "\"\"",
    "''",
    "[a, b]",
    "[]",
    "[ ]",
    "[a,b]",
    "[a, 3, yes]",
    "[a b, c]",
    "[a, ]",
    "[a,,b]",
    "[ a , b ]",
    "[a: b]",
    "[a?b]",
    "[a, [b]]",
    "{a: b}",
    "<<",
    "!x",
    "&a x",
    "*a",
    "|",
    ">",
    "%x",
    "@x",
    "`x",
    "a  ",
    "-",
    "---",
    "..."
  };
  private static final String[] KEYS = {
    "title", "ring", "a", "b-c", "d_e", "f.g", "x1", "\u00fc", "a b", "-k", "k:", "? k", "1",
    "true", "..."
  };

  /** Random maps and lists of the values above, with the odd wrong indentation or blank line. */
  private static String generated(Random r) {
    StringBuilder yaml = new StringBuilder();
    map(yaml, r, 0, 0);
    return r.nextInt(5) == 0 ? "\n" + yaml : yaml.toString();
  }

  private static void map(StringBuilder y, Random r, int indent, int depth) {
    for (int entries = 1 + r.nextInt(4); entries > 0; entries--) {
      int shift = r.nextInt(20) == 0 ? (r.nextBoolean() ? 1 : -1) : 0;
      y.append(" ".repeat(Math.max(0, indent + shift)))
          .append(KEYS[r.nextInt(KEYS.length)])
          .append(':');
      int kind = depth > 2 ? 0 : r.nextInt(7);
      if (kind == 6) {
        folded(y, r, indent);
      } else if (kind <= 2) {
        y.append(r.nextInt(10) == 0 ? "" : " ")
            .append(r.nextInt(8) == 0 ? "" : VALUES[r.nextInt(VALUES.length)]);
        y.append(r.nextInt(10) == 0 ? "  \n" : "\n");
      } else if (kind == 3) {
        y.append('\n');
        map(y, r, indent + 1 + r.nextInt(3), depth + 1);
      } else {
        y.append('\n');
        int itemIndent = indent + (r.nextBoolean() ? 0 : 2);
        for (int items = 1 + r.nextInt(3); items > 0; items--) {
          y.append(" ".repeat(itemIndent)).append('-');
          if (r.nextInt(3) == 0) {
            StringBuilder item = new StringBuilder();
            map(item, r, itemIndent + 2, depth + 1);
            y.append(' ').append(item.substring(Math.min(item.length(), itemIndent + 2)));
          } else {
            y.append(r.nextInt(10) == 0 ? "" : " ")
                .append(VALUES[r.nextInt(VALUES.length)])
                .append('\n');
          }
        }
      }
      if (r.nextInt(15) == 0) {
        y.append('\n');
      }
    }
  }

  /** A folded text ({@code >-} or {@code >}), mostly well formed, sometimes not. */
  private static void folded(StringBuilder y, Random r, int indent) {
    String[] headers = {" >-", " >", " >+", " >1-", ">-", " >-  ", " > #c", " >- x"};
    y.append(headers[r.nextInt(headers.length)]).append('\n');
    int contentIndent = indent + (r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(3));
    for (int lines = r.nextInt(4); lines >= 0; lines--) {
      int shift = r.nextInt(12) == 0 ? (r.nextBoolean() ? 2 : -1) : 0;
      String value = VALUES[r.nextInt(VALUES.length)];
      y.append(" ".repeat(Math.max(0, contentIndent + shift)))
          .append(r.nextInt(12) == 0 ? "" : value)
          .append(r.nextInt(15) == 0 ? " \n" : "\n");
      if (r.nextInt(12) == 0) {
        y.append('\n');
      }
    }
  }

  /** The typical front matter with a few characters or snippets inserted, deleted or replaced. */
  private static String mutated(Random r) {
    String alphabet = "-:[]{}&*!|>'\"#%@`, \n\t?~0123456789aAyYnNx.+_\\\u00e9";
    String[] snippets = {
      "!!int ", "&a ", "*a", "? ", "- ", ": ", "\n  ", "\n---\n", "[", "'", "\"", "|\n  ", ">-\n  ",
      "0x1F", "1:30", "~", "yes", "1e3", "#"
    };
    StringBuilder y = new StringBuilder(FRONT_MATTER);
    for (int m = 1 + r.nextInt(3); m > 0; m--) {
      int at = r.nextInt(y.length());
      switch (r.nextInt(4)) {
        case 0 -> y.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
        case 1 -> y.deleteCharAt(at);
        case 2 -> y.insert(at, snippets[r.nextInt(snippets.length)]);
        default -> y.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
      }
    }
    return y.toString();
  }
}
