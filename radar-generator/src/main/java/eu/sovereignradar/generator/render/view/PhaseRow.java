package eu.sovereignradar.generator.render.view;

/**
 * A phase of the roadmap with its progress: steps (done of all), users moved by its steps and the
 * exposure that remains once it is over.
 */
public record PhaseRow(
    String title, DateText start, DateText end, String steps, String users, String exposureAfter) {}
