// The Leaflet map: the offline base layer (countries, places), an optional tile layer, the incident
// markers (clustered on the client by Leaflet.markercluster) and the server's cluster cells.
// Leaflet (L) and the markercluster plugin are loaded as classic scripts from the webjars.
import {el, escapeHtml, fmtNumber, fmtRange} from './dom.js';
import {EVENT_TYPES, isKnownType, markerSize, sizeFatalities, typeSlug} from './style.js';

const L = window.L;

const BASE_ATTRIBUTION =
  'Countries: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a> (public domain)' +
  ' · Places: <a href="https://www.geonames.org/" target="_blank" rel="noopener">GeoNames</a> (CC BY 4.0)';

/** Rank of place labels shown at a zoom level (1 = capitals and the largest cities). */
const labelRankAt = zoom => (zoom < 3 ? 1 : zoom < 4 ? 2 : zoom < 5 ? 3 : 4);

export function createMap(container, {center, zoom}) {
  const map = L.map(container, {
    center, zoom, minZoom: 2, maxZoom: 16, worldCopyJump: false, zoomSnap: 1,
    maxBounds: [[-85, -200], [85, 200]], maxBoundsViscosity: 0.8,
  });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>');
  map.attributionControl.addAttribution(BASE_ATTRIBUTION);
  map.createPane('base').style.zIndex = 150;
  map.createPane('labels').style.zIndex = 450;
  map.getPane('labels').style.pointerEvents = 'none';
  L.control.scale({imperial: false, position: 'bottomleft'}).addTo(map);
  legend().addTo(map);
  return map;
}

/** The bundled countries and places; works with no network at all. */
export async function addBaseLayer(map) {
  const renderer = L.canvas({pane: 'base', padding: 0.2});
  const [countries, places] = await Promise.all([
    fetch('base/countries.geojson').then(r => (r.ok ? r.json() : null)).catch(() => null),
    fetch('base/places.geojson').then(r => (r.ok ? r.json() : null)).catch(() => null),
  ]);
  if (countries) {
    L.geoJSON(unwrapAntimeridian(countries), {
      renderer, pane: 'base', interactive: false,
      style: {color: '#a8a29e', weight: 0.8, fillColor: '#f8f7f4', fillOpacity: 1, opacity: 1},
    }).addTo(map);
  }
  if (places) placeLabels(map, places.features || []);
}

/**
 * The countries' rings that cross the antimeridian (Russia's Chukotka, Wrangel Island, Fiji) jump
 * between 180° and -180°; drawn on the flat map they streak across the whole world. Such a ring (an
 * even number of jumps) is made continuous by carrying its longitudes past ±180°, on the side where
 * most of it lies. A ring around a pole (Antarctica: one jump) is left as it is.
 */
export function unwrapAntimeridian(geojson) {
  const ring = r => {
    let jumps = 0;
    for (let i = 1; i < r.length; i++) if (Math.abs(r[i][0] - r[i - 1][0]) > 180) jumps++;
    if (!jumps || jumps % 2) return r;
    let shift = 0, sum = 0;
    const out = r.map((p, i) => {
      if (i > 0) {
        const d = p[0] - r[i - 1][0];
        if (d > 180) shift -= 360;
        else if (d < -180) shift += 360;
      }
      sum += p[0] + shift;
      return [p[0] + shift, ...p.slice(1)];
    });
    const mean = sum / out.length;
    const back = mean > 180 ? -360 : mean < -180 ? 360 : 0;
    return back ? out.map(([lon, ...rest]) => [lon + back, ...rest]) : out;
  };
  for (const f of geojson?.features || []) {
    const g = f?.geometry;
    if (g?.type === 'Polygon') g.coordinates = g.coordinates.map(ring);
    else if (g?.type === 'MultiPolygon') g.coordinates = g.coordinates.map(poly => poly.map(ring));
  }
  return geojson;
}

