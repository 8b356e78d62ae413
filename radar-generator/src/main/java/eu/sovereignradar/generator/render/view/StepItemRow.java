package eu.sovereignradar.generator.render.view;

import org.jspecify.annotations.Nullable;

/**
 * An application a step moves: its exposure now and once moved, its notice deadline, and the
 * comparison page of its product (or null without one).
 */
public record StepItemRow(
    ItemLink item,
    String exposureBefore,
    String exposureAfter,
    @Nullable DateText decideBefore,
    @Nullable ItemLink comparison) {}
