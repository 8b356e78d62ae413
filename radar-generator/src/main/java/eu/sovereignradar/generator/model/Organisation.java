package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The organisation whose inventory the radar holds, from radar.yaml: its name and its units
 * (departments, services) that use applications. Internal: a public build drops it.
 */
public record Organisation(String name, List<Unit> units) {
  public Organisation {
    requireNonNull(name, "name");
    units = List.copyOf(units);
  }

  /** A department or service of the organisation. */
  public record Unit(String id, String title) {}

  public Optional<Unit> findUnit(String id) {
    return units.stream().filter(u -> u.id().equals(id)).findFirst();
  }
}
