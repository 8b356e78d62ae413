package eu.sovereignradar.maven;

import eu.sovereignradar.generator.Preview;
import eu.sovereignradar.generator.PreviewReport;
import eu.sovereignradar.generator.RadarGenerator;
import java.io.File;
import java.io.IOException;
import java.net.BindException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site and serves it on http://127.0.0.1:8080/ until Ctrl-C. Every change to the content
 * or template folder rebuilds it and open pages reload by themselves; problems are logged and shown
 * over the page, which keeps showing the last good build. The preview is never published: use
 * radar:generate for that.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = false)
public final class ServeMojo extends AbstractRadarMojo {

  /**
   * A folder whose templates, messages and assets replace the default theme's files of the same
   * name.
   */
  @Parameter(property = "radar.templateDirectory")
  File templateDirectory;

  /** The port on 127.0.0.1 to serve the preview on; 0 picks a free one. */
  @Parameter(property = "radar.port", defaultValue = "8080")
  int port;

  @Override
  String goal() {
    return "serve";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (port < 0 || port > 65535) {
      throw new MojoFailureException("radar.port " + port + " is not a port: use 1 to 65535, or 0");
    }
    var options = options().templateDirectory(path(templateDirectory)).build();
    try (Preview preview = new RadarGenerator(options).serve(port, this::report)) {
      getLog()
          .info("Serving " + contentDirectory + " at " + preview.address() + ". Stop with Ctrl-C.");
      preview.runUntilStopped();
    } catch (BindException e) {
      int other = Preview.otherPort(port);
      throw new MojoFailureException(
          "Port "
              + port
              + " on 127.0.0.1 is in use; stop that program or use -Dradar.port="
              + other);
    } catch (IOException e) {
      throw ioFailure(e);
    }
  }

  private void report(PreviewReport build) {
    log(build.lines());
    if (build.published()) {
      getLog().info(build.headline());
    } else {
      getLog().error(build.headline());
    }
  }
}
