package eu.sovereignradar.maven;

import eu.sovereignradar.generator.ImportResult;
import eu.sovereignradar.generator.RadarGenerator;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports another radar tool's data into the content folder, as {@code radar import}: {@code mvn
 * radar:import -Dradar.format=byor-csv -Dradar.source=radar.csv}. Writes radar.yaml when there is
 * none and one blip per entry; {@code inventory-csv} writes {@code inventory/} files of an existing
 * radar. Never overwrites a file unless {@code radar.force}; fails the build, after writing the
 * others, when entries could not be imported (each is listed with file and line).
 */
@Mojo(name = "import", threadSafe = true, requiresProject = false)
public final class ImportMojo extends AbstractRadarMojo {
  /** byor-csv, byor-json, zalando, backstage, aoe or inventory-csv. */
  @Parameter(property = "radar.format", required = true)
  String format;

  /** The file to read (for aoe: the AOE radar folder). */
  @Parameter(property = "radar.source", required = true)
  File source;

  /** Overwrite blip or inventory files that exist (radar.yaml is never overwritten). */
  @Parameter(property = "radar.force", defaultValue = "false")
  boolean force;

  /**
   * inventory-csv: column mappings {@code Column=field} overriding the default mapping of
   * docs/interop.md, e.g. {@code -Dradar.map="Tool=title,Maker=vendor"}.
   */
  @Parameter(property = "radar.map")
  List<String> map = new ArrayList<>();

  @Override
  String goal() {
    return "import";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (!RadarGenerator.importFormats().contains(format)) {
      throw new MojoExecutionException(
          "radar.format '"
              + format
              + "' is not an import format; use one of "
              + String.join(", ", RadarGenerator.importFormats()));
    }
    Map<String, String> mapping = new LinkedHashMap<>();
    for (String m : map) {
      int eq = m.lastIndexOf('=');
      if (eq <= 0 || eq == m.length() - 1) {
        throw new MojoExecutionException(
            "radar.map '" + m + "' is not COLUMN=FIELD, e.g. 'Application name=title'");
      }
      mapping.put(m.substring(0, eq).strip(), m.substring(eq + 1).strip());
    }
    ImportResult result;
    try {
      result =
          new RadarGenerator(options().build()).importFrom(format, source.toPath(), force, mapping);
    } catch (IOException e) {
      throw ioFailure(e);
    }
    if (result instanceof ImportResult.BadMapping b) {
      throw new MojoExecutionException(b.message());
    }
    if (result instanceof ImportResult.Unreadable u) {
      getLog().error(u.message());
      throw new MojoFailureException(
          "radar:import wrote nothing: the source cannot be read as " + format + ".");
    }
    if (result instanceof ImportResult.NoRadar n) {
      log(text().lines(n.report()));
      throw new MojoFailureException("radar:import wrote nothing: fix radar.yaml first.");
    }
    ImportResult.Done done = (ImportResult.Done) result;
    for (String line : done.lines("-Dradar.force=true")) {
      if (line.startsWith("Not imported")) {
        getLog().error(line);
      } else {
        getLog().info(line);
      }
    }
    if (!done.problems().isEmpty()) {
      throw new MojoFailureException(
          done.problems().size()
              + " entr"
              + (done.problems().size() == 1 ? "y was" : "ies were")
              + " not imported (listed above); the others were written.");
    }
    getLog().info("Next: run radar:validate and fill in the sovereignty facts.");
  }
}
