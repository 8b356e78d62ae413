package eu.sovereignradar.generator;

import org.jspecify.annotations.Nullable;

/**
 * What {@code radar new} and {@code radar:new} were asked to create: a blip, or with {@code
 * product} a product, and the values given so far. Every value may be missing; {@link
 * RadarGenerator#create} says which are needed, or asks for them at a terminal.
 *
 * @param id the file name without {@code .md}; derived from the title when null
 * @param ring for a blip: a ring id of radar.yaml
 * @param quadrant for a blip: a quadrant id of radar.yaml
 * @param category for a product: the quadrant id its alternatives are compared in
 * @param vendor the controlling company (required for a product)
 * @param origin the vendor's country code, such as {@code US} (required for a product)
 */
public record NewFileRequest(
    boolean product,
    @Nullable String title,
    @Nullable String id,
    @Nullable String ring,
    @Nullable String quadrant,
    @Nullable String category,
    @Nullable String vendor,
    @Nullable String origin) {}
