/**
 * Radar geometry and the SVG chart. Pure functions from data to coordinates and markup: the same
 * input always gives the same bytes, whatever the input order, the JVM's default locale or the time
 * of day.
 *
 * <p>Start at {@link eu.sovereignradar.generator.layout.RadarChartWriter#svg(ChartSpec)}: give it a
 * {@link eu.sovereignradar.generator.layout.ChartSpec} (quadrants, rings and {@link
 * eu.sovereignradar.generator.layout.ChartBlip chart blips}) and it returns an inline {@code <svg>}
 * element. {@link eu.sovereignradar.generator.layout.BlipNumbering} gives the stable numbers shown
 * on the chart and in the lists. {@link eu.sovereignradar.generator.layout.BlipPlacer} computes the
 * coordinates on its own (the writer uses it); {@code docs/radar-layout.md} explains the algorithm.
 *
 * <p>This package uses only {@code model}; {@code render} uses it.
 */
@NullMarked
package eu.sovereignradar.generator.layout;

import org.jspecify.annotations.NullMarked;
