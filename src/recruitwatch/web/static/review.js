// Review queue keys: j/k move, c confirm, r reject, e edit, n note, Esc back to the item.
(function () {
  "use strict";
  const items = Array.from(document.querySelectorAll(".rv-item"));
  if (!items.length) return;
  let at = 0;
  function focus(i) {
    at = Math.max(0, Math.min(items.length - 1, i));
    items.forEach((el, n) => el.classList.toggle("rv-current", n === at));
    items[at].focus();
    items[at].scrollIntoView({ block: "nearest" });
  }
  function submit(selector) {
    const form = items[at].querySelector(selector);
    if (form) form.querySelector("button").click();
  }
  items.forEach((el, n) => el.addEventListener("focus", () => { at = n; items.forEach((x, m) => x.classList.toggle("rv-current", m === n)); }));
  document.addEventListener("keydown", (ev) => {
    const typing = ev.target.closest("input, select, textarea");
    if (typing) {
      if (ev.key === "Escape") { ev.preventDefault(); focus(at); }
      else if (ev.key === "Enter" && ev.target.tagName === "SELECT") {
        ev.preventDefault(); ev.target.form.requestSubmit();  // a select does not submit by itself
      }
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const key = ev.key;
    if (key === "j" || key === "ArrowDown") { ev.preventDefault(); focus(at + 1); }
    else if (key === "k" || key === "ArrowUp") { ev.preventDefault(); focus(at - 1); }
    else if (key === "c") { ev.preventDefault(); submit(".rv-confirm"); }
    else if (key === "r") { ev.preventDefault(); submit(".rv-reject"); }
    else if (key === "e") { ev.preventDefault(); const f = items[at].querySelector(".rv-edit input:not([type=hidden]), .rv-edit select"); if (f) f.focus(); }
    else if (key === "n") { ev.preventDefault(); const f = items[at].querySelector(".rv-note"); if (f) f.focus(); }
  });
  focus(0);
})();
