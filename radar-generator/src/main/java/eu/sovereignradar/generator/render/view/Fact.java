package eu.sovereignradar.generator.render.view;

import org.jspecify.annotations.Nullable;

/** One line of a facts list: a label and its value, with a link when the value has a page. */
public record Fact(String label, String value, @Nullable String href) {}
