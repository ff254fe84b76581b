// The analyst's map page: filters on the left, the map, the timeline below. The URL keeps the whole
// state (filters, brushed dates, map centre and zoom) so that a copied URL reopens the same view.
import {FILTER_KEYS, filterParams, getJSON, meta, onSession} from './api.js';
import {clear, debounce, el, fmtNumber, status} from './dom.js';
import {initIngest} from './ingest.js';
import {initLoginBox} from './login.js';
import {IncidentLayer, addBaseLayer, addTileLayer, bbox, createMap} from './map.js';
import {Timeline} from './timeline.js';

const LIMIT = 2000;
const DEFAULT_VIEW = {lat: 30, lon: 20, z: 3};

const state = readUrl();
const form = document.getElementById('filters');
let map, incidents, timeline, metaInfo = null;
let listing = null, histogram = null;   // AbortControllers of the requests in flight

function readUrl() {
  const p = new URLSearchParams(location.search);
  const s = {};
  for (const key of FILTER_KEYS) s[key] = p.get(key) ?? '';
  s.contested = p.get('contested') === 'true';
  const num = (k, lo, hi, dflt) => {
    const v = Number.parseFloat(p.get(k));
    return Number.isFinite(v) && v >= lo && v <= hi ? v : dflt;
  };
  s.lat = num('lat', -85, 85, DEFAULT_VIEW.lat);
  s.lon = num('lon', -180, 180, DEFAULT_VIEW.lon);
  s.z = Math.round(num('z', 2, 16, DEFAULT_VIEW.z));
  return s;
}

function writeUrl() {
  const p = filterParams(state);
  p.set('lat', state.lat.toFixed(4));
  p.set('lon', state.lon.toFixed(4));
  p.set('z', String(state.z));
  history.replaceState(null, '', `${location.pathname}?${p}`);
  const downloads = filterParams(state).toString();
  document.getElementById('dl-csv').href = `/api/export.csv${downloads ? `?${downloads}` : ''}`;
  document.getElementById('dl-geojson').href = `/api/export.geojson${downloads ? `?${downloads}` : ''}`;
}

/* ---------- filters ---------- */

function fillSelect(select, values, placeholder) {
  const current = select.value;
  clear(select).append(el('option', {value: '', text: placeholder}));
  for (const v of values || []) if (typeof v === 'string') select.append(el('option', {value: v, text: v}));
  select.value = current;
}

function formToState() {
  const f = form.elements;
  state.type = f.type.value;
  state.side = f.side.value;
  state.contested = f.contested.checked;
  const min = f.minSources.value.trim();
  state.minSources = /^\d+$/.test(min) && Number(min) > 0 ? String(Number(min)) : '';
  state.q = f.q.value.trim();
  state.review = f.review.value;
  state.since = f.since.value;
  state.until = f.until.value;
}

function stateToForm() {
  const f = form.elements;
  const setSelect = (select, v) => {
    if (v && ![...select.options].some(o => o.value === v)) select.append(el('option', {value: v, text: v}));
    select.value = v;
  };
  setSelect(f.type, state.type);
  setSelect(f.side, state.side);
  f.contested.checked = state.contested;
  f.minSources.value = state.minSources;
  f.q.value = state.q;
  setSelect(f.review, state.review);
  f.since.value = state.since;
  f.until.value = state.until;
}

function onFiltersChanged({histogramToo = true} = {}) {
  formToState();
  timeline.setBrush(state.since, state.until);
  updateBrushLabel();
  writeUrl();
  loadIncidents();
  if (histogramToo) loadHistogram();
}

function updateBrushLabel() {
  const label = document.getElementById('brush-label');
  const on = state.since || state.until;
  label.textContent = on ? `${state.since || '…'} to ${state.until || '…'}` : 'all dates (drag on the timeline to choose)';
  document.getElementById('brush-clear').disabled = !on;
}

/* ---------- data ---------- */

async function loadIncidents() {
  listing?.abort();
  const ctl = listing = new AbortController();
  const params = filterParams(state, {extra: {bbox: bbox(map), limit: LIMIT}});
  document.body.classList.add('loading');
  try {
    const data = await getJSON(`/api/incidents?${params}`, {signal: ctl.signal});
    if (ctl.signal.aborted) return;
    showIncidents(data);
    status('');
  } catch (err) {
    if (err.name !== 'AbortError') status(`Could not load incidents: ${err.message}`, 'error');
  } finally {
    if (listing === ctl) document.body.classList.remove('loading');
  }
}

function showIncidents(data) {
  const count = document.getElementById('marker-count');
  const note = document.getElementById('count-note');
  const total = Number(data?.total) || 0;
  let drawn;
  if (Array.isArray(data?.incidents)) {
    drawn = incidents.setIncidents(data.incidents);
    note.textContent = `incident${drawn === 1 ? '' : 's'} in view` + (total > drawn ? ` (of ${fmtNumber(total)})` : '');
    document.body.classList.remove('server-clustered');
  } else {
    drawn = incidents.setClusters(Array.isArray(data?.clusters) ? data.clusters : []);
    note.textContent = `incidents in view, grouped into cells (more than ${fmtNumber(LIMIT)}: zoom in or filter to see each)`;
    document.body.classList.add('server-clustered');
  }
  count.textContent = String(drawn);
  count.dataset.count = String(drawn);
  count.dataset.total = String(total);
  listLatest(Array.isArray(data?.incidents) ? data.incidents : null);
}

