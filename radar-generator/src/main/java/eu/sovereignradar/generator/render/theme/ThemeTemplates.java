package eu.sovereignradar.generator.render.theme;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.util.Locale;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;

/**
 * The FreeMarker setup, one per generator run with a theme folder and one per JVM for the default
 * theme alone ({@link #of}), configured as FreeMarker's manual recommends for new projects and
 * hardened because theme overrides and content are not ours.
 *
 * <ul>
 *   <li>Templates are {@code .ftlh}, so every value is HTML-escaped unless it is {@link Html}.
 *   <li>Errors are rethrown, not printed into the page, and not logged: the generator turns them
 *       into diagnostics with template name and line.
 *   <li>Numbers print in computer format and {@link Locale#ROOT}: a French JVM must not write
 *       {@code 1,5} into an SVG coordinate or a different page than an English one.
 *   <li>{@code ?new} and {@code ?api} are disabled, so a template cannot instantiate classes or
 *       reach Java methods.
 *   <li>Templates are parsed once and never re-checked for changes; no localized lookup (which
 *       would make the chosen file depend on the JVM locale).
 * </ul>
 *
 * Thread-safe once built: pages are rendered in parallel with the same templates.
 */
public final class ThemeTemplates {
  private final Configuration configuration;

  /**
   * The templates of {@code theme}. Those of the default theme alone are the jar's, which no build
   * changes, so one JVM parses them once for all its builds: the build daemon and the preview
   * server build many times, and parsing them was a tenth of a warm build of 1,000 blips. A theme
   * folder gets its own, read anew for each build, as its files may change between two.
   */
  public static ThemeTemplates of(Theme theme) throws IOException {
    if (!theme.isBuiltIn()) {
      return new ThemeTemplates(theme);
    }
    synchronized (ThemeTemplates.class) {
      // Not a holder class: a build that runs out of memory while it is being created must leave
      // the next build (in the daemon) free to try again, not a class that failed to initialise.
      if (builtIn == null) {
        builtIn = new ThemeTemplates(Theme.builtIn());
      }
      return builtIn;
    }
  }

  private static @Nullable ThemeTemplates builtIn;

  public ThemeTemplates(Theme theme) throws IOException {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(theme.templateLoader());
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setNumberFormat("c");
    cfg.setBooleanFormat("c");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setLocalizedLookup(false);
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setObjectWrapper(new ViewObjectWrapper());
    this.configuration = cfg;
  }

  /** The wrapper that turns view models into template values; thread-safe. */
  public ObjectWrapper objectWrapper() {
    return configuration.getObjectWrapper();
  }

  /**
   * The parsed template {@code name}.
   *
   * @throws freemarker.core.ParseException (an {@link IOException}) when it has a syntax error
   * @throws freemarker.template.TemplateNotFoundException when neither the override folder nor the
   *     theme has it
   */
  public Template get(String name) throws IOException {
    return configuration.getTemplate(name);
  }
}
