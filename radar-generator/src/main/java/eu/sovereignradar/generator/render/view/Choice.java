package eu.sovereignradar.generator.render.view;

/** One option of a filter: the value the script matches and the label the reader sees. */
public record Choice(String id, String label) {}
