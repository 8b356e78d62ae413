/**
 * The local preview: {@link eu.sovereignradar.generator.serve.PreviewSession} builds the site in
 * preview mode, serves it on 127.0.0.1, watches the content and template folders, rebuilds on every
 * change and tells open pages to reload (server-sent events), or shows them the problems while the
 * last good build stays served. Used by {@code radar serve} and {@code radar:serve}; uses the
 * generator façade and the JDK's {@code com.sun.net.httpserver}.
 */
@NullMarked
package eu.sovereignradar.generator.serve;

import org.jspecify.annotations.NullMarked;
