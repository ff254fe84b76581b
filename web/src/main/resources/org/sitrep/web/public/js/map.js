// The Leaflet map: the offline base layer (countries, first-level boundaries, rivers and lakes, place
// labels by zoom), an optional tile layer, the incident markers (clustered on the client by
// Leaflet.markercluster), the server's cluster cells, and the highlight of one incident ("show on map").
// Leaflet (L) and the markercluster plugin are loaded as classic scripts from the webjars.
import {getJSON} from './api.js';
import {el, escapeHtml, fmtNumber, fmtRange} from './dom.js';
import {
  EVENT_TYPES, OTHER_COLOR, TYPE_COLORS, acledTerm, isKnownType, markerSize, plural, sideLabel, sizeFatalities,
  typeLabel, typeSlug, whatLabel,
} from './style.js';

const L = window.L;
const SVG = 'http://www.w3.org/2000/svg';

const BASE_ATTRIBUTION =
  'Boundaries, rivers: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a> (public domain)' +
  ' · Places: <a href="https://www.geonames.org/" target="_blank" rel="noopener">GeoNames</a> (CC BY 4.0)';

/** Rank of the bundled place labels shown at a zoom level (1 = capitals and the largest cities). */
const labelRankAt = zoom => (zoom < 3 ? 1 : zoom < 4 ? 2 : zoom < 5 ? 3 : 4);
/** From this zoom on, labels come from the server's gazetteer (every GeoNames place of 500+ people). */
const GAZETTEER_ZOOM = 5;

export function createMap(container, {center, zoom}) {
  const map = L.map(container, {
    center, zoom, minZoom: 2, maxZoom: 16, worldCopyJump: false, zoomSnap: 1,
    maxBounds: [[-85, -200], [85, 200]], maxBoundsViscosity: 0.8,
  });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>');
  map.attributionControl.addAttribution(BASE_ATTRIBUTION);
  map.createPane('base').style.zIndex = 150;
  map.createPane('lines').style.zIndex = 160;
  map.createPane('labels').style.zIndex = 620;   // over the markers: a marker on a town must not hide its name
  map.getPane('labels').style.pointerEvents = 'none';
  map.createPane('focus').style.zIndex = 640;
  L.control.scale({imperial: false, position: 'bottomleft'}).addTo(map);
  legend().addTo(map);
  return map;
}

const fetchJson = path => fetch(path).then(r => (r.ok ? r.json() : null)).catch(() => null);

