/* Small conveniences; every page works without them. */
(function () {
  "use strict";
  // A filter menu applies as soon as it changes.
  document.querySelectorAll("details.filters select").forEach(function (sel) {
    sel.addEventListener("change", function () { if (sel.form) sel.form.submit(); });
  });
  // Bring the words a fact came from into view, below the sticky header.
  var focus = document.querySelector(".body .focus");
  if (focus) focus.scrollIntoView({ block: "center" });
})();
