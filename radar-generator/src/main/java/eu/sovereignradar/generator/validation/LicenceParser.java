package eu.sovereignradar.generator.validation;

import eu.sovereignradar.generator.model.Licence;
import eu.sovereignradar.generator.model.LicenceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses SPDX licence expressions against the SPDX licence list shipped as data, and classifies
 * them. Grammar (SPDX 2.3 annex D): {@code expr := and ("OR" and)*; and := term ("AND" term)*; term
 * := "(" expr ")" | licence ["WITH" exception]; licence := id ["+"] | LicenseRef-x | proprietary}.
 * Operators must be uppercase, as SPDX requires. Immutable and thread-safe.
 */
public final class LicenceParser {
  private static final Pattern LICENSE_REF =
      Pattern.compile("(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+");
  private static final Pattern TOKEN = Pattern.compile("\\s*(\\(|\\)|[A-Za-z0-9.+:-]+)");
  private static final LicenceParser STANDARD = new LicenceParser();

  /**
   * Parentheses deeper than this are refused. The parser is recursive, and a front matter full of
   * '(' would otherwise end the build with a StackOverflowError instead of a diagnostic.
   */
  static final int MAX_NESTING = 16;

  /**
   * The ids the SPDX list deprecates, with what replaces them. They still parse (old files use
   * them), but the validator warns, and did-you-mean never offers them.
   */
  static final Map<String, String> DEPRECATED =
      Map.ofEntries(
          Map.entry("GPL-1.0", "GPL-1.0-only"),
          Map.entry("GPL-2.0", "GPL-2.0-only"),
          Map.entry("GPL-3.0", "GPL-3.0-only"),
          Map.entry("LGPL-2.0", "LGPL-2.0-only"),
          Map.entry("LGPL-2.1", "LGPL-2.1-only"),
          Map.entry("LGPL-3.0", "LGPL-3.0-only"),
          Map.entry("AGPL-1.0", "AGPL-1.0-only"),
          Map.entry("AGPL-3.0", "AGPL-3.0-only"),
          Map.entry("GFDL-1.1", "GFDL-1.1-only"),
          Map.entry("GFDL-1.2", "GFDL-1.2-only"),
          Map.entry("GFDL-1.3", "GFDL-1.3-only"),
          Map.entry("GPL-2.0-with-autoconf-exception", "GPL-2.0-only WITH Autoconf-exception-2.0"),
          Map.entry("GPL-2.0-with-bison-exception", "GPL-2.0-or-later WITH Bison-exception-2.2"),
          Map.entry(
              "GPL-2.0-with-classpath-exception", "GPL-2.0-only WITH Classpath-exception-2.0"),
          Map.entry("GPL-2.0-with-font-exception", "GPL-2.0-only WITH Font-exception-2.0"),
          Map.entry("GPL-2.0-with-GCC-exception", "GPL-2.0-only WITH GCC-exception-2.0"),
          Map.entry("GPL-3.0-with-autoconf-exception", "GPL-3.0-only WITH Autoconf-exception-3.0"),
          Map.entry("GPL-3.0-with-GCC-exception", "GPL-3.0-only WITH GCC-exception-3.1"),
          Map.entry("wxWindows", "LGPL-2.0-or-later WITH WxWindows-exception-3.1"),
          Map.entry("eCos-2.0", "GPL-2.0-or-later WITH eCos-exception-2.0"),
          Map.entry("StandardML-NJ", "SMLNJ"),
          Map.entry("Nunit", "zlib-acknowledgement"),
          Map.entry("BSD-2-Clause-FreeBSD", "BSD-2-Clause"),
          Map.entry("BSD-2-Clause-NetBSD", "BSD-2-Clause"),
          Map.entry("bzip2-1.0.5", "bzip2-1.0.6"));

  private final Map<String, Boolean> osiById = new HashMap<>();
  private final Map<String, String> idByLowercase = new HashMap<>();
  private final Set<String> exceptions = new HashSet<>();

  private LicenceParser() {
    for (String line : lines("spdx-licenses.tsv")) {
      String[] f = line.split("\t");
      osiById.put(f[0], f[1].equals("osi"));
      idByLowercase.put(f[0].toLowerCase(Locale.ROOT), f[0]);
    }
    exceptions.addAll(lines("spdx-exceptions.txt"));
  }