function placeLabels(map, features) {
  const group = L.layerGroup([], {pane: 'labels'}).addTo(map);
  const cache = new Map();
  const labelFor = f => {
    let m = cache.get(f);
    if (!m) {
      const [lon, lat] = f.geometry.coordinates;
      const p = f.properties || {};
      const html = el('span', {},
        el('span', {class: 'dot'}),
        el('span', {class: 'name', text: p.name ?? ''}));
      m = L.marker([lat, lon], {
        pane: 'labels', interactive: false, keyboard: false,
        icon: L.divIcon({className: `place-label rank-${p.rank}${p.capital ? ' capital' : ''}`, html, iconSize: [0, 0]}),
      });
      cache.set(f, m);
    }
    return m;
  };
  // Labels are placed greedily in file order (most prominent first); one that would overlap a
  // label already placed is skipped.
  const update = () => {
    const maxRank = labelRankAt(map.getZoom());
    const bounds = map.getBounds().pad(0.1);
    group.clearLayers();
    if (!maxRank) return;
    const placed = [];
    for (const f of features) {
      const p = f.properties || {};
      if (!(p.rank <= maxRank) || f.geometry?.type !== 'Point') continue;
      const [lon, lat] = f.geometry.coordinates;
      if (!bounds.contains([lat, lon])) continue;
      const pt = map.latLngToContainerPoint([lat, lon]);
      const box = {x0: pt.x - 4, y0: pt.y - 9, x1: pt.x + 10 + String(p.name ?? '').length * 6.6, y1: pt.y + 8};
      if (placed.some(b => box.x0 < b.x1 && box.x1 > b.x0 && box.y0 < b.y1 && box.y1 > b.y0)) continue;
      placed.push(box);
      group.addLayer(labelFor(f));
    }
  };
  map.on('moveend', update);
  update();
}

