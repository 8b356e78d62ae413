package eu.sovereignradar.maven;

import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.diagnostic.Diagnostic;
import eu.sovereignradar.generator.diagnostic.DiagnosticFormatter;
import eu.sovereignradar.generator.serve.PreviewBuild;
import eu.sovereignradar.generator.serve.PreviewSession;
import java.io.File;
import java.io.IOException;
import java.net.BindException;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.AbstractMojo;
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
public final class ServeMojo extends AbstractMojo {

  /** The content folder holding radar.yaml, blips/ and products/. */
  @Parameter(property = "radar.contentDirectory", defaultValue = "${project.basedir}/content")
  File contentDirectory;

  /** A folder whose templates, messages and assets replace the default theme's files of the same name. */
  @Parameter(property = "radar.templateDirectory")
  File templateDirectory;

  /** The port on 127.0.0.1 to serve the preview on; 0 picks a free one. */
  @Parameter(property = "radar.port", defaultValue = "8080")
  int port;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    DiagnosticFormatter formatter = new DiagnosticFormatter(contentDirectory.toString());
    PreviewSession session;
    try {
      session = PreviewSession.start(GeneratorOptions.builder(contentDirectory.toPath())
          .templateDirectory(templateDirectory == null ? null : templateDirectory.toPath()).build(), port,
          build -> report(build, formatter));
    } catch (BindException e) {
      throw new MojoFailureException("Port " + port + " on 127.0.0.1 is already in use (by another radar:serve?);"
          + " stop that program, or choose another port with -Dradar.port=" + (port == 65535 ? 8081 : port + 1) + ".");
    } catch (IOException e) {
      throw new MojoExecutionException("radar:serve cannot start: " + e.getMessage(), e);
    }
    getLog().info("Serving " + contentDirectory + " at " + session.address()
        + " - pages reload when you save. Stop with Ctrl-C.");
    Runtime.getRuntime().addShutdownHook(new Thread(session::close, "radar-serve-stop"));
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      session.close();
    }
  }

  private void report(PreviewBuild build, DiagnosticFormatter formatter) {
    build.findResult().ifPresent(r -> {
      for (Diagnostic d : r.diagnostics()) {
        if (d.isError()) {
          getLog().error(formatter.text(d));
        } else {
          getLog().warn(formatter.text(d));
        }
      }
    });
    if (build.published()) {
      getLog().info(build.headline());
    } else {
      getLog().error(build.headline());
    }
  }
}
