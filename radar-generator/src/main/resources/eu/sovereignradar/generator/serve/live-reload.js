// Sovereign Radar preview (radar serve): reloads the page after each good rebuild, and while the
// content has errors shows them over the page, which still shows the last good build. The preview
// server serves this file; it is never part of a published site.
(function () {
  "use strict";
  if (!window.EventSource) {
    return;
  }
  var shown = null;
  var overlay = null;
  try {
    // The build this page came from, sent by the server with the page (Server-Timing header).
    var nav = performance.getEntriesByType("navigation")[0];
    (nav && nav.serverTiming || []).forEach(function (t) {
      if (t.name === "radar-site") {
        shown = Number(t.description);
      }
    });
  } catch (ignored) {
    // Older browsers: the first event tells which build is served.
  }

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function show(state) {
    hide();
    overlay = document.createElement("section");
    overlay.setAttribute("role", "alert");
    overlay.setAttribute("aria-label", "Radar preview: content problems");
    var s = overlay.style;
    s.position = "fixed";
    s.inset = "auto 1rem 1rem 1rem";
    s.maxHeight = "50vh";
    s.overflow = "auto";
    s.zIndex = "2147483647";
    s.padding = "1rem 1.25rem";
    s.background = "#fff8f7";
    s.color = "#3b0d0a";
    s.border = "3px solid #b3261e";
    s.borderRadius = "6px";
    s.boxShadow = "0 4px 24px rgba(0, 0, 0, 0.35)";
    s.font = "14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";
    var heading = document.createElement("p");
    heading.style.fontWeight = "bold";
    heading.style.margin = "0 0 0.5rem";
    heading.textContent = state.summary;
    overlay.appendChild(heading);
    var list = document.createElement("pre");
    list.style.margin = "0";
    list.style.whiteSpace = "pre-wrap";
    list.textContent = state.problems.join("\n");
    overlay.appendChild(list);
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide";
    close.style.marginTop = "0.75rem";
    close.addEventListener("click", hide);
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }

  var source = new EventSource("/__radar/events");
  source.addEventListener("build", function (event) {
    var state = JSON.parse(event.data);
    if (shown === null) {
      shown = state.site;
    }
    if (state.site !== shown) {
      location.reload();
      return;
    }
    if (state.problems.length > 0) {
      show(state);
    } else {
      hide();
    }
  });
})();
