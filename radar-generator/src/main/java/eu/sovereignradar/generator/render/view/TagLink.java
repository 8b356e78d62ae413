package eu.sovereignradar.generator.render.view;

/**
 * A link to a tag page.
 *
 * @param id the tag (also its label)
 * @param href the tag page, relative to the current page
 * @param count the number of blips with the tag
 */
public record TagLink(String id, String href, int count) {}
