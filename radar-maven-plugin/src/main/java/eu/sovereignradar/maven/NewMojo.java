package eu.sovereignradar.maven;

import eu.sovereignradar.generator.NewFileRequest;
import eu.sovereignradar.generator.NewFileResult;
import eu.sovereignradar.generator.RadarGenerator;
import java.io.Console;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates a new blip file, {@code blips/<id>.md} (or with {@code radar.product} a product file,
 * {@code products/<id>.md}), with every front-matter field and a comment on each, and a body
 * skeleton. The id is derived from the title; ring, quadrant and category are checked against
 * radar.yaml. An existing file is never overwritten. In interactive mode at a terminal, missing
 * values are asked for; in batch mode ({@code -B}) they must be given as properties, e.g. {@code
 * mvn radar:new -Dradar.title="Nextcloud Hub" -Dradar.ring=trial -Dradar.quadrant=collaboration}.
 */
@Mojo(name = "new", threadSafe = true, requiresProject = false)
public final class NewMojo extends AbstractRadarMojo {
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

  /**
   * Creates the translation of an existing file into this language, one of radar.yaml's languages,
   * instead of a new blip: {@code -Dradar.lang=fr -Dradar.id=nextcloud} (docs/translations.md).
   */
  @Parameter(property = "radar.lang")
  String lang;

  /**
   * Maven's interactive mode (off with -B): only then, and at a terminal, are missing values asked
   * for.
   */
  @Parameter(defaultValue = "${settings.interactiveMode}", readonly = true)
  boolean interactiveMode;

  @Override
  String goal() {
    return "new";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    var request = new NewFileRequest(product, title, id, ring, quadrant, category, vendor, origin);
    NewFileResult result;
    try {
      Console console = interactiveMode ? System.console() : null;
      RadarGenerator generator = new RadarGenerator(options().build());
      if (lang != null && id == null) {
        throw new MojoFailureException(
            "radar:new -Dradar.lang="
                + lang
                + " needs -Dradar.id, the id of the file to translate");
      }
      result =
          lang != null ? generator.createTranslation(lang, id) : generator.create(request, console);
    } catch (IOException e) {
      throw ioFailure(e);
    }
    if (result instanceof NewFileResult.NoRadar noRadar) {
      log(text().lines(noRadar.report()));
      throw new MojoFailureException("Fix radar.yaml first: radar:new checks against it.");
    } else if (result instanceof NewFileResult.Cancelled) {
      throw new MojoFailureException("radar:new was cancelled; nothing was written.");
    } else if (result instanceof NewFileResult.Rejected rejected) {
      rejected.problems().forEach(p -> getLog().error(p.text("radar." + p.field())));
      int n = rejected.problems().size();
      throw new MojoFailureException(
          "radar:new wrote nothing: fix the " + n + " problem(s) above.");
    }
    NewFileResult.Created created = (NewFileResult.Created) result;
    getLog().info("Created " + created.path());
    getLog()
        .info(
            lang != null
                ? "Translate its texts and body, then run radar:validate."
                : created.nextStep("radar:validate"));
  }
}
