import { createHash } from "node:crypto";

// The answer page's only script, a progressive enhancement (the page works without it): a second tap on 送信
// while the first is on its way is ignored, the button says it is sending, and after a refused send focus moves
// to the error summary so a screen reader reads it first, and its links focus the field they name. Plain ES2017, no library: a few hundred bytes.

export const ANSWER_SCRIPT = `(function () {
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
    // A link in the summary moves the keyboard to the field itself, not only the view.
    summary.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a[href^='#']") : null;
      var field = link ? document.getElementById(link.getAttribute("href").slice(1)) : null;
      if (!field) return;
      event.preventDefault();
      field.focus();
      field.scrollIntoView({ block: "center" });
    });
  }
  var form = document.querySelector("form.answer-form");
  if (!form) return;
  var button = form.querySelector("button[type=submit]");
  var label = button ? button.textContent : "";
  var sending = false;
  form.addEventListener("submit", function (event) {
    if (sending) { event.preventDefault(); return; }
    sending = true;
    if (button) { button.setAttribute("aria-disabled", "true"); button.textContent = "送信しています…"; }
  });
  // Back from the thank-you page (the page comes from the browser's cache): the form can be sent again.
  window.addEventListener("pageshow", function () {
    sending = false;
    if (button) { button.removeAttribute("aria-disabled"); button.textContent = label; }
  });
})();
`;

/** The script's address carries its digest, so it can be cached for good and a new version is a new address. */
export const ANSWER_SCRIPT_PATH = `/public/answer-${createHash("sha256").update(ANSWER_SCRIPT).digest("hex").slice(0, 12)}.js`;
