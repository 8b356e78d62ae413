/** The {@code radar} command line: argument parsing, report printing and exit codes only. */
@NullMarked
package eu.sovereignradar.generator.cli;

import org.jspecify.annotations.NullMarked;
