package eu.sovereignradar.generator.interop;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.ImportResult;
import eu.sovereignradar.generator.InlineFiles;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application spreadsheet into inventory/: the default mapping by header, --map, a semicolon
 * sheet as German and French spreadsheets export it, every bad cell named by row and column, and a
 * result that validates.
 */
class InventoryCsvImportTest {
  @TempDir Path dir;

  private static final String RADAR =
      """
      === radar.yaml
      title: T
      organisation:
        name: Example
        units: [{id: finance, title: Finance}, {id: it, title: IT services}]
      quadrants: [{id: communication, title: Communication}]
      rings: [{id: adopt, title: Adopt}]
      === products/microsoft-teams.md
      ---
      title: Microsoft Teams
      vendor: Microsoft Corporation
      origin: US
      category: communication
      ---
      Chat.
      === blips/element.md
      ---
      title: Element
      ring: adopt
      quadrant: communication
      ---
      Chat.
      """;

  private ImportResult run(String csv, Map<String, String> mapping) throws IOException {
    Path content = InlineFiles.write(dir.resolve("content"), RADAR);
    Path source = dir.resolve("apps.csv");
    Files.writeString(source, csv, StandardCharsets.UTF_8);
    return new RadarGenerator(GeneratorOptions.builder(content).build())
        .importFrom("inventory-csv", source, false, mapping);
  }

  private ValidationResult validate() throws IOException {
    return new RadarGenerator(GeneratorOptions.builder(dir.resolve("content")).build()).validate();
  }

  @Test
  void defaultMappingWritesItemsThatValidate() throws IOException {
    ImportResult.Done done =
        (ImportResult.Done)
            run(
                """
                Application;Product;Area;Service model;Criticality;Users;Units;Provider;Provider country;Data class;Personal data;Stored in;Contract end;Notice period;Auto renewal;Target;Disposition;Jurisdiction;Depends on;Notes;Vendor;Origin;Owner
                Teams (chat);Microsoft Teams;Collaboration;SaaS;High;1.450;Finance, IT services;Microsoft Ireland;ie;internal;yes;IE, NL;2027-06-30;6 months;no;element;Replace;0;Mail;Chat <script>alert(1)</script> for everyone;;;Ann
                Mail;;collaboration;on premises;critical;900;;;;;;;;;;;;unknown;;;Open-Xchange;de;Bob
                Old CRM;;business application;saas;medium;;;;;;;;;;;;;;;;;;Carl
                """,
                Map.of());
    assertThat(done.written())
        .containsExactly(
            dir.resolve("content") + "/inventory/teams-chat.md",
            dir.resolve("content") + "/inventory/mail.md");
    assertThat(Files.readString(dir.resolve("content/inventory/mail.md")))
        .contains("vendor: \"Open-Xchange\"\norigin: \"DE\"\n")
        .contains("serviceModel: \"on-premises\"")
        .contains("assessment:\n  jurisdiction: unknown\n");
    String teams = Files.readString(dir.resolve("content/inventory/teams-chat.md"));
    assertThat(teams)
        .isEqualTo(
            """
            ---
            title: "Teams (chat)"
            product: "microsoft-teams"
            area: "collaboration"
            provider:
              name: "Microsoft Ireland"
              country: "IE"
            serviceModel: "saas"
            data:
              class: "internal"
              personalData: true
              storedIn: ["IE", "NL"]
            users: 1450
            units: ["finance", "it"]
            criticality: "high"
            dependsOn: ["mail"]
            contract:
              end: "2027-06-30"
              notice: "P6M"
              autoRenewal: false
            target: "element"
            disposition: "replace"
            assessment:
              jurisdiction: 0
            ---
            Chat \\<script>alert(1)\\</script> for everyone
            """);
    assertThat(done.notes())
        .containsExactly(
            dir.resolve("apps.csv")
                + ":1: column 'Owner' (W) is not mapped; use --map 'Owner=FIELD' to import it");
    assertThat(done.problems())
        .containsExactly(
            dir.resolve("apps.csv")
                + ":4: row 4: without a product, vendor and origin are required (the vendor and"
                + " its country code)");
    assertThat(validate().errorCount()).as(validate().diagnostics().toString()).isZero();
  }

