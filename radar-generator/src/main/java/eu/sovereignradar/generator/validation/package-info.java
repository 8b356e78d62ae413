/**
 * Checking content and building the model. {@link
 * eu.sovereignradar.generator.validation.RadarValidator} is the entry point: it reads radar.yaml,
 * every product and every blip (in parallel), checks the references between them and reports every
 * problem as a diagnostic with a stable code. Rule codes are listed in the README.
 */
@NullMarked
package eu.sovereignradar.generator.validation;

import org.jspecify.annotations.NullMarked;
