package eu.sovereignradar.generator.validation;

import java.util.regex.Pattern;

/**
 * The one pattern for every id (blips, products, quadrants, rings, capabilities, tags). Ids become
 * file names in the output, so the pattern also guarantees that no id can name a path outside the
 * output folder: no dots, slashes, backslashes, colons or uppercase letters that collide on
 * case-insensitive file systems. The device names Windows reserves ({@code con}, {@code nul},
 * {@code com1}, ...) are refused too: {@code blips/nul.html} written on Windows goes nowhere, and a
 * content repository holding {@code con.md} cannot even be checked out there.
 */
public final class Ids {
  /** Lowercase ASCII letters and digits, words separated by single hyphens, 1 to 64 characters. */
  public static final Pattern PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public static final int MAX_LENGTH = 64;

  /** Windows device names, reserved whatever the extension. */
  private static final Pattern WINDOWS_DEVICE =
      Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

  private Ids() {}

  public static boolean isValid(String id) {
    return id.length() <= MAX_LENGTH
        && PATTERN.matcher(id).matches()
        && !WINDOWS_DEVICE.matcher(id).matches();
  }

  /** A human explanation of the pattern, for hints. */
  public static final String RULE =
      "use lowercase letters a-z, digits and single hyphens (e.g. 'collabora-online'), at most "
          + MAX_LENGTH
          + " characters, and not a Windows device name (con, prn, aux, nul, com1, lpt1, ...)";
}