/** How many incidents the panel lists: the latest of those drawn (the server sends them latest first). */
const LISTED = 25;

/** The latest incidents in view as links to their pages; when the map shows cells, a hint instead. */
function listLatest(list) {
  const ol = clear(document.getElementById('incident-list'));
  const note = document.getElementById('incident-list-note');
  if (!list) {
    note.textContent = 'Zoom in or narrow the filters to list incidents.';
    return;
  }
  for (const inc of list.slice(0, LISTED)) {
    const fatalities = inc.fatalitiesLow == null ? null
      : inc.fatalitiesHigh != null ? `${inc.fatalitiesLow}-${inc.fatalitiesHigh} killed` : `${inc.fatalitiesLow} killed`;
    ol.append(el('li', {class: inc.contested ? 'contested' : null, dataset: {id: String(inc.id)}},
      el('a', {href: `incident.html?id=${encodeURIComponent(inc.id)}`},
        el('span', {class: 'date', text: inc.date ?? 'date unknown'}), ' ',
        el('span', {class: 'what', text: inc.subType ?? inc.eventType ?? ''}), ' ',
        el('span', {class: 'where', text: inc.place ?? 'place unknown'})),
      fatalities ? el('span', {class: 'toll', text: ` · ${fatalities}`}) : null,
      inc.contested ? el('span', {class: 'badge', text: ' contested'}) : null));
  }
  note.textContent = list.length > LISTED ? `and ${fmtNumber(list.length - LISTED)} more on the map` :
    list.length === 0 ? 'No incident in view.' : '';
}

async function loadHistogram() {
  histogram?.abort();
  const ctl = histogram = new AbortController();
  const params = filterParams(state, {dates: false, extra: {bbox: bbox(map)}});
  try {
    const data = await getJSON(`/api/histogram?${params}`, {signal: ctl.signal});
    if (ctl.signal.aborted) return;
    timeline.setData(Array.isArray(data?.days) ? data.days : [], metaInfo?.dateRange);
  } catch (err) {
    if (err.name !== 'AbortError') status(`Could not load the timeline: ${err.message}`, 'error');
  }
}

const reloadForView = debounce(() => {
  loadIncidents();
  loadHistogram();
}, 250);

/* ---------- start ---------- */

async function start() {
  initLoginBox();
  onSession(s => {
    document.getElementById('ingest-panel').hidden = !s.canWrite;
  });

  map = createMap('map', {center: [state.lat, state.lon], zoom: state.z});
  incidents = new IncidentLayer(map);
  timeline = new Timeline(document.getElementById('timeline'), {
    onBrush(since, until) {
      state.since = since ?? '';
      state.until = until ?? '';
      form.elements.since.value = state.since;
      form.elements.until.value = state.until;
      updateBrushLabel();
      writeUrl();
      loadIncidents();
    },
  });
  addBaseLayer(map).catch(err => status(`Base layer: ${err.message}`, 'error'));

  map.on('moveend', () => {
    const c = map.getCenter();
    state.lat = c.lat;
    state.lon = c.lng;
    state.z = map.getZoom();
    writeUrl();
    reloadForView();
  });

  try {
    metaInfo = await meta();
    fillSelect(form.elements.type, metaInfo.types, 'any type');
    fillSelect(form.elements.side, metaInfo.sides, 'any side');
    if (metaInfo.tileUrl) addTileLayer(map, metaInfo.tileUrl, metaInfo.attribution);
    const range = metaInfo.dateRange;
    if (range?.first) form.elements.since.min = form.elements.until.min = range.first;
    if (range?.last) form.elements.since.max = form.elements.until.max = range.last;
  } catch (err) {
    status(`Could not load /api/meta: ${err.message}`, 'error');
  }

  stateToForm();
  timeline.setBrush(state.since, state.until);
  updateBrushLabel();
  // Leaflet may have moved the map inside its bounds while it was made, before 'moveend' was listened to.
  const shown = map.getCenter();
  state.lat = shown.lat;
  state.lon = shown.lng;
  state.z = map.getZoom();
  writeUrl();

  const typing = debounce(() => onFiltersChanged(), 400);
  form.addEventListener('input', e => {
    if (e.target.name === 'q' || e.target.name === 'minSources') typing();
  });
  form.addEventListener('change', e => {
    typing.cancel();
    onFiltersChanged({histogramToo: !['since', 'until'].includes(e.target.name)});
  });
  form.addEventListener('submit', e => {
    e.preventDefault();
    typing.cancel();
    onFiltersChanged();
  });
  form.addEventListener('reset', () => setTimeout(() => onFiltersChanged(), 0));
  document.getElementById('brush-clear').addEventListener('click', () => {
    form.elements.since.value = '';
    form.elements.until.value = '';
    onFiltersChanged({histogramToo: false});
  });

  initIngest(() => {
    loadIncidents();
    loadHistogram();
  });

  loadIncidents();
  loadHistogram();
}

start();
