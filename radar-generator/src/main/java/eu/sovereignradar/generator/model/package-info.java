/**
 * The radar as immutable records: {@link eu.sovereignradar.generator.model.Radar} holds the
 * quadrants, rings, {@link eu.sovereignradar.generator.model.Blip blips} and {@link
 * eu.sovereignradar.generator.model.Product products}. A model object exists only when its content
 * was valid; validation happens before construction. Every type here is immutable and thread-safe.
 */
@NullMarked
package eu.sovereignradar.generator.model;

import org.jspecify.annotations.NullMarked;