/** The bundled base layers; they work with no network at all. Resolves once the countries are drawn. */
export async function addBaseLayer(map) {
  const renderer = L.canvas({pane: 'base', padding: 0.2});
  const lineRenderer = L.canvas({pane: 'lines', padding: 0.2});
  const [countries, places] = await Promise.all([fetchJson('base/countries.geojson'), fetchJson('base/places.geojson')]);
  if (countries) {
    L.geoJSON(unwrapAntimeridian(countries), {
      renderer, pane: 'base', interactive: false,
      style: {color: '#8f8a82', weight: 1, fillColor: '#f8f7f4', fillOpacity: 1, opacity: 1},
    }).addTo(map);
  }
  placeLabels(map, places?.features || []);
  // The detail layers load after the countries: the first view does not wait for them.
  const [water, admin1] = await Promise.all([fetchJson('base/water.geojson'), fetchJson('base/admin1.geojson')]);
  const byZoom = [];
  if (water) {
    const lakes = L.geoJSON(water, {
      renderer, pane: 'base', interactive: false, filter: f => f.properties?.kind === 'lake',
      style: {stroke: false, fillColor: '#dce6ec', fillOpacity: 1},
    }).addTo(map);
    const rivers = L.geoJSON(water, {
      renderer: lineRenderer, pane: 'lines', interactive: false, filter: f => f.properties?.kind === 'river',
      style: {color: '#6b9dc2', weight: 1.4, opacity: 0.9},
    });
    byZoom.push([rivers, 4], [lakes, 0]);
  }
  if (admin1) {
    const lines = L.geoJSON(admin1, {
      renderer: lineRenderer, pane: 'lines', interactive: false,
      style: {color: '#a8a29e', weight: 0.8, dashArray: '4 3', opacity: 0.9},
    });
    byZoom.push([lines, 4]);
  }
  const show = () => {
    for (const [layer, from] of byZoom) {
      const on = map.getZoom() >= from;
      if (on && !map.hasLayer(layer)) layer.addTo(map);
      else if (!on && map.hasLayer(layer)) map.removeLayer(layer);
    }
  };
  map.on('zoomend', show);
  show();
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

/**
 * Place labels: at world and continent zoom the bundled major places; from GAZETTEER_ZOOM on the most
 * populous places of the view from the server's gazetteer, so a view of a town shows its neighbours.
 * Labels are placed greedily, most prominent first; one that would overlap a placed label is skipped.
 */
function placeLabels(map, bundled) {
  const group = L.layerGroup([], {pane: 'labels'}).addTo(map);
  let request = null;
  const label = (name, lat, lon, cls) => L.marker([lat, lon], {
    pane: 'labels', interactive: false, keyboard: false,
    icon: L.divIcon({className: `place-label ${cls}`, iconSize: [0, 0],
      html: el('span', {}, el('span', {class: 'dot'}), el('span', {class: 'name', text: name ?? ''}))}),
  });
  const draw = list => {
    group.clearLayers();
    const placed = [];
    for (const p of list) {
      const pt = map.latLngToContainerPoint([p.lat, p.lon]);
      const box = {x0: pt.x - 4, y0: pt.y - 9, x1: pt.x + 10 + String(p.name ?? '').length * 6.6, y1: pt.y + 8};
      if (placed.some(b => box.x0 < b.x1 && box.x1 > b.x0 && box.y0 < b.y1 && box.y1 > b.y0)) continue;
      placed.push(box);
      group.addLayer(label(p.name, p.lat, p.lon, p.cls));
    }
    map.getContainer().dataset.placeLabels = String(placed.length);
  };
  const update = async () => {
    request?.abort();
    const zoom = map.getZoom();
    const bounds = map.getBounds().pad(0.05);
    if (zoom < GAZETTEER_ZOOM) {
      const maxRank = labelRankAt(zoom);
      draw(bundled.filter(f => f.geometry?.type === 'Point' && f.properties?.rank <= maxRank)
        .map(f => ({name: f.properties.name, lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0],
          cls: `rank-${f.properties.rank}${f.properties.capital ? ' capital' : ''}`}))
        .filter(p => bounds.contains([p.lat, p.lon])));
      return;
    }
    const ctl = request = new AbortController();
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
    const box = [clamp(bounds.getWest(), -180, 180), clamp(bounds.getSouth(), -90, 90), clamp(bounds.getEast(), -180, 180),
      clamp(bounds.getNorth(), -90, 90)].map(v => v.toFixed(4)).join(',');
    try {
      const data = await getJSON(`/api/places?bbox=${box}&limit=250`, {signal: ctl.signal});
      if (ctl.signal.aborted) return;
      const list = Array.isArray(data?.places) ? data.places : [];
      const top = list.length ? list[0].population : 0;
      draw(list.map(p => ({name: p.name, lat: p.lat, lon: p.lon,
        cls: `${p.kind}${p.population >= top / 4 || p.kind !== 'town' ? ' rank-1' : p.population >= 20000 ? ' rank-2' : ' rank-4'}`})));
    } catch (err) {
      if (err.name !== 'AbortError') map.getContainer().dataset.placeLabels = 'error';
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
      el('li', {title: type}, el('span', {class: `swatch type-${typeSlug(type)}`}), typeLabel(type)));
    rows.push(el('li', {}, el('span', {class: 'swatch contested'}), 'contested (the sides disagree)'));
    rows.push(el('li', {class: 'sizes'}, el('span', {class: 'swatch toll', text: '7'}), 'killed (size grows with the toll)'));
    rows.push(el('li', {class: 'sizes'}, el('span', {class: 'swatch ring'}), 'group: ring = mix of types'));
    const box = el('div', {class: 'legend', role: 'group', 'aria-label': 'Map legend'}, el('ul', {}, rows));
    L.DomEvent.disableClickPropagation(box);
    return box;
  };
  return control;
}

