/**
 * Sovereign Radar's generator. Start at {@link eu.sovereignradar.generator.RadarGenerator}: build
 * {@link eu.sovereignradar.generator.GeneratorOptions}, call {@code validate()} or {@code
 * generate()}, and print the diagnostics with {@link
 * eu.sovereignradar.generator.diagnostic.DiagnosticFormatter}.
 *
 * <p>Packages and the direction of their dependencies: {@code content} (reading files and YAML) →
 * {@code validation} (checks, builds the {@code model}) → {@code layout} (radar geometry, SVG) →
 * {@code render} (FreeMarker pages, assets). {@code score} computes the sovereignty score from the
 * {@code model} alone; {@code validation} uses its criterion ids to check radar.yaml. {@code
 * compare} (products, their alternatives in order, capability matrices) uses {@code model} and
 * {@code score}; {@code render} prints both. {@code scaffold} (new blip and product files, {@code
 * radar new}) uses {@code validation}. {@code diagnostic} and {@code model} are used by all. This
 * package's façade sits on top, and above it only {@code serve} (the live preview, {@code radar
 * serve}) and {@code cli}. Nothing points back up.
 */
@NullMarked
package eu.sovereignradar.generator;

import org.jspecify.annotations.NullMarked;
