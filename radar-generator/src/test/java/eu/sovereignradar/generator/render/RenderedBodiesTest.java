package eu.sovereignradar.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import eu.sovereignradar.generator.render.safety.MarkdownRenderer;
import eu.sovereignradar.generator.render.safety.MarkdownRenderer.RenderedMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RenderedBodiesTest {
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final List<String> rendered = new ArrayList<>();

  private final Function<String, RenderedMarkdown> counting =
      body -> {
        rendered.add(body);
        return markdown.render(body);
      };

  @Test
  void aBodyUnchangedSinceTheBuildBeforeIsNotRenderedAgain() {
    RenderedBodies bodies = new RenderedBodies(1 << 20);
    bodies.start(0);
    RenderedMarkdown first = bodies.get("Some *text*.", counting);
    bodies.get("Other text.", counting);
    bodies.finish();

    bodies.start(0);
    RenderedMarkdown second = bodies.get("Some *text*.", counting);
    bodies.finish();

    assertThat(rendered).containsExactly("Some *text*.", "Other text.");
    assertThat(second).isSameAs(first).isEqualTo(markdown.render("Some *text*."));
    assertThat(second.html().markup()).isEqualTo("<p>Some <em>text</em>.</p>\n");
  }

  @Test
  void anEditedBodyIsRenderedAndOnlyTheLastBuildsBodiesAreKept() {
    RenderedBodies bodies = new RenderedBodies(1 << 20);
    bodies.start(0);
    bodies.get("Before the edit.", counting);
    bodies.get("Unchanged.", counting);
    bodies.finish();

    bodies.start(0);
    RenderedMarkdown edited = bodies.get("After the edit.", counting);
    bodies.get("Unchanged.", counting);
    bodies.finish();

    assertThat(edited.html().markup()).isEqualTo("<p>After the edit.</p>\n");
    assertThat(rendered).containsExactly("Before the edit.", "Unchanged.", "After the edit.");
    assertThat(bodies.size()).as("the body before the edit is dropped").isEqualTo(2);

    // A build that fails before finish() drops nothing; the next one finishes normally.
    bodies.start(0);
    bodies.get("Unchanged.", counting);
    bodies.start(0);
    bodies.get("Unchanged.", counting);
    bodies.finish();
    assertThat(bodies.size()).isEqualTo(1);
    assertThat(rendered).hasSize(3);
  }

  @Test
  void pastItsSizeABodyIsRenderedEveryTimeAndTheResultIsTheSame() {
    String small = "Short.";
    String large = "A longer body. ".repeat(20);
    // Room for the small body (source, HTML and text: 6 + 14 + 6 characters), not for the large.
    RenderedBodies bodies = new RenderedBodies(40);
    for (int build = 0; build < 3; build++) {
      bodies.start(0);
      assertThat(bodies.get(small, counting)).isEqualTo(markdown.render(small));
      assertThat(bodies.get(large, counting)).isEqualTo(markdown.render(large));
      bodies.finish();
    }
    assertThat(bodies.size()).isEqualTo(1);
    assertThat(rendered).containsExactly(small, large, large, large);
  }

  @Test
  void contentTooLargeForItsSizeKeepsNothing() {
    RenderedBodies bodies = new RenderedBodies(300);
    bodies.start(100);
    bodies.get("Kept.", counting);
    bodies.finish();
    assertThat(bodies.size()).isEqualTo(1);

    // 101 bytes of content would take more than 300 characters: nothing is kept, not even the
    // bodies of the build before.
    bodies.start(101);
    assertThat(bodies.get("Kept.", counting)).isEqualTo(markdown.render("Kept."));
    assertThat(bodies.size()).isZero();
    bodies.get("Other.", counting);
    bodies.finish();
    assertThat(bodies.size()).isZero();
    assertThat(rendered).containsExactly("Kept.", "Kept.", "Other.");

    bodies.start(100);
    bodies.get("Kept.", counting);
    bodies.finish();
    assertThat(bodies.size()).isEqualTo(1);
  }

  @Test
  void aSizeForTheHeapHoldsABody() {
    RenderedBodies bodies = RenderedBodies.forHeap();
    bodies.start(0);
    bodies.get("Text.", counting);
    bodies.finish();
    assertThat(bodies.size()).isEqualTo(1);
  }
}
