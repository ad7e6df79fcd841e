// Small enhancements; every page works without them.
document.addEventListener("DOMContentLoaded", () => {
  // Filters apply as soon as an outlet is picked.
  for (const select of document.querySelectorAll("select.autosubmit")) {
    select.addEventListener("change", () => select.form.submit());
  }
  // "/" jumps to the search box, as on most sites analysts use.
  const quick = document.getElementById("quick-search");
  document.addEventListener("keydown", (event) => {
    const typing = ["INPUT", "TEXTAREA", "SELECT"].includes(document.activeElement.tagName);
    if (event.key === "/" && !typing && quick) {
      event.preventDefault();
      quick.focus();
    }
  });
});
