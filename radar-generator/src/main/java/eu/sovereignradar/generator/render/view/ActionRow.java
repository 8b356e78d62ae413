package eu.sovereignradar.generator.render.view;

import org.jspecify.annotations.Nullable;

/** A change action: its date (or null when not planned yet), what happens, and its step. */
public record ActionRow(@Nullable DateText date, String title, ItemLink step) {}
