import Foundation

/// What `serve` adds to the pages it serves, and only `serve`: a build's files never hold it.
enum LiveReloadScript {
    static let path = "/_sitegen/live.js"
    static let eventsPath = "/_sitegen/events"
    static let feedbackPath = "/_sitegen/feedback"
    /// Where the search box reports a search that found nothing, instead of the collector.
    static let searchesPath = "/_sitegen/searches"

    /// The page with the live-reload script before `</head>` and, for a draft, a visible badge.
    static func inject(into page: Data, draft: Bool) -> Data {
        var html = String(decoding: page, as: UTF8.self)
        let tag = "<script src=\"\(path)\" defer></script>"
        if let head = html.range(of: "</head>", options: [.caseInsensitive, .backwards]) {
            html.insert(contentsOf: tag, at: head.lowerBound)
        } else {
            html += tag
        }
        if draft, let body = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            html.insert(contentsOf: badge, at: body.lowerBound)
        }
        return Data(html.utf8)
    }

    static let badge = """
    <div class="sitegen-draft-badge" role="note" style="position:fixed;inset-block-start:.75rem;inset-inline-end:.75rem;z-index:2147483646;\
    background:#b3261e;color:#fff;font:700 0.9rem/1.4 system-ui,sans-serif;padding:.25rem .75rem;border-radius:.25rem">Draft</div>
    """

    /// Reloads the page when the server says it changed (keeping the scroll position),
    /// swaps stylesheets in place when only CSS changed, shows build errors as an overlay
    /// (every string as text) until they are fixed, and sends feedback votes and searches
    /// that found nothing to `serve`.
    static let source = #"""
    (() => {
      "use strict";
      const key = "sitegen-scroll:" + location.pathname;
      const saved = sessionStorage.getItem(key);
      if (saved !== null) {
        sessionStorage.removeItem(key);
        const [x, y] = saved.split(",").map(Number);
        const restore = () => window.scrollTo(x || 0, y || 0);
        if (document.readyState === "complete") restore(); else window.addEventListener("load", restore);
      }
      for (const form of document.querySelectorAll("form[data-feedback]")) form.action = "/_sitegen/feedback";
      // The search box only reports to absolute http(s) URLs: this server's own, while previewing.
      for (const form of document.querySelectorAll("form[data-report]")) form.setAttribute("data-report", location.origin + "/_sitegen/searches");
      const overlayID = "sitegen-error-overlay";
      const hide = () => document.getElementById(overlayID)?.remove();
      const show = (report) => {
        hide();
        const box = document.createElement("div");
        box.id = overlayID;
        box.setAttribute("role", "alert");
        box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#f5f5f5;font:14px/1.5 ui-monospace,monospace;padding:2rem";
        const title = document.createElement("h2");
        title.textContent = "sitegen: the site has errors";
        title.style.cssText = "color:#ff8a80;font:700 1.2rem system-ui,sans-serif;margin:0 0 1rem";
        box.append(title);
        for (const problem of report.problems) {
          const head = document.createElement("p");
          head.className = "sitegen-error";
          head.textContent = problem.location + ": " + problem.message;
          head.style.cssText = "margin:1rem 0 .25rem;color:#ffccbc";
          box.append(head);
          if (problem.excerpt.length) {
            const pre = document.createElement("pre");
            pre.style.cssText = "margin:0;padding:.5rem;background:#000;white-space:pre-wrap";
            pre.textContent = problem.excerpt.map(l => (l.failing ? "> " : "  ") + String(l.number).padStart(4) + " | " + l.text).join("\n");
            box.append(pre);
          }
        }
        document.body.append(box);
      };
      const events = new EventSource("/_sitegen/events?page=" + encodeURIComponent(location.pathname));
      // Tells tests (and the curious) that edits from now on reach this page.
      events.addEventListener("open", () => { document.documentElement.dataset.sitegenLive = "connected"; });
      events.addEventListener("reload", () => {
        sessionStorage.setItem(key, window.scrollX + "," + window.scrollY);
        location.reload();
      });
      events.addEventListener("css", () => {
        for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
          const url = new URL(link.href);
          url.searchParams.set("sitegen-reload", Date.now());
          link.href = url.href;
        }
      });
      events.addEventListener("problems", (event) => show(JSON.parse(event.data)));
      events.addEventListener("fixed", hide);
    })();
    """#
}
