package eu.sovereignradar.generator.render.view;

/** A link to a page of this site: its text and its address relative to the current page. */
public record ItemLink(String title, String href) {}
