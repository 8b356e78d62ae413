package eu.sovereignradar.generator.render.view;

/**
 * One criterion of a score's breakdown.
 *
 * @param id the criterion id (CSS hook and anchor)
 * @param title the criterion's name
 * @param points the points earned out of the weight, in words, e.g. "12.5 of 25"
 * @param level {@code full}, {@code partial}, {@code low} or {@code none} (CSS class)
 * @param explanation why the blip earned these points
 */
public record ScoreLine(String id, String title, String points, String level, String explanation) {}
