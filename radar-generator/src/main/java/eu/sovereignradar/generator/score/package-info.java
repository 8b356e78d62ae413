/**
 * The sovereignty score: a transparent number from 0 to 100 computed from a blip's facts (licence,
 * origin, hosting, source repository), always delivered with its breakdown so that readers can see
 * why a blip earned it. Start at {@link eu.sovereignradar.generator.score.SovereigntyScorer}; the
 * criteria and their default weights are in {@link eu.sovereignradar.generator.score.Criterion} and
 * documented for editors in {@code docs/sovereignty-score.md}.
 *
 * <p>Pure functions over the {@code model}: no I/O apart from reading the packaged explanation
 * texts, no global state. Depends on {@code model} only; {@code validation} uses the criterion ids
 * to check radar.yaml, and {@code render} prints the results.
 */
@NullMarked
package eu.sovereignradar.generator.score;

import org.jspecify.annotations.NullMarked;
