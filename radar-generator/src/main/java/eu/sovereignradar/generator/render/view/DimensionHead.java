package eu.sovereignradar.generator.render.view;

/** A column of the matrix: the dimension's id, name, and its weight as printed. */
public record DimensionHead(String id, String title, String weight, boolean floor) {}