/** Adds the server's tile layer (from /api/meta) when it has one; its attribution is shown as text. */
export function addTileLayer(map, tileUrl, attribution) {
  if (!tileUrl || !(/^https?:\/\//i.test(tileUrl) || tileUrl.startsWith('/'))) return null;
  return L.tileLayer(tileUrl, {
    attribution: attribution ? escapeHtml(attribution) : '', maxZoom: 19, pane: 'tilePane',
  }).addTo(map);
}

/** The viewport as west,south,east,north (clamped to the world, 4 decimals). */
export function bbox(map) {
  const b = map.getBounds();
  const r = v => Math.round(v * 1e4) / 1e4;
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  return [r(clamp(b.getWest(), -180, 180)), r(clamp(b.getSouth(), -90, 90)),
    r(clamp(b.getEast(), -180, 180)), r(clamp(b.getNorth(), -90, 90))].join(',');
}

function legend() {
  const control = L.control({position: 'bottomright'});
  control.onAdd = () => {
    const rows = EVENT_TYPES.slice(0, 4).map(type =>
      el('li', {}, el('span', {class: `swatch type-${typeSlug(type)}`}), type));
    rows.push(el('li', {}, el('span', {class: 'swatch other'}), 'other / unknown'));
    rows.push(el('li', {}, el('span', {class: 'swatch contested'}), 'contested'));
    rows.push(el('li', {class: 'sizes'}, 'size: fatalities'));
    const box = el('div', {class: 'legend', role: 'group', 'aria-label': 'Map legend'}, el('ul', {}, rows));
    L.DomEvent.disableClickPropagation(box);
    return box;
  };
  return control;
}

/** Popup content: a DOM node (never an HTML string) with the incident's summary and a link. */
function popupFor(inc) {
  const title = inc.subType || inc.eventType || inc.kind || 'Incident';
  const badges = el('p', {class: 'badges'},
    inc.contested ? el('span', {class: 'badge contested', text: 'contested'}) : null,
    el('span', {class: `badge review-${inc.review ?? 'unreviewed'}`, text: inc.review ?? 'unreviewed'}));
  return el('div', {class: 'popup'},
    el('h3', {text: title}),
    el('p', {class: 'popup-type', text: [inc.eventType, inc.kind].filter(Boolean).join(' · ')}),
    el('dl', {},
      el('dt', {text: 'Place'}), el('dd', {text: [inc.place, inc.admin1, inc.country].filter(Boolean).join(', ') || 'unknown'}),
      el('dt', {text: 'Date'}), el('dd', {text: inc.date ?? 'unknown'}),
      el('dt', {text: 'Fatalities'}), el('dd', {text: fmtRange(inc.fatalitiesLow, inc.fatalitiesHigh)}),
      el('dt', {text: 'Sources'}), el('dd', {text: `${inc.sources ?? 0} (${inc.articles ?? 0} articles)`}),
      inc.sides?.length ? [el('dt', {text: 'Sides'}), el('dd', {text: inc.sides.join(', ')})] : null),
    badges,
    el('a', {class: 'open', href: `incident.html?id=${encodeURIComponent(inc.id)}`, text: 'Open incident →'}));
}

/** Incidents and server cells on the map. */
export class IncidentLayer {
  constructor(map) {
    this.map = map;
    this.cluster = L.markerClusterGroup({
      chunkedLoading: true, chunkInterval: 100, chunkDelay: 20,
      showCoverageOnHover: false, spiderfyOnMaxZoom: true, disableClusteringAtZoom: 11,
      maxClusterRadius: 44, iconCreateFunction: clusterIcon,
    }).addTo(map);
    this.cells = L.layerGroup().addTo(map);
  }

  clear() {
    this.cluster.clearLayers();
    this.cells.clearLayers();
  }

  /** Draws incidents (at most the server's limit); the markers are added in chunks. */
  setIncidents(incidents) {
    this.clear();
    const markers = [];
    for (const inc of incidents) {
      if (typeof inc.lat !== 'number' || typeof inc.lon !== 'number') continue;
      markers.push(incidentMarker(inc));
    }
    this.cluster.addLayers(markers);
    return markers.length;
  }

  /** Draws the server's grid cells as count bubbles; a click zooms into the cell. */
  setClusters(cells) {
    this.clear();
    let drawn = 0;
    for (const c of cells) {
      if (typeof c.lat !== 'number' || typeof c.lon !== 'number') continue;
      drawn += c.count || 0;
      const size = Math.min(56, Math.round(22 + 6 * Math.log10(1 + (c.count || 0))));
      const m = L.marker([c.lat, c.lon], {
        icon: L.divIcon({
          className: `sitrep-cell${c.contested > 0 ? ' contested' : ''}`,
          html: el('span', {text: fmtNumber(c.count || 0)}), iconSize: [size, size],
        }),
        title: `${fmtNumber(c.count || 0)} incidents, ${fmtNumber(c.contested || 0)} contested, ` +
          `${fmtNumber(c.fatalities || 0)} fatalities. Click to zoom in.`,
        riseOnHover: true,
      });
      m.on('click', () => {
        if ([c.west, c.south, c.east, c.north].every(v => typeof v === 'number')) {
          this.map.fitBounds([[c.south, c.west], [c.north, c.east]], {maxZoom: this.map.getZoom() + 3});
        } else this.map.setView([c.lat, c.lon], this.map.getZoom() + 2);
      });
      this.cells.addLayer(m);
    }
    return drawn;
  }
}

function incidentMarker(inc) {
  const size = markerSize(sizeFatalities(inc));
  const cls = ['sitrep-marker', `type-${typeSlug(inc.eventType)}`];
  if (!isKnownType(inc.eventType)) cls.push('type-other');
  if (inc.contested) cls.push('contested');
  if (inc.review) cls.push(`review-${inc.review}`);
  const marker = L.marker([inc.lat, inc.lon], {
    icon: L.divIcon({className: cls.join(' '), html: '', iconSize: [size, size]}),
    title: `${inc.subType || inc.eventType || 'Incident'} — ${inc.place ?? 'unknown place'}, ${inc.date ?? 'unknown date'}` +
      (inc.contested ? ' (contested)' : ''),
    riseOnHover: true,
  });
  marker.incident = inc;
  marker.bindPopup(() => popupFor(inc), {maxWidth: 320, minWidth: 220});
  return marker;
}

function clusterIcon(cluster) {
  const children = cluster.getAllChildMarkers();
  const n = children.length;
  const contested = children.some(m => m.incident?.contested);
  const size = Math.min(50, Math.round(24 + 6 * Math.log10(n)));
  return L.divIcon({
    className: `sitrep-cluster${contested ? ' contested' : ''}`,
    html: el('span', {text: fmtNumber(n)}), iconSize: [size, size],
  });
}
