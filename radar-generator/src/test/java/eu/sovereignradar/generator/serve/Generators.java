package eu.sovereignradar.generator.serve;

import eu.sovereignradar.generator.GenerationResult;
import eu.sovereignradar.generator.GeneratorOptions;
import eu.sovereignradar.generator.RadarGenerator;
import java.io.IOException;
import java.nio.file.Path;

/** Starts sessions the way the façade does, with real generators, for the tests of this package. */
final class Generators {
  private Generators() {}

  static PreviewSession start(
      GeneratorOptions options, int port, java.util.function.Consumer<PreviewBuild> listener)
      throws IOException {
    Path templates = options.templateDirectory().orElse(null);
    SiteBuilder builder =
        folder -> {
          RadarGenerator g =
              new RadarGenerator(
                  GeneratorOptions.builder(options.contentDirectory())
                      .templateDirectory(templates)
                      .outputDirectory(folder)
                      .preview(true)
                      .build());
          return () -> {
            GenerationResult r = g.generate();
            return new BuildOutcome(r.diagnostics(), r.filesChecked(), r.written());
          };
        };
    return PreviewSession.start(options.contentDirectory(), templates, builder, port, listener);
  }
}
