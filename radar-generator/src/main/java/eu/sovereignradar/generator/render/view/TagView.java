package eu.sovereignradar.generator.render.view;

import java.util.List;

/**
 * A tag page: every blip with the tag, grouped by ring.
 *
 * @param id the tag
 * @param heading the page heading, e.g. "Tag: files"
 * @param count the number of blips, in words
 * @param rings the non-empty rings, inner to outer
 */
public record TagView(String id, String heading, String count, List<RingGroup> rings) {
  public TagView {
    rings = List.copyOf(rings);
  }
}
