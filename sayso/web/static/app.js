// Small enhancements; every page works without them.
document.addEventListener("DOMContentLoaded", () => {
  // Filters apply as soon as an outlet is picked with the mouse; keyboard users
  // move through the options freely and submit with Enter or the button.
  for (const select of document.querySelectorAll("select.autosubmit")) {
    let pointer = false;
    select.addEventListener("pointerdown", () => { pointer = true; });
    select.addEventListener("keydown", () => { pointer = false; });
    select.addEventListener("change", () => { if (pointer) select.form.submit(); });
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
