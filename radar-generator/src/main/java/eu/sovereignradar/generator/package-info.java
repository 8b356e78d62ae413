/**
 * Sovereign Radar's generator. This root package is the façade every front end uses (the {@code
 * radar} command line, the Maven goals, and the import and export commands to come): build {@link
 * eu.sovereignradar.generator.GeneratorOptions}, then call {@link
 * eu.sovereignradar.generator.RadarGenerator}'s {@code validate()}, {@code generate()}, {@code
 * create(...)} ({@code radar new}) or {@code serve(...)} (the live preview), and print what comes
 * back with {@link eu.sovereignradar.generator.DiagnosticText}, which applies the one rule for
 * paths in every command. Front ends import nothing else of the core.
 *
 * <p>Underneath, from the bottom layer up: {@code diagnostic}, {@code model} and {@code schema}
 * (plain Java); {@code content} (files and YAML with positions); {@code score} and {@code layout};
 * {@code validation} (every check, builds the model); {@code compare}; {@code analysis} (everything
 * derived from the model, before rendering); {@code render.safety}, {@code render.view}, {@code
 * render.output}, {@code render.theme}, {@code render.files}, {@code render.page} and {@code
 * render}; then {@code report}, {@code scaffold} and {@code serve}, which this façade wires
 * together. A layer uses only the layers below it; {@code LayeringTest} checks it.
 */
@NullMarked
package eu.sovereignradar.generator;

import org.jspecify.annotations.NullMarked;
