// Directory: draws the results (or the one service) as markers on a map. Progressive enhancement only: the
// list above works without it. No tile server: the communes' outlines, coloured by care area, give it its shape.
(function () {
  "use strict";
  function points() {
    var out = [];
    document.querySelectorAll("[data-lat][data-lng]").forEach(function (el) {
      var lat = parseFloat(el.getAttribute("data-lat")), lng = parseFloat(el.getAttribute("data-lng"));
      if (isFinite(lat) && isFinite(lng)) out.push({ lat: lat, lng: lng, name: el.getAttribute("data-name") || "", href: el.getAttribute("data-href") });
    });
    return out;
  }
  function draw(el, pts) {
    if (!window.L || !pts.length) return;
    var map = L.map(el, { attributionControl: false });
    // The care areas' outlines (light, so that the markers stand out) give the map its shape.
    var lang = document.documentElement.lang || "fr";
    fetch("/territory/communes.geojson?lang=" + lang, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (geo) {
      var areas = window.Maillage ? window.Maillage.careAreas(geo, 0.25)
                                  : L.geoJSON(geo, { style: { color: "#777", weight: 1, fillColor: "#dfe7f1", fillOpacity: 0.6 } });
      areas.addTo(map).bringToBack();
    });
    var markers = pts.map(function (p) {
      var m = L.marker([p.lat, p.lng], { title: p.name, alt: p.name });
      var a = document.createElement(p.href ? "a" : "span");
      a.textContent = p.name;
      if (p.href) a.href = p.href;
      m.bindPopup(a);
      return m;
    });
    var group = L.featureGroup(markers).addTo(map);
    if (pts.length === 1) map.setView([pts[0].lat, pts[0].lng], 15);
    else map.fitBounds(group.getBounds().pad(0.2));
  }
  function init() {
    document.querySelectorAll("[data-print]").forEach(function (b) {
      b.hidden = false;
      b.addEventListener("click", function () { window.print(); });
    });
    var el = document.querySelector("[data-result-map]");
    if (!el) return;
    var pts = points();
    if (!pts.length) return;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = "/static/vendor/leaflet/leaflet.css";
    document.head.appendChild(link);
    L_ready(function () { draw(el, pts); });
  }
  function L_ready(fn) {
    if (window.L) return fn();
    var s = document.createElement("script");
    s.src = "/static/vendor/leaflet/leaflet.js";
    s.onload = fn;
    document.head.appendChild(s);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
