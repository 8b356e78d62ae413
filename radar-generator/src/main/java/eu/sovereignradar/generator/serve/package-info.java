/**
 * The local preview: {@link eu.sovereignradar.generator.serve.PreviewSession} builds the site in
 * preview mode, serves it on 127.0.0.1, watches the content and template folders, rebuilds on every
 * change and tells open pages to reload (server-sent events), or shows them the problems while the
 * last good build stays served. The builds come from a {@link
 * eu.sovereignradar.generator.serve.SiteBuilder} the façade supplies, so this package does not
 * depend on the façade that starts it ({@code RadarGenerator.serve}); it uses {@code diagnostic}
 * and the JDK's {@code com.sun.net.httpserver}.
 */
@NullMarked
package eu.sovereignradar.generator.serve;

import org.jspecify.annotations.NullMarked;