/** Popup content: a DOM node (never an HTML string) with the incident's summary and a link. */
function popupFor(inc) {
  const badges = el('p', {class: 'badges'},
    inc.contested ? el('span', {class: 'badge contested', text: 'contested'}) : null,
    el('span', {class: `badge review-${inc.review ?? 'unreviewed'}`, text: inc.review ?? 'unreviewed'}));
  return el('div', {class: 'popup'},
    el('h3', {text: whatLabel(inc)}),
    el('p', {class: 'popup-type', text: acledTerm(inc), title: 'ACLED event type › sub-event type'}),
    el('dl', {},
      el('dt', {text: 'Place'}), el('dd', {text: [inc.place, inc.admin1, inc.country].filter(Boolean).join(', ') || 'unknown'}),
      el('dt', {text: 'Date'}), el('dd', {text: inc.date ?? 'unknown'}),
      el('dt', {text: 'Killed'}), el('dd', {text: fmtRange(inc.fatalitiesLow, inc.fatalitiesHigh)}),
      el('dt', {text: 'Sources'}), el('dd', {text: `${plural(inc.sources ?? 0, 'source')} (${plural(inc.articles ?? 0, 'article')})`}),
      inc.sides?.length ? [el('dt', {text: 'Claims by'}), el('dd', {text: inc.sides.map(s => sideLabel(s)).join(', ')})] : null),
    badges,
    el('a', {class: 'open', href: `incident.html?id=${encodeURIComponent(inc.id)}`, text: 'Open incident →'}));
}

/**
 * A ring of the event types' shares around a count: SVG with fill/stroke attributes (no inline styles,
 * which the page's Content-Security-Policy forbids). types: {eventType: count}.
 */
export function typeRing(size, types, count, contested) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', size);
  svg.setAttribute('height', size);
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('class', 'type-ring');
  const r = size / 2 - 3;
  const c = size / 2;
  const circumference = 2 * Math.PI * r;
  const entries = Object.entries(types || {}).filter(([, n]) => n > 0);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  const bg = document.createElementNS(SVG, 'circle');
  for (const [k, v] of [['cx', c], ['cy', c], ['r', r + 2], ['fill', 'rgba(41,37,36,.86)'], ['stroke', '#fff'], ['stroke-width', 1.5]]) bg.setAttribute(k, v);
  svg.append(bg);
  let offset = 0;
  for (const [type, n] of entries) {
    const arc = document.createElementNS(SVG, 'circle');
    const len = circumference * n / total;
    for (const [k, v] of [['cx', c], ['cy', c], ['r', r], ['fill', 'none'], ['stroke', TYPE_COLORS[type] ?? OTHER_COLOR],
      ['stroke-width', 5], ['stroke-dasharray', `${len} ${circumference - len}`], ['stroke-dashoffset', -offset],
      ['transform', `rotate(-90 ${c} ${c})`], ['class', `arc type-${typeSlug(type)}`]]) arc.setAttribute(k, v);
    arc.dataset.type = type;
    arc.dataset.count = String(n);
    svg.append(arc);
    offset += len;
  }
  const text = document.createElementNS(SVG, 'text');
  for (const [k, v] of [['x', c], ['y', c], ['text-anchor', 'middle'], ['dominant-baseline', 'central'], ['fill', '#fff'],
    ['font-size', size > 40 ? 12 : 11], ['font-weight', 700], ['class', 'count']]) text.setAttribute(k, v);
  text.textContent = fmtNumber(count);
  svg.append(text);
  const box = el('span', {class: 'ring-box'});
  box.append(svg);
  if (contested > 0) box.append(el('span', {class: 'contested-count', text: fmtNumber(contested), title: `${contested} contested`}));
  return box;
}

const mixText = types => Object.entries(types || {}).sort((a, b) => b[1] - a[1])
  .map(([t, n]) => `${fmtNumber(n)} ${typeLabel(t).toLowerCase()}`).join(', ');