  public static LicenceParser standard() {
    return STANDARD;
  }

  /**
   * The GNU licences by the names people write ({@code GPL3}, {@code GPLv2}, {@code lgpl-2.1}):
   * edit distance would offer unrelated ids such as {@code NGPL}.
   */
  private java.util.Optional<String> shorthand(String id) {
    String key = gnuKey(id);
    for (String candidate : current()) {
      if (candidate.endsWith("-only") && gnuKey(candidate.replace("-only", "")).equals(key)) {
        return java.util.Optional.of(
            " (did you mean '"
                + candidate
                + "' or '"
                + candidate.replace("-only", "-or-later")
                + "'?)");
      }
    }
    return java.util.Optional.empty();
  }

  private static String gnuKey(String id) {
    return id.toLowerCase(Locale.ROOT)
        .replaceAll("(?<=[a-z])v(?=\\d)", "")
        .replace(".0", "")
        .replaceAll("[-.]", "");
  }

  /** The ids that are not deprecated: the only ones did-you-mean offers. */
  private java.util.Set<String> current() {
    java.util.Set<String> ids = new java.util.HashSet<>(osiById.keySet());
    ids.removeAll(DEPRECATED.keySet());
    ids.removeIf(id -> id.endsWith("+"));
    return ids;
  }

  /**
   * The deprecated ids an expression uses, each with its replacement, in order of appearance; an id
   * followed by {@code +} ("or later") maps to its {@code -or-later} form.
   */
  public static java.util.LinkedHashMap<String, String> deprecatedIn(String expression) {
    java.util.LinkedHashMap<String, String> found = new java.util.LinkedHashMap<>();
    for (String token : expression.split("[\\s()]+")) {
      boolean plus = token.endsWith("+");
      String id = plus ? token.substring(0, token.length() - 1) : token;
      String replacement = DEPRECATED.get(id);
      if (replacement != null) {
        found.put(token, plus ? replacement.replace("-only", "-or-later") : replacement);
      }
    }
    return found;
  }

  /** The outcome: a licence, or an explanation and hint for the editor. */
  public sealed interface Result {}

  public record Valid(Licence licence) implements Result {}

  public record Invalid(String problem, String hint) implements Result {}

  public Result parse(String expression) {
    List<String> tokens = new ArrayList<>();
    var m = TOKEN.matcher(expression);
    int pos = 0;
    while (pos < expression.length()) {
      if (!m.find(pos) || m.start() != pos) {
        if (expression.substring(pos).isBlank()) {
          break;
        }
        return new Invalid(
            "the character '"
                + expression.charAt(pos + leadingSpaces(expression, pos))
                + "' cannot appear in a licence expression",
            "write SPDX ids joined by AND, OR and WITH, e.g. 'MIT OR Apache-2.0'");
      }
      tokens.add(m.group(1));
      pos = m.end();
    }
    if (tokens.isEmpty()) {
      return new Invalid("the licence is empty", "write an SPDX id such as 'MIT' or 'proprietary'");
    }
    Parse p = new Parse(tokens);
    try {
      Kinds k = p.or();
      if (p.i < tokens.size()) {
        String t = tokens.get(p.i);
        if (List.of("and", "or", "with").contains(t.toLowerCase(Locale.ROOT))) {
          throw new Problem(
              "the operator '" + t + "' must be written in uppercase",
              "write " + t.toUpperCase(Locale.ROOT) + ", as SPDX requires");
        }
        throw new Problem(
            "unexpected '" + t + "'", "join licences with AND or OR, e.g. 'MIT AND proprietary'");
      }
      return new Valid(new Licence(expression.strip(), k.kind()));
    } catch (Problem e) {
      return new Invalid(e.getMessage(), e.hint);
    }
  }

  private static int leadingSpaces(String s, int from) {
    int i = 0;
    while (from + i < s.length() && Character.isWhitespace(s.charAt(from + i))) {
      i++;
    }
    return i;
  }

  /**
   * What a sub-expression can offer: an open way to use it, and whether closed parts come along.
   */
  private record Kinds(boolean open, boolean closedRequired, boolean sourceAvailable) {
    LicenceKind kind() {
      if (open && !closedRequired) {
        return LicenceKind.OPEN_SOURCE;
      }
      if (open) {
        return LicenceKind.OPEN_CORE;
      }
      return sourceAvailable ? LicenceKind.SOURCE_AVAILABLE : LicenceKind.PROPRIETARY;
    }
  }

