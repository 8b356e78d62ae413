package eu.sovereignradar.generator.render.view;

import java.util.List;

/**
 * The blips of one ring (within a quadrant, or on a tag page), in radar order.
 *
 * @param id the ring id
 * @param title the ring title
 * @param blips the blips, never empty
 */
public record RingGroup(String id, String title, List<BlipItem> blips) {
  public RingGroup {
    blips = List.copyOf(blips);
  }
}
