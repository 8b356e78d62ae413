/**
 * The analysis stage between the validated model and rendering: {@link
 * eu.sovereignradar.generator.analysis.RadarAnalysis} holds everything derived from the content
 * (numbers, scores, comparisons, groupings), so that rendering only prints it.
 */
@NullMarked
package eu.sovereignradar.generator.analysis;

import org.jspecify.annotations.NullMarked;
