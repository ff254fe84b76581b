#!/usr/bin/env bash
# Rebuilds the web page's offline base layer:
#   web/src/main/resources/org/sitrep/web/public/base/countries.geojson
#   web/src/main/resources/org/sitrep/web/public/base/places.geojson
#
#   tools/build-baselayer.sh [GEONAMES_DIR]
#
# Countries: Natural Earth admin-0 countries, 1:50m (public domain, naturalearthdata.com), as carried
# by the npm package world-atlas@2.0.2 (TopoJSON), converted to GeoJSON with topojson-client's
# topo2geo; coordinates are rounded to 0.01 degree (about 1 km, finer than 1:50m shows) to keep the
# file under 1.5 MB. Properties: id (ISO 3166-1 numeric), name.
#
# Places: GeoNames cities500.txt (CC BY 4.0, www.geonames.org; credit GeoNames wherever the file is
# shipped): every populated place with population >= 500,000, plus every national capital (PPLC).
# Properties: name, country (ISO alpha-2), population, capital (bool), rank (1 = most prominent:
#   1 capital with >= 1M or any place >= 5M; 2 other capital or >= 2M; 3 >= 1M; 4 the rest).
# GEONAMES_DIR defaults to ../shared/geonames relative to the repository root.
#
# Needs node and npm (registry access for world-atlas and topojson-client, fetched into a temporary
# directory that is removed afterwards; nothing is installed into the repository). Deterministic:
# the same inputs give the same bytes.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
geonames="$(cd "${1:-../shared/geonames}" && pwd)"
out="$root/web/src/main/resources/org/sitrep/web/public/base"
if [[ ! -f "$geonames/cities500.txt" ]]; then
  echo "build-baselayer: $geonames/cities500.txt not found (download it from https://download.geonames.org/export/dump/)" >&2
  exit 1
fi
mkdir -p "$out"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent world-atlas@2.0.2 >/dev/null
tar xzf world-atlas-2.0.2.tgz
npm install --silent --no-save --no-audit --no-fund topojson-client@3.1.0 >/dev/null
npx --no-install topo2geo countries=countries-full.geojson < package/countries-50m.json

cat > round.js <<'JS'
// Rounds coordinates to 0.01 degree, drops repeated points and rings that collapse.
const fs = require('fs');
const g = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const r = v => Math.round(v * 100) / 100;
function ring(c) {
  const o = [];
  for (const p of c) {
    const q = [r(p[0]), r(p[1])];
    const l = o[o.length - 1];
    if (!l || l[0] !== q[0] || l[1] !== q[1]) o.push(q);
  }
  return o.length >= 4 ? o : null;
}
function polygon(rings) {
  const outer = ring(rings[0]);
  if (!outer) return null;
  return [outer, ...rings.slice(1).map(ring).filter(Boolean)];
}
const features = [];
for (const f of g.features) {
  const gm = f.geometry;
  if (!gm) continue;
  let coordinates;
  if (gm.type === 'Polygon') coordinates = polygon(gm.coordinates);
  else if (gm.type === 'MultiPolygon') {
    coordinates = gm.coordinates.map(polygon).filter(Boolean);
    if (!coordinates.length) coordinates = null;
  }
  if (!coordinates) continue;
  features.push({type: 'Feature', id: f.id ?? null,
    properties: {name: f.properties.name}, geometry: {type: gm.type, coordinates}});
}
process.stdout.write(JSON.stringify({type: 'FeatureCollection',
  source: 'Natural Earth admin-0 countries 1:50m (public domain) via world-atlas 2.0.2', features}));
JS
node round.js countries-full.geojson > "$out/countries.geojson"

cat > places.js <<'JS'
// Major populated places from GeoNames cities500.txt (CC BY 4.0, www.geonames.org).
const fs = require('fs');
const readline = require('readline');
const rows = [];
const rl = readline.createInterface({input: fs.createReadStream(process.argv[2], 'utf8'), crlfDelay: Infinity});
rl.on('line', line => {
  const c = line.split('\t');
  if (c.length < 15 || c[6] !== 'P') return;
  const population = Number(c[14]) || 0;
  const capital = c[7] === 'PPLC';
  if (population < 500000 && !capital) return;
  const rank = (capital && population >= 1e6) || population >= 5e6 ? 1
    : capital || population >= 2e6 ? 2 : population >= 1e6 ? 3 : 4;
  rows.push({id: Number(c[0]), name: c[1], lat: Number(c[4]), lon: Number(c[5]), country: c[8],
    population, capital, rank});
});
rl.on('close', () => {
  rows.sort((a, b) => a.rank - b.rank || b.population - a.population || a.id - b.id);
  const features = rows.map(p => ({type: 'Feature', id: p.id,
    properties: {name: p.name, country: p.country, population: p.population, capital: p.capital, rank: p.rank},
    geometry: {type: 'Point', coordinates: [p.lon, p.lat]}}));
  process.stdout.write(JSON.stringify({type: 'FeatureCollection',
    source: 'GeoNames cities500 (CC BY 4.0, www.geonames.org): population >= 500,000 and national capitals',
    features}).replace(/\},\{"type":"Feature"/g, '},\n{"type":"Feature"'));
});
JS
node places.js "$geonames/cities500.txt" > "$out/places.geojson"

ls -l "$out/countries.geojson" "$out/places.geojson" | awk '{print "build-baselayer: " $NF " " $5 " bytes"}'