/** Incidents and server cells on the map, and the highlighted incident. */
export class IncidentLayer {
  constructor(map) {
    this.map = map;
    this.cluster = L.markerClusterGroup({
      chunkedLoading: true, chunkInterval: 100, chunkDelay: 20,
      showCoverageOnHover: false, spiderfyOnMaxZoom: true, disableClusteringAtZoom: 11,
      maxClusterRadius: 44, iconCreateFunction: clusterIcon,
    }).addTo(map);
    this.cells = L.layerGroup().addTo(map);
    this.focusLayer = L.layerGroup().addTo(map);
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

  /** Draws the server's grid cells as rings of their type mix; a click zooms into the cell. */
  setClusters(cells) {
    this.clear();
    let drawn = 0;
    for (const c of cells) {
      if (typeof c.lat !== 'number' || typeof c.lon !== 'number') continue;
      drawn += c.count || 0;
      const size = Math.min(60, Math.round(30 + 7 * Math.log10(1 + (c.count || 0))));
      const m = L.marker([c.lat, c.lon], {
        icon: L.divIcon({
          className: `sitrep-cell${c.contested > 0 ? ' contested' : ''}`,
          html: typeRing(size, c.types, c.count || 0, c.contested || 0), iconSize: [size, size],
        }),
        title: `${fmtNumber(c.count || 0)} incidents${c.types ? ` (${mixText(c.types)})` : ''}, ` +
          `${fmtNumber(c.contested || 0)} contested, ${fmtNumber(c.fatalities || 0)} killed. Click to zoom in.`,
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

  /** Rings and labels one incident (from "show on map"); the map is centred on it by the caller. */
  focus(inc) {
    this.focusLayer.clearLayers();
    if (!inc || typeof inc.lat !== 'number' || typeof inc.lon !== 'number') return;
    const ring = L.marker([inc.lat, inc.lon], {
      pane: 'focus', keyboard: false, interactive: true,
      icon: L.divIcon({className: 'sitrep-focus', iconSize: [46, 46], html: el('span', {class: 'pulse'})}),
      title: `${whatLabel(inc)} — ${inc.place ?? 'unknown place'}, ${inc.date ?? 'unknown date'}`,
    });
    ring.bindTooltip(el('span', {class: 'focus-label'},
      el('strong', {text: inc.place ?? 'unknown place'}), ` · ${whatLabel(inc)} · ${inc.date ?? 'date unknown'}`,
      inc.fatalitiesLow != null ? ` · ${fmtRange(inc.fatalitiesLow, inc.fatalitiesHigh)} killed` : ''),
    {permanent: true, direction: 'right', offset: [24, 0], className: 'focus-tooltip', pane: 'focus'});
    ring.bindPopup(() => popupFor(inc), {maxWidth: 320, minWidth: 220});
    ring.incident = inc;
    this.focusLayer.addLayer(ring);
  }
}

function incidentMarker(inc) {
  const toll = sizeFatalities(inc);
  const size = markerSize(toll);
  const cls = ['sitrep-marker', `type-${typeSlug(inc.eventType)}`];
  if (!isKnownType(inc.eventType)) cls.push('type-other');
  if (inc.contested) cls.push('contested');
  if (inc.review) cls.push(`review-${inc.review}`);
  if (toll > 0) cls.push('has-toll');
  const marker = L.marker([inc.lat, inc.lon], {
    icon: L.divIcon({className: cls.join(' '), iconSize: [size, size],
      html: toll > 0 ? el('span', {class: 'toll', text: fmtNumber(inc.fatalitiesLow ?? toll)}) : ''}),
    title: `${whatLabel(inc)} — ${inc.place ?? 'unknown place'}, ${inc.date ?? 'unknown date'}` +
      (inc.fatalitiesLow != null ? `, ${fmtRange(inc.fatalitiesLow, inc.fatalitiesHigh)} killed` : '') +
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
  const types = {};
  let contested = 0;
  for (const m of children) {
    const t = m.incident?.eventType ?? 'other';
    types[t] = (types[t] || 0) + 1;
    if (m.incident?.contested) contested++;
  }
  const size = Math.min(56, Math.round(32 + 7 * Math.log10(n)));
  const html = typeRing(size, types, n, contested);
  html.setAttribute('title', `${fmtNumber(n)} incidents (${mixText(types)}), ${fmtNumber(contested)} contested. Click to zoom in.`);
  return L.divIcon({className: `sitrep-cluster${contested ? ' contested' : ''}`, html, iconSize: [size, size]});
}
