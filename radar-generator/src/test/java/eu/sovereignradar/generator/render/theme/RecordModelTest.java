package eu.sovereignradar.generator.render.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.sovereignradar.generator.render.safety.Html;
import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Templates read view records as before the wrapper was replaced: by component name. */
class RecordModelTest {
  /** A view record as the render package builds them. */
  public record Item(
      String title,
      int number,
      @Nullable String note,
      boolean open,
      List<String> tags,
      Html body,
      @Nullable Item parent) {}

  private static final Item ITEM =
      new Item(
          "A <b>",
          7,
          null,
          true,
          List.of("x", "y"),
          new Html("<p>hi</p>"),
          new Item("Parent", 1, "n", false, List.of(), new Html(""), null));

  @Test
  void printsComponentsByNameEscapedExceptHtml() throws Exception {
    assertThat(render("${item.title}|${item.number}|${item.body}|${item.parent.title}"))
        .isEqualTo("A &lt;b&gt;|7|<p>hi</p>|Parent");
  }

  @Test
  void nullComponentsAndUnknownKeysAreMissing() throws Exception {
    assertThat(
            render(
                "${item.note???c}|${item.parent.note???c}|${item.nope???c}|${item.parent.parent???c}"))
        .isEqualTo("false|true|false|false");
  }

  @Test
  void listsBooleansAndHasContentWorkAsWithTheBeanWrapper() throws Exception {
    assertThat(
            render(
                "<#list item.tags as t>${t}<#sep>,</#list>|${item.open?c}|${item.tags?has_content?c}|"
                    + "${item?has_content?c}|${item.parent.tags?has_content?c}"))
        .isEqualTo("x,y|true|true|true|false");
  }

  @Test
  void accessorsCanBeCalledLikeMethods() throws Exception {
    assertThat(render("${item.title()}|${item.number()}")).isEqualTo("A &lt;b&gt;|7");
  }

  @Test
  void listsComponentNamesInDeclarationOrder() throws Exception {
    assertThat(render("<#list item?keys as k>${k}<#sep>,</#list>"))
        .isEqualTo("title,number,note,open,tags,body,parent");
  }

  @Test
  void aMissingValuePrintedWithoutDefaultIsATemplateError() {
    assertThatThrownBy(() -> render("${item.note}")).isInstanceOf(TemplateException.class);
  }

  private static String render(String template) throws IOException, TemplateException {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    StringTemplateLoader loader = new StringTemplateLoader();
    loader.putTemplate("t.ftlh", template);
    cfg.setTemplateLoader(loader);
    cfg.setObjectWrapper(new ViewObjectWrapper());
    cfg.setLogTemplateExceptions(false);
    StringWriter out = new StringWriter();
    cfg.getTemplate("t.ftlh").process(Map.of("item", ITEM), out);
    return out.toString();
  }
}
