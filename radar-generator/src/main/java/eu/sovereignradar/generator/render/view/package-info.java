/**
 * View models: what templates receive. Records holding only display-ready values: lists already
 * sorted and grouped, dates already formatted, URLs already relative to the page, Markdown and the
 * chart already rendered ({@link Html}). Templates print them and choose between a few
 * presentational branches; they never sort, count or format. Nullable components are tested with
 * {@code ??} in templates. Every type here is immutable and thread-safe.
 */
@NullMarked
package eu.sovereignradar.generator.render.view;

import eu.sovereignradar.generator.render.safety.Html;
import org.jspecify.annotations.NullMarked;
