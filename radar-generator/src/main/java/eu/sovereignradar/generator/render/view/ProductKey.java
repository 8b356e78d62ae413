package eu.sovereignradar.generator.render.view;

/**
 * A product as the "alternatives to" filter offers it.
 *
 * @param id the product id (the value blips carry in {@code data-replaces})
 * @param title the product's name
 */
public record ProductKey(String id, String title) {}
