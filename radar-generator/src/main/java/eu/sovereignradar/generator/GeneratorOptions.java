package eu.sovereignradar.generator;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What to generate from where. Built with {@link #builder(Path)}. Immutable and thread-safe. */
public final class GeneratorOptions {
  private final Path contentDirectory;
  private final @Nullable Path outputDirectory;
  private final @Nullable Path templateDirectory;
  private final boolean preview;
  private final boolean strict;
  private final boolean publicBuild;

  private GeneratorOptions(Builder b) {
    this.contentDirectory = b.contentDirectory;
    this.outputDirectory = b.outputDirectory;
    this.templateDirectory = b.templateDirectory;
    this.preview = b.preview;
    this.strict = b.strict;
    this.publicBuild = b.publicBuild;
  }

  public static Builder builder(Path contentDirectory) {
    return new Builder(contentDirectory);
  }

  /** The content folder (holding radar.yaml). */
  public Path contentDirectory() {
    return contentDirectory;
  }

  /** Where the site is written; required by {@link RadarGenerator#generate}. */
  public Optional<Path> outputDirectory() {
    return Optional.ofNullable(outputDirectory);
  }

  /** A folder whose files replace default templates and assets of the same name. */
  public Optional<Path> templateDirectory() {
    return Optional.ofNullable(templateDirectory);
  }

  /** True for the local preview server: pages get its live-reload script. Never for publishing. */
  public boolean preview() {
    return preview;
  }

  /**
   * True when warnings count as errors: {@link RadarGenerator#generate} then writes no site while
   * there is any warning.
   */
  public boolean strict() {
    return strict;
  }

  /**
   * True for a public build: the site leaves out everything internal (the inventory, the
   * organisation and its assessment), on every page and in every file.
   */
  public boolean publicBuild() {
    return publicBuild;
  }

  /** Builder for {@link GeneratorOptions}. Not thread-safe. */
  public static final class Builder {
    private final Path contentDirectory;
    private @Nullable Path outputDirectory;
    private @Nullable Path templateDirectory;
    private boolean preview;
    private boolean strict;
    private boolean publicBuild;

    private Builder(Path contentDirectory) {
      this.contentDirectory = requireNonNull(contentDirectory, "contentDirectory");
    }

    /** Output folder; default none (validation only). */
    public Builder outputDirectory(@Nullable Path outputDirectory) {
      this.outputDirectory = outputDirectory;
      return this;
    }

    /** Theme override folder; default none (the built-in theme). */
    public Builder templateDirectory(@Nullable Path templateDirectory) {
      this.templateDirectory = templateDirectory;
      return this;
    }

    /** Preview mode; default false. */
    public Builder preview(boolean preview) {
      this.preview = preview;
      return this;
    }

    /** Treat warnings as errors (no site is written while there is a warning); default false. */
    /** Leaves everything internal out of the site (see {@link GeneratorOptions#publicBuild()}). */
    public Builder publicBuild(boolean publicBuild) {
      this.publicBuild = publicBuild;
      return this;
    }

    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    public GeneratorOptions build() {
      return new GeneratorOptions(this);
    }
  }
}
