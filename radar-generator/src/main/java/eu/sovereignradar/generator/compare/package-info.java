/**
 * Sovereignty comparisons: which blips replace which proprietary product, in what order a reader
 * should consider them, which of them the radar recommends, and how they compare capability by
 * capability. Start at {@link eu.sovereignradar.generator.compare.Comparisons#of}.
 *
 * <p>Pure functions from the {@code model} and the {@code score} to immutable records; every list
 * is already in display order, so that templates only print. Depends on {@code model} and {@code
 * score}; {@code render} turns these records into pages.
 */
@NullMarked
package eu.sovereignradar.generator.compare;

import org.jspecify.annotations.NullMarked;
