/* Timeline chart: monthly counts of measures by type, drawn with the bundled uPlot.
   Data comes from the page's own JSON block (the same data as /timeline.json). */
(function () {
  "use strict";
  var holder = document.getElementById("chart");
  var dataEl = document.getElementById("timeline-data");
  if (!holder || !dataEl || typeof uPlot === "undefined") return;
  var series = JSON.parse(dataEl.textContent);
  if (!series.months || !series.months.length) return;

  var PALETTE = ["#b45309", "#1d4ed8", "#047857", "#b91c1c", "#7c3aed", "#0e7490",
                 "#a16207", "#be185d", "#4d7c0f", "#475569", "#9333ea", "#c2410c"];
  var xs = series.months.map(function (m) {
    return Date.UTC(+m.slice(0, 4), +m.slice(5, 7) - 1, 1) / 1000;
  });
  var names = Object.keys(series.types);
  var data = [xs];
  var opts = {
    width: holder.clientWidth || 900,
    height: 340,
    cursor: { drag: { x: true, y: false, setScale: true } },
    scales: { x: { time: true } },
    axes: [{ stroke: "#57534e", grid: { stroke: "#eeeae4" } },
           { stroke: "#57534e", grid: { stroke: "#eeeae4" }, label: "measures reported" }],
    series: [{ label: "month", value: function (u, v) { return v == null ? "" : monthOf(v); } }],
    legend: { live: true },
    hooks: { setScale: [onZoom] }
  };
  names.forEach(function (name, i) {
    data.push(series.types[name]);
    opts.series.push({
      label: name.replace(/_/g, " "),
      stroke: PALETTE[i % PALETTE.length],
      fill: PALETTE[i % PALETTE.length] + "22",
      width: 2,
      points: { show: xs.length < 60, size: 5 }
    });
  });

  var plot = new uPlot(opts, data, holder);
  holder.setAttribute("data-ready", "1");

  function monthOf(ts) {
    var d = new Date(ts * 1000);
    return d.getUTCFullYear() + "-" + String(d.getUTCMonth() + 1).padStart(2, "0");
  }

  function onZoom(u, key) {
    if (key !== "x") return;
    var min = u.scales.x.min, max = u.scales.x.max;
    var full = min <= xs[0] && max >= xs[xs.length - 1];
    var note = document.getElementById("zoom-note");
    if (!note) return;
    note.hidden = full;
    if (full) return;
    var since = monthOf(Math.max(min, xs[0])), until = monthOf(Math.min(max, xs[xs.length - 1]));
    document.getElementById("zoom-range").textContent = since + " – " + until;
    var params = new URLSearchParams(holder.getAttribute("data-filters") || "");
    params.set("since", since);
    params.set("until", until);
    document.getElementById("zoom-apply").setAttribute("href", "/timeline?" + params.toString());
  }

  // Wheel zooms the time axis around the pointer, as in map and chart tools.
  holder.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var rect = plot.over.getBoundingClientRect();
    var at = plot.posToVal(ev.clientX - rect.left, "x");
    var min = plot.scales.x.min, max = plot.scales.x.max;
    var factor = ev.deltaY < 0 ? 0.8 : 1.25;
    var nmin = Math.max(xs[0], at - (at - min) * factor);
    var nmax = Math.min(xs[xs.length - 1], at + (max - at) * factor);
    if (nmax - nmin < 86400 * 45) return;
    plot.setScale("x", { min: nmin, max: nmax });
  }, { passive: false });

  window.addEventListener("resize", function () {
    plot.setSize({ width: holder.clientWidth, height: 340 });
  });
})();
