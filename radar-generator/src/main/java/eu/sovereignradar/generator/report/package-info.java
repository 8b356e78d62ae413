/**
 * Machine-readable reports of diagnostics for CI systems (GitHub, JSON, GitLab, SARIF). Kept out of
 * {@code diagnostic} so that the bottom layer stays plain Java and only this package needs
 * Jackson's writer.
 */
@NullMarked
package eu.sovereignradar.generator.report;

import org.jspecify.annotations.NullMarked;
