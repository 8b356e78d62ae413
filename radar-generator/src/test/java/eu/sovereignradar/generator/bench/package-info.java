/**
 * The whole-build benchmark's corpus: {@link eu.sovereignradar.generator.bench.CorpusGenerator}
 * writes a valid content folder of N realistic blips. Run by {@code bench/run-benchmark.sh}; see
 * {@code docs/benchmark.md}.
 */
@NullMarked
package eu.sovereignradar.generator.bench;

import org.jspecify.annotations.NullMarked;
