package eu.sovereignradar.generator.render.view;

import java.util.List;

/**
 * The 404 page: a way back to the home page and the quadrants.
 *
 * @param quadrants every quadrant, linked
 */
public record NotFoundView(List<QuadrantKey> quadrants) {
  public NotFoundView {
    quadrants = List.copyOf(quadrants);
  }
}
