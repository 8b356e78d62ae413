package eu.sovereignradar.generator.render.view;

import org.jspecify.annotations.Nullable;

/** One dimension of an application's assessment, with the evidence and the date behind it. */
public record AssessmentRow(
    String dimension, LevelCell level, @Nullable String evidence, @Nullable DateText assessed) {}
