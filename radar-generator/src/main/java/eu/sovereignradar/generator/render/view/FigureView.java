package eu.sovereignradar.generator.render.view;

/** A key figure of the matrix page: the number, large, and the sentence it belongs to. */
public record FigureView(String value, String text) {}
