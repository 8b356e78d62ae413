package eu.sovereignradar.generator.render.view;

import org.jspecify.annotations.Nullable;

/**
 * An application and the alternative recommended for it, for the report: its exposure, its target
 * with ring and score, and the step that moves it (or null).
 */
public record RecommendationRow(
    String application,
    String exposure,
    String disposition,
    @Nullable String target,
    String ring,
    String score,
    @Nullable String step) {}
