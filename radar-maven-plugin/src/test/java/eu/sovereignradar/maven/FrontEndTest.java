package eu.sovereignradar.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The goals are a thin layer: they reach the core only through its façade, the root package. */
class FrontEndTest {
  @Test
  void goalsUseOnlyTheFacadeOfTheCore() {
    JavaClasses goals =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.sovereignradar.maven");
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("eu.sovereignradar.generator.*..")
        .because(
            "parameters go in and diagnostics come out; the work is RadarGenerator's, as for the CLI")
        .check(goals);
  }
}
