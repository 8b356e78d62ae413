package eu.sovereignradar.generator.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core's layering, checked on the compiled classes (tests excluded), so that a wrong import
 * fails the build instead of waiting for a review. From the bottom up: diagnostics and the model
 * (plain Java), reading content, scoring and layout, validation, comparisons, the analysis stage,
 * rendering (its sub-packages in their own order), the tools built on them (reports, scaffolding,
 * the preview), the façade in the root package, and the CLI on top. Each layer may use only the
 * layers below it; the README's "Project layout" describes the same map.
 */
class LayeringTest {
  private static final String ROOT = "eu.sovereignradar.generator";

  /** Bottom first: a layer may depend on the layers before it, never on the ones after. */
  private static final List<String[]> LAYERS =
      List.of(
          new String[] {
            "Foundation", ROOT + ".diagnostic..", ROOT + ".model..", ROOT + ".schema.."
          },
          new String[] {"Content", ROOT + ".content.."},
          new String[] {"Scoring", ROOT + ".score..", ROOT + ".layout.."},
          new String[] {"Validation", ROOT + ".validation.."},
          new String[] {"Comparison", ROOT + ".compare.."},
          new String[] {"Analysis", ROOT + ".analysis.."},
          new String[] {"RenderSafety", ROOT + ".render.safety.."},
          new String[] {"RenderView", ROOT + ".render.view.."},
          new String[] {"RenderOutput", ROOT + ".render.output.."},
          new String[] {"RenderTheme", ROOT + ".render.theme.."},
          new String[] {"RenderFiles", ROOT + ".render.files.."},
          new String[] {"RenderPage", ROOT + ".render.page.."},
          new String[] {"Render", ROOT + ".render"},
          new String[] {
            "Tools",
            ROOT + ".report..",
            ROOT + ".scaffold..",
            ROOT + ".serve..",
            ROOT + ".interop.."
          },
          new String[] {"Facade", ROOT},
          new String[] {"Cli", ROOT + ".cli.."});

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String[] layer : LAYERS) {
      rule = rule.layer(layer[0]).definedBy(java.util.Arrays.copyOfRange(layer, 1, layer.length));
    }
    for (int i = 0; i < LAYERS.size(); i++) {
      String[] below = LAYERS.subList(0, i).stream().map(l -> l[0]).toArray(String[]::new);
      rule =
          below.length == 0
              ? rule.whereLayer(LAYERS.get(i)[0]).mayNotAccessAnyLayer()
              : rule.whereLayer(LAYERS.get(i)[0]).mayOnlyAccessLayers(below);
    }
    rule.check(core);
  }

  @Test
  void noPackagesDependOnEachOtherInACycle() {
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  void diagnosticsAndTheModelArePlainJava() {
    classes()
        .that()
        .resideInAnyPackage(ROOT + ".diagnostic..", ROOT + ".model..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(ROOT + ".diagnostic..", ROOT + ".model..", "java..", "org.jspecify..")
        .because("every other package builds on them, so they must not pull in a library")
        .check(core);
  }

  @Test
  void theCliGoesThroughTheFacadeOnly() {
    classes()
        .that()
        .resideInAPackage(ROOT + ".cli..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(ROOT, ROOT + ".cli..", "java..", "picocli..", "org.jspecify..")
        .because("the CLI only translates options in and results out; the work is the façade's")
        .check(core);
  }
}
