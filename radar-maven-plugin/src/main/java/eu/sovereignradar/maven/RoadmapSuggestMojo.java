package eu.sovereignradar.maven;

import eu.sovereignradar.generator.DiagnosticText;
import eu.sovereignradar.generator.RadarGenerator;
import eu.sovereignradar.generator.RoadmapDrafts;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Drafts {@code roadmap/<item id>.md} for every inventory item with {@code disposition: replace}
 * and a target that no roadmap step moves yet: quick wins first (exposure removed per effort), each
 * after the items it depends on, dated in radar.yaml's roadmap phases. Writes new files only; an
 * existing file is never overwritten. {@code mvn radar:roadmap-suggest}.
 */
@Mojo(name = "roadmap-suggest", threadSafe = true, requiresProject = false)
public final class RoadmapSuggestMojo extends AbstractRadarMojo {
  @Override
  String goal() {
    return "roadmap-suggest";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    RoadmapDrafts result;
    try {
      result = new RadarGenerator(options().build()).suggestRoadmap();
    } catch (IOException e) {
      throw ioFailure(e);
    }
    if (result instanceof RoadmapDrafts.Invalid invalid) {
      log(text().lines(invalid.report()));
      throw new MojoFailureException(
          "radar:roadmap-suggest wrote nothing: fix the content's errors first.");
    }
    if (result instanceof RoadmapDrafts.NoPhases) {
      throw new MojoFailureException(
          "radar.yaml declares no roadmap phases, which the drafts are dated in: add roadmap:"
              + " {phases: [...]} (see docs/roadmap.md). Nothing was written.");
    }
    RoadmapDrafts.Drafted drafted = (RoadmapDrafts.Drafted) result;
    DiagnosticText.roadmapDrafts(drafted).forEach(getLog()::info);
    if (drafted.written() > 0) {
      getLog().info("Next: review the drafts, then run radar:validate.");
    }
  }
}
