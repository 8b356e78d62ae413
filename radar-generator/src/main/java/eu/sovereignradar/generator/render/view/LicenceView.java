package eu.sovereignradar.generator.render.view;

import org.jspecify.annotations.Nullable;

/**
 * A blip's licence.
 *
 * @param expression the SPDX expression, e.g. {@code AGPL-3.0-or-later}
 * @param kind the kind in words ("Open source", "Open core"...)
 * @param kindId {@code open-source}, {@code open-core}, {@code source-available} or {@code
 *     proprietary} (CSS class)
 * @param note the licence note, or null
 */
public record LicenceView(String expression, String kind, String kindId, @Nullable String note) {}