  @Test
  void badCellsNameRowAndColumnAndTheRowIsNotWritten() throws IOException {
    ImportResult.Done done =
        (ImportResult.Done)
            run(
                """
                name,vendor,origin,area,serviceModel,criticality,users,contract end,units,product
                Zoom,Zoom,US,collaboration,saas,very high,many,30.06.2027,legal,zoom
                Ok,Acme,DE,collaboration,saas,low,3,,,
                """,
                Map.of());
    String at = dir.resolve("apps.csv") + ":2: row 2, column ";
    assertThat(done.problems())
        .containsExactly(
            at + "'criticality' (F): 'very high' is not one of low, medium, high, critical",
            at + "'users' (G): 'many' is not a whole number of users",
            at
                + "'contract end' (H): '30.06.2027' is not a date written YYYY-MM-DD (format the"
                + " column as text or ISO date)",
            at + "'units' (I): 'legal' is not a unit of radar.yaml's organisation (finance, it)",
            at + "'product' (J): 'zoom' is not in products/");
    assertThat(done.written()).containsExactly(dir.resolve("content") + "/inventory/ok.md");
    assertThat(validate().errorCount()).isZero();
  }

  @Test
  void mapOverridesTheDefault() throws IOException {
    ImportResult.Done done =
        (ImportResult.Done)
            run(
                """
                Tool,Maker,HQ,area,serviceModel,criticality
                Slack,Salesforce,US,collaboration,saas,medium
                """,
                Map.of("Tool", "title", "Maker", "vendor", "HQ", "origin"));
    assertThat(done.problems()).isEmpty();
    assertThat(Files.readString(dir.resolve("content/inventory/slack.md")))
        .contains("title: \"Slack\"\nvendor: \"Salesforce\"\norigin: \"US\"\n");
    assertThat(validate().errorCount()).isZero();
  }

  @Test
  void mappingToAnUnknownFieldOrColumnIsRefused() throws IOException {
    assertThat(run("title\nA\n", Map.of("title", "titel")))
        .isInstanceOfSatisfying(
            ImportResult.BadMapping.class,
            b ->
                assertThat(b.message())
                    .contains("'titel' is not an inventory field (did you mean 'title'?)"));
    assertThat(run("title\nA\n", Map.of("Nope", "vendor")))
        .isInstanceOfSatisfying(
            ImportResult.Unreadable.class,
            u ->
                assertThat(u.message())
                    .isEqualTo(
                        dir.resolve("apps.csv")
                            + ":1: --map names column 'nope', which the header row does not have"));
  }

  @Test
  void withoutRadarYamlNothingIsWritten() throws IOException {
    Path source = dir.resolve("apps.csv");
    Files.writeString(source, "title\nA\n");
    Files.createDirectories(dir.resolve("empty"));
    ImportResult r =
        new RadarGenerator(GeneratorOptions.builder(dir.resolve("empty")).build())
            .importFrom("inventory-csv", source, false);
    assertThat(r).isInstanceOf(ImportResult.NoRadar.class);
    assertThat(dir.resolve("empty")).isEmptyDirectory();
  }

  @Test
  void columnLetters() {
    assertThat(InventoryCsv.letter(0)).isEqualTo("A");
    assertThat(InventoryCsv.letter(25)).isEqualTo("Z");
    assertThat(InventoryCsv.letter(26)).isEqualTo("AA");
    assertThat(InventoryCsv.letter(701)).isEqualTo("ZZ");
    assertThat(InventoryCsv.letter(702)).isEqualTo("AAA");
  }
}
