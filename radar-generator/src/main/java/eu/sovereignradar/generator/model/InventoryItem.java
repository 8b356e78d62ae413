package eu.sovereignradar.generator.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One application or service as this organisation uses it: {@code inventory/<id>.md}. The same
 * product bought twice is two items, because contract, data location and operation differ. Internal
 * data: a public build drops every item. {@code assessments} holds the dimensions the file
 * assesses, by dimension id; a dimension not in it is unknown. Product, target blip, units and
 * dependencies are ids, checked by the validator. Immutable and thread-safe.
 */
public record InventoryItem(
    String id,
    String title,
    @Nullable String product,
    @Nullable String vendor,
    @Nullable Country origin,
    Area area,
    @Nullable Quadrant category,
    @Nullable Provider provider,
    ServiceModel serviceModel,
    DataProfile data,
    @Nullable Integer users,
    List<String> units,
    List<String> processes,
    Criticality criticality,
    List<String> dependsOn,
    @Nullable Contract contract,
    Map<String, DimensionAssessment> assessments,
    @Nullable String target,
    @Nullable Disposition disposition,
    String body,
    SourceRef source) {
  public InventoryItem {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(area, "area");
    requireNonNull(serviceModel, "serviceModel");
    requireNonNull(data, "data");
    requireNonNull(criticality, "criticality");
    units = List.copyOf(units);
    processes = List.copyOf(processes);
    dependsOn = List.copyOf(dependsOn);
    assessments = Map.copyOf(assessments);
  }

  /** The method's three areas, which the matrix groups by. */
  public enum Area {
    BUSINESS_APPLICATION,
    CLOUD_PROVIDER,
    COLLABORATION;

    public String id() {
      return Vocabulary.id(this);
    }

    public static Optional<Area> of(String id) {
      return Vocabulary.of(values(), id);
    }
  }

  /** How the service is delivered. */
  public enum ServiceModel {
    SAAS,
    PAAS,
    IAAS,
    ON_PREMISES,
    DESKTOP;

    public String id() {
      return Vocabulary.id(this);
    }

    public static Optional<ServiceModel> of(String id) {
      return Vocabulary.of(values(), id);
    }
  }

  /** What the item's failure or loss would cost; {@link #weight()} feeds the impact. */
  public enum Criticality {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    public String id() {
      return Vocabulary.id(this);
    }

    /** 1 for low to 4 for critical. */
    public int weight() {
      return ordinal() + 1;
    }

    public static Optional<Criticality> of(String id) {
      return Vocabulary.of(values(), id);
    }
  }

  /** Who holds the encryption keys of the data. */
  public enum KeyControl {
    PROVIDER,
    CUSTOMER_MANAGED,
    CUSTOMER_HELD;

    public String id() {
      return Vocabulary.id(this);
    }

    public static Optional<KeyControl> of(String id) {
      return Vocabulary.of(values(), id);
    }
  }

  /** What the organisation intends to do with the item. */
  public enum Disposition {
    RETAIN,
    REPLACE,
    RETIRE,
    REHOST;

    public String id() {
      return Vocabulary.id(this);
    }

    public static Optional<Disposition> of(String id) {
      return Vocabulary.of(values(), id);
    }
  }

  /** The contracting entity and the group it belongs to; every part may be unknown. */
  public record Provider(
      @Nullable String name,
      @Nullable Country country,
      @Nullable String parent,
      @Nullable Country parentCountry) {}

  /**
   * The data the item holds: its class (an id of radar.yaml's data classes), whether it is personal
   * data, where it is stored and processed, and who holds the keys.
   */
  public record DataProfile(
      @Nullable String dataClass,
      @Nullable Boolean personalData,
      List<Country> storedIn,
      List<Country> processedIn,
      @Nullable KeyControl keys) {
    public DataProfile {
      storedIn = List.copyOf(storedIn);
      processedIn = List.copyOf(processedIn);
    }

    public static DataProfile unknown() {
      return new DataProfile(null, null, List.of(), List.of(), null);
    }
  }

  /** The contract: its end, notice period, renewal, governing law and exit clause. */
  public record Contract(
      @Nullable LocalDate end,
      @Nullable Period notice,
      @Nullable Boolean autoRenewal,
      @Nullable Country governingLaw,
      @Nullable Boolean exitClause) {
    /**
     * The last day to give notice: {@code end} minus {@code notice}, or {@code end} without one.
     */
    public Optional<LocalDate> decisionDate() {
      return Optional.ofNullable(end).map(e -> notice == null ? e : e.minus(notice));
    }
  }

  /**
   * One dimension's assessment: a level from 0 to 4, or null for {@code unknown}, with its evidence
   * and date.
   */
  public record DimensionAssessment(
      @Nullable Integer level, @Nullable String evidence, @Nullable LocalDate assessed) {}

  /** Lower-case, hyphenated ids of enum constants, the way the content files spell them. */
  static final class Vocabulary {
    private Vocabulary() {}

    static String id(Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> Optional<E> of(E[] values, String id) {
      return Arrays.stream(values).filter(v -> id(v).equals(id)).findFirst();
    }

    static <E extends Enum<E>> List<String> ids(E[] values) {
      return Arrays.stream(values).map(Vocabulary::id).toList();
    }
  }

  /** The ids of a vocabulary, for hints and did-you-mean. */
  public static <E extends Enum<E>> List<String> ids(E[] values) {
    return Vocabulary.ids(values);
  }
}