  private static final class Problem extends Exception {
    private static final long serialVersionUID = 1L;
    final String hint;

    Problem(String message, String hint) {
      super(message, null, false, false);
      this.hint = hint;
    }
  }

  private final class Parse {
    final List<String> tokens;
    int i;
    int depth;

    Parse(List<String> tokens) {
      this.tokens = tokens;
    }

    Kinds or() throws Problem {
      Kinds k = and();
      while (peek("OR")) {
        i++;
        Kinds r = and();
        // With a choice, the most open branch is what a user can pick.
        k = rank(r) < rank(k) ? r : k;
      }
      return k;
    }

    private int rank(Kinds k) {
      return k.kind().ordinal();
    }

    Kinds and() throws Problem {
      Kinds k = term();
      while (peek("AND")) {
        i++;
        Kinds r = term();
        k =
            new Kinds(
                k.open || r.open,
                k.closedRequired || r.closedRequired || !k.open || !r.open,
                k.sourceAvailable || r.sourceAvailable);
      }
      return k;
    }

    Kinds term() throws Problem {
      if (i >= tokens.size()) {
        throw new Problem("the expression ends too early", "complete it, e.g. 'MIT OR Apache-2.0'");
      }
      String t = tokens.get(i++);
      if (t.equals("(")) {
        if (++depth > MAX_NESTING) {
          throw new Problem(
              "the parentheses are nested more than " + MAX_NESTING + " levels deep",
              "a licence expression needs one or two levels, e.g. '(MIT OR Apache-2.0) AND proprietary'");
        }
        Kinds k = or();
        if (!peek(")")) {
          throw new Problem("a '(' is never closed", "add the missing ')'");
        }
        i++;
        depth--;
        return k;
      }
      Kinds k = licence(t);
      if (peek("WITH")) {
        i++;
        if (i >= tokens.size()) {
          throw new Problem(
              "WITH needs an exception id", "e.g. 'GPL-2.0-only WITH Classpath-exception-2.0'");
        }
        String ex = tokens.get(i++);
        if (!exceptions.contains(ex)) {
          throw new Problem(
              "'" + ex + "' is not an SPDX licence exception",
              "see https://spdx.org/licenses/exceptions-index.html");
        }
      }
      return k;
    }

    Kinds licence(String t) throws Problem {
      if (t.equals("AND") || t.equals("OR") || t.equals("WITH") || t.equals(")")) {
        throw new Problem(
            "'" + t + "' cannot stand here", "put a licence id before and after AND and OR");
      }
      if (t.equals("proprietary")) {
        return new Kinds(false, true, false);
      }
      if (LICENSE_REF.matcher(t).matches()) {
        return new Kinds(false, true, false);
      }
      String id = t.endsWith("+") ? t.substring(0, t.length() - 1) : t;
      Boolean osi = osiById.get(id);
      if (osi == null) {
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("and") || lower.equals("or") || lower.equals("with")) {
          throw new Problem(
              "the operator '" + t + "' must be written in uppercase",
              "write " + t.toUpperCase(Locale.ROOT));
        }
        String exact = idByLowercase.get(id.toLowerCase(Locale.ROOT));
        String hint =
            exact != null && !DEPRECATED.containsKey(exact)
                ? "SPDX ids are case-sensitive: write '" + exact + "'"
                : "use an id from https://spdx.org/licenses/"
                    + shorthand(id).orElse(Suggestions.didYouMean(id, current()))
                    + ", 'LicenseRef-<name>' for a custom licence, or 'proprietary'";
        throw new Problem("'" + t + "' is not an SPDX licence id", hint);
      }
      return osi ? new Kinds(true, false, false) : new Kinds(false, true, true);
    }

    boolean peek(String token) {
      return i < tokens.size() && tokens.get(i).equals(token);
    }
  }

  private static List<String> lines(String resource) {
    List<String> result = new ArrayList<>();
    try (InputStream in =
        LicenceParser.class.getResourceAsStream("/eu/sovereignradar/generator/data/" + resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the generator jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          result.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }
}
