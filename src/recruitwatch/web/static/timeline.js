/* Timeline chart: measures reported per month, stacked by type, drawn with the bundled
   uPlot. Data comes from the page's own JSON block (the same data as /timeline.json). */
(function () {
  "use strict";
  var holder = document.getElementById("chart");
  var dataEl = document.getElementById("timeline-data");
  if (!holder || !dataEl) return;
  if (typeof uPlot === "undefined") {
    // the chart library is fetched from npm by scripts/setup.sh, not kept in the repository
    holder.textContent = "Chart library missing: run scripts/setup.sh (it fetches uPlot from npm).";
    return;
  }
  var series = JSON.parse(dataEl.textContent);
  if (!series.months || !series.months.length) return;

  // One fixed colour per measure type (views.MEASURE_COLOURS); greys for types of other
  // domain packs.
  var coloursEl = document.getElementById("timeline-colours");
  var COLOURS = coloursEl ? JSON.parse(coloursEl.textContent) : {};
  var SPARE = ["#555555", "#999999", "#bbbbbb"];
  var MONTH = 86400 * 30.5;
  var xs = series.months.map(function (m) {
    return Date.UTC(+m.slice(0, 4), +m.slice(5, 7) - 1, 1) / 1000;
  });
  var names = Object.keys(series.types);
  var raw = names.map(function (n) { return series.types[n]; });
  // Stacked: each type is drawn at the running total up to it, tallest first so the
  // lower layers paint over it; the key shows each type's own count.
  var stacked = [], run = xs.map(function () { return 0; });
  raw.forEach(function (vals) {
    run = run.map(function (v, i) { return v + vals[i]; });
    stacked.push(run.slice());
  });
  var bars = uPlot.paths.bars({ size: [0.7, 48], align: 0 });
  var data = [xs], opts = {
    width: holder.clientWidth || 900,
    height: 340,
    cursor: { drag: { x: true, y: false, setScale: true } },
    scales: {
      x: { time: true, range: function (u, min, max) { return [min - MONTH / 2, max + MONTH / 2]; } },
      y: { range: function (u, min, max) { return [0, Math.max(1, max) * 1.1]; } }
    },
    axes: [{ stroke: "#57534e", grid: { stroke: "#eeeae4" } },
           { stroke: "#57534e", grid: { stroke: "#eeeae4" }, label: "measures reported",
             values: function (u, ticks) { return ticks.map(function (t) { return Number.isInteger(t) ? t : ""; }); } }],
    series: [{ label: "month", value: function (u, v) { return v == null ? "" : monthOf(v); } }],
    legend: { live: true },
    hooks: { setScale: [onZoom] }
  };
  for (var k = names.length - 1; k >= 0; k--) {
    data.push(stacked[k]);
    opts.series.push(seriesFor(k));
  }

  function seriesFor(k) {
    var color = COLOURS[names[k]] || SPARE[k % SPARE.length];
    return {
      label: names[k].replace(/_/g, " "), stroke: color, fill: color, width: 1,
      paths: bars, points: { show: false },
      value: function (u, v, si, i) { return i == null ? "–" : raw[k][i]; }
    };
  }

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
    var since = monthOf(Math.max(min + MONTH / 2, xs[0]));
    var until = monthOf(Math.min(max, xs[xs.length - 1]));
    document.getElementById("zoom-range").textContent = since + " – " + until;
    var params = new URLSearchParams(holder.getAttribute("data-filters") || "");
    params.set("since", since);
    params.set("until", until);
    document.getElementById("zoom-apply").setAttribute("href", "/timeline?" + params.toString());
  }

  // The wheel zooms the time axis around the pointer, as in map and chart tools.
  holder.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var rect = plot.over.getBoundingClientRect();
    var at = plot.posToVal(ev.clientX - rect.left, "x");
    var min = plot.scales.x.min, max = plot.scales.x.max;
    var factor = ev.deltaY < 0 ? 0.8 : 1.25;
    var nmin = Math.max(xs[0] - MONTH / 2, at - (at - min) * factor);
    var nmax = Math.min(xs[xs.length - 1] + MONTH / 2, at + (max - at) * factor);
    if (nmax - nmin < MONTH * 1.5) return;
    plot.setScale("x", { min: nmin, max: nmax });
  }, { passive: false });

  window.addEventListener("resize", function () {
    plot.setSize({ width: holder.clientWidth, height: 340 });
  });
})();
