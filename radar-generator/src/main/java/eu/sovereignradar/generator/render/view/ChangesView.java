package eu.sovereignradar.generator.render.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The changes page of one edition, or (with {@code edition} null) the list of every edition.
 *
 * @param edition the edition shown, or null on the index page
 * @param lead what the page covers: the period since the previous edition
 * @param sections the edition's changes by kind, empty kinds left out
 * @param editions on the index: every edition, newest first; elsewhere the other editions
 */
public record ChangesView(
    @Nullable EditionRow edition,
    String lead,
    List<ChangeSection> sections,
    List<EditionRow> editions,
    String indexHref,
    @Nullable String feedHref) {
  public ChangesView {
    sections = List.copyOf(sections);
    editions = List.copyOf(editions);
  }
}
