package eu.sovereignradar.generator.render.theme;

import eu.sovereignradar.generator.render.safety.Html;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * Wraps view models for templates: records are read through their accessors ({@code blip.title},
 * see {@link RecordModel}), and {@link Html} becomes HTML markup that auto-escaping leaves alone.
 * Every other value is escaped when printed. View models hold only strings, numbers, booleans,
 * lists and records, so templates can print but have nothing to call.
 */
public final class ViewObjectWrapper extends DefaultObjectWrapper {
  public ViewObjectWrapper() {
    super(Configuration.VERSION_2_3_34);
  }

  @Override
  protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
    if (obj instanceof Html html) {
      return HTMLOutputFormat.INSTANCE.fromMarkup(html.markup());
    }
    if (obj instanceof Record r) {
      return new RecordModel(r, this);
    }
    return super.handleUnknownType(obj);
  }
}
