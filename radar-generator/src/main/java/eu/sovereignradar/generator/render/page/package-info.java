/**
 * From analysis to views: {@link eu.sovereignradar.generator.render.page.SitePages} lists every
 * page as data (kind, template, path, view), and the view builders turn the {@link
 * eu.sovereignradar.generator.analysis.RadarAnalysis} into the records of {@code render.view}.
 * Nothing here computes a number, a score or a comparison.
 */
@NullMarked
package eu.sovereignradar.generator.render.page;

import org.jspecify.annotations.NullMarked;
