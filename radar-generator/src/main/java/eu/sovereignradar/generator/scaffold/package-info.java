/**
 * Starting new content files: {@link eu.sovereignradar.generator.scaffold.Scaffolder} writes {@code
 * blips/<id>.md} or {@code products/<id>.md} with every front-matter field present and commented,
 * checked against radar.yaml, for {@code radar new} and {@code radar:new}. {@link
 * eu.sovereignradar.generator.scaffold.ScaffoldInterview} asks for missing values when a person is
 * at a terminal. Uses {@code validation} (ids, radar.yaml) and {@code model}; nothing uses it but
 * the command line and the plugin.
 */
@NullMarked
package eu.sovereignradar.generator.scaffold;

import org.jspecify.annotations.NullMarked;
