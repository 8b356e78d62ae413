/**
 * Diagnostics as data: every problem in the content is a {@link
 * eu.sovereignradar.generator.diagnostic.Diagnostic} with a stable code, a message, a hint and a
 * position; {@link eu.sovereignradar.generator.diagnostic.DiagnosticFormatter} turns a list of them
 * into the text people read (machine formats: {@code report}). Plain Java: no library.
 */
@NullMarked
package eu.sovereignradar.generator.diagnostic;

import org.jspecify.annotations.NullMarked;
