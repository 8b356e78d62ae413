/**
 * The output folder: which folders may be replaced, the staging folder swapped in only when a site
 * is complete ({@link eu.sovereignradar.generator.render.output.OutputFolder}), and the page buffer
 * and preview page cache.
 */
@NullMarked
package eu.sovereignradar.generator.render.output;

import org.jspecify.annotations.NullMarked;
