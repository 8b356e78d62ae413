/**
 * Starting new content files: {@link eu.sovereignradar.generator.scaffold.Scaffolder} writes {@code
 * blips/<id>.md} or {@code products/<id>.md} with every front-matter field present and commented,
 * checked against radar.yaml, for {@code radar new} and {@code radar:new}. {@link
 * eu.sovereignradar.generator.scaffold.ScaffoldInterview} asks for missing values when a person is
 * at a terminal. Uses {@code validation} (ids) and {@code model} ({@code RadarSettings}); only the
 * façade ({@code RadarGenerator.create}) uses it.
 */
@NullMarked
package eu.sovereignradar.generator.scaffold;

import org.jspecify.annotations.NullMarked;
