package eu.sovereignradar.maven;

import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.DiagnosticCollector;
import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import eu.sovereignradar.generator.scaffold.Prompter;
import eu.sovereignradar.generator.scaffold.ScaffoldInterview;
import eu.sovereignradar.generator.scaffold.ScaffoldProblem;
import eu.sovereignradar.generator.scaffold.ScaffoldRequest;
import eu.sovereignradar.generator.scaffold.ScaffoldRequest.Field;
import eu.sovereignradar.generator.scaffold.ScaffoldRequest.Kind;
import eu.sovereignradar.generator.scaffold.Scaffolder;
import eu.sovereignradar.generator.validation.RadarSections;
import java.io.Console;
import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates a new blip file, {@code blips/<id>.md} (or with {@code radar.product} a product file,
 * {@code products/<id>.md}), with every front-matter field and a comment on each, and a body
 * skeleton. The id is derived from the title; ring, quadrant and category are checked against
 * radar.yaml. An existing file is never overwritten. In interactive mode at a terminal, missing
 * values are asked for; in batch mode ({@code -B}) they must be given as properties, e.g.
 * {@code mvn radar:new -Dradar.title="Nextcloud Hub" -Dradar.ring=trial -Dradar.quadrant=collaboration}.
 */
@Mojo(name = "new", threadSafe = true, requiresProject = false)
public final class NewMojo extends AbstractMojo {

  /** The content folder holding radar.yaml; the new file goes into its blips/ or products/ folder. */
  @Parameter(property = "radar.contentDirectory", defaultValue = "${project.basedir}/content")
  File contentDirectory;

  /** Create a product (a proprietary tool that blips replace) instead of a blip. */
  @Parameter(property = "radar.product", defaultValue = "false")
  boolean product;

  /** The name of the technology or product; the id is derived from it. */
  @Parameter(property = "radar.title")
  String title;

  /** The file name without .md, when the one derived from the title does not suit. */
  @Parameter(property = "radar.id")
  String id;

  /** For a blip: a ring id of radar.yaml, such as trial. */
  @Parameter(property = "radar.ring")
  String ring;

  /** For a blip: a quadrant id of radar.yaml. */
  @Parameter(property = "radar.quadrant")
  String quadrant;

  /** For a product: the quadrant id its alternatives are compared in. */
  @Parameter(property = "radar.category")
  String category;

  /** The company that controls it (required for a product). */
  @Parameter(property = "radar.vendor")
  String vendor;

  /** The country code of the vendor's headquarters, such as US (required for a product). */
  @Parameter(property = "radar.origin")
  String origin;

  /** Maven's interactive mode (off with -B): only then, and at a terminal, are missing values asked for. */
  @Parameter(defaultValue = "${settings.interactiveMode}", readonly = true)
  boolean interactiveMode;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    try {
      DiagnosticCollector diagnostics = new DiagnosticCollector();
      Optional<RadarSections> sections = RadarSections.read(contentDirectory.toPath(), diagnostics);
      if (sections.isEmpty()) {
        DiagnosticFormatter formatter = new DiagnosticFormatter(contentDirectory.toString());
        for (Diagnostic d : diagnostics.sorted()) {
          getLog().error(formatter.text(d));
        }
        throw new MojoFailureException("radar.yaml must declare the quadrants and rings before radar:new can add"
            + " content. Fix the problems listed above.");
      }
      Scaffolder scaffolder = new Scaffolder(contentDirectory.toPath(), sections.get(), Clock.systemDefaultZone());
      ScaffoldRequest request = ScaffoldRequest.of(product ? Kind.PRODUCT : Kind.BLIP)
          .with(Field.TITLE, title).with(Field.ID, id).with(Field.RING, ring).with(Field.QUADRANT, quadrant)
          .with(Field.CATEGORY, category).with(Field.VENDOR, vendor).with(Field.ORIGIN, origin);
      Console console = System.console();
      if (interactiveMode && console != null && !scaffolder.check(request).isEmpty()) {
        request = ScaffoldInterview.complete(request, scaffolder, Prompter.of(console))
            .orElseThrow(() -> new MojoFailureException("radar:new was cancelled; nothing was written."));
      }
      Scaffolder.Result result = scaffolder.create(request);
      if (result instanceof Scaffolder.Rejected rejected) {
        for (ScaffoldProblem p : rejected.problems()) {
          getLog().error("radar." + p.field().key() + ": " + p.message() + (p.hint() == null ? "" : "; " + p.hint()));
        }
        throw new MojoFailureException("radar:new wrote nothing: fix the " + rejected.problems().size()
            + " problem(s) above, giving values as -Dradar.<name>=value.");
      }
      Scaffolder.Created created = (Scaffolder.Created) result;
      getLog().info("Created " + new File(contentDirectory, created.path()));
      getLog().info(product
          ? "Next: fill in the empty fields and the text, and add '" + created.id() + "' to the replaces list"
              + " of the blips that replace it."
          : "Next: fill in the empty fields and the text, then run radar:validate.");
    } catch (IOException e) {
      throw new MojoExecutionException("radar:new cannot read or write files: " + e.getMessage(), e);
    }
  }
}
