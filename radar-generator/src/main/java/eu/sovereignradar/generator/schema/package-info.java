/**
 * JSON Schemas of the content files, shipped with the generator: {@link
 * eu.sovereignradar.generator.schema.Schemas}. Depends on nothing else; a test in {@code
 * validation} keeps the schemas and the validator's keys in step.
 */
@NullMarked
package eu.sovereignradar.generator.schema;

import org.jspecify.annotations.NullMarked;
