// Added to every page `zonesite serve` serves (never to `build`'s output):
// reloads the page after a build, and shows a failed build's errors over it,
// in the words the terminal shows, until the next good build.
(() => {
  const show = (report) => {
    document.getElementById("zonesite-error")?.remove();
    const make = (tag, text, className) => {
      const element = document.createElement(tag);
      if (text !== undefined) element.textContent = text;
      if (className) element.className = className;
      return element;
    };
    const overlay = make("div");
    overlay.id = "zonesite-error";
    overlay.lang = report.lang;
    overlay.setAttribute("role", "dialog");
    overlay.setAttribute("aria-modal", "true");
    overlay.setAttribute("aria-labelledby", "zonesite-error-title");
    const title = make("h2", report.title);
    title.id = "zonesite-error-title";
    title.tabIndex = -1;
    const close = make("button", report.close);
    close.type = "button";
    close.addEventListener("click", () => overlay.remove());
    const list = make("ol");
    for (const problem of report.problems) {
      const item = make("li");
      item.append(make("p", problem.head, "zs-head"));
      if (problem.snippet) {
        const snippet = make("pre", problem.snippet);
        // Scrolls sideways on a narrow screen; focusable, so a keyboard can.
        snippet.tabIndex = 0;
        item.append(snippet);
      }
      if (problem.help) item.append(make("p", problem.help, "zs-help"));
      list.append(item);
    }
    overlay.append(title, make("p", report.summary), list, close);
    if (!document.getElementById("zonesite-error-style")) {
      const style = make("style", report.style);
      style.id = "zonesite-error-style";
      document.head.append(style);
    }
    document.body.append(overlay);
    title.focus();
  };
  const events = new EventSource("/__zonesite/events");
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("build-error", (e) => show(JSON.parse(e.data)));
  const initial = document.currentScript?.dataset.error;
  if (initial) {
    if (document.body) show(JSON.parse(initial));
    else addEventListener("DOMContentLoaded", () => show(JSON.parse(initial)));
  }
})();
