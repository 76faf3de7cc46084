// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // The communes' outlines coloured by care area (a commune of several care areas is dashed), with their
  // names on hover: the territory map, and the background of the directory's map (window.Maillage).
  var colours = { "nord": "#4e79a7", "nord-est": "#f28e2b", "centre-ouest": "#59a14f", "sud": "#b07aa1", "sud-est": "#e15759" };
  function careAreas(geo, fillOpacity) {
    return L.geoJSON(geo, {
      style: function (f) {
        var b = f.properties.bassins || [];
        return { color: "#333", weight: 1, fillOpacity: fillOpacity, fillColor: colours[b[0]] || "#999",
                 dashArray: b.length > 1 ? "4 3" : null };
      },
      onEachFeature: function (f, l) {
        var p = f.properties;
        l.bindTooltip(p.name + (p.bassin_names ? " — " + p.bassin_names : ""));
      }
    });
  }
  window.Maillage = { careAreas: careAreas };
  // Territory map, without any tile server.
  function drawMap(el) {
    if (!window.L) return;
    var map = L.map(el, { zoomSnap: 0.25, attributionControl: false });
    fetch(el.getAttribute("data-geojson"), { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (geo) {
        var layer = careAreas(geo, 0.55).addTo(map);
        map.fitBounds(layer.getBounds());
        outlines(map, el);
      });
  }
  // Quarters (thin outlines) and zones (thick dashed outlines) over the communes, each a layer one can hide;
  // a page that lists only some quarters (a bassin's) is fitted to them.
  function outlines(map, el) {
    var layers = {};
    function add(url, label, style, fit) {
      if (!url) return Promise.resolve();
      return fetch(url, { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (geo) {
          if (!geo.features || !geo.features.length) return;
          var layer = L.geoJSON(geo, {
            style: function () { return style; },
            onEachFeature: function (f, l) { l.bindTooltip(f.properties.name); }
          }).addTo(map);
          layers[label] = layer;
          if (fit) map.fitBounds(layer.getBounds(), { maxZoom: 14 });
        });
    }
    var quarters = el.getAttribute("data-quarters"), zones = el.getAttribute("data-zones");
    Promise.all([
      add(quarters, el.getAttribute("data-quarters-label") || "Quarters",
          { color: "#222", weight: 1.5, fillOpacity: 0.15, fillColor: "#fff", className: "map-quarter" }, quarters && quarters.indexOf("bassin=") >= 0),
      add(zones, el.getAttribute("data-zones-label") || "Zones",
          { color: "#1d3557", weight: 3, dashArray: "8 4", fillOpacity: 0, className: "map-zone" }, zones && zones.indexOf("zone=") >= 0)
    ]).then(function () {
      if (Object.keys(layers).length) L.control.layers(null, layers, { collapsed: false }).addTo(map);
    });
  }
  function init() {
    var maps = document.querySelectorAll("[data-geojson]");
    if (!maps.length) return;
    var s = document.createElement("script");
    s.src = "/static/vendor/leaflet/leaflet.js";
    s.onload = function () { maps.forEach(drawMap); };
    document.head.appendChild(s);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
