// The analyst's map page: filters on the left; the map, the table of the incidents in view or the
// review queue; the timeline below. The URL keeps the whole state (filters, brushed dates, view, map
// centre and zoom, the highlighted incident) so that a copied URL reopens the same view. Every change
// of filters, dates, view or highlight is a history step (Back undoes it); panning and zooming only
// update the current step.
import {FILTER_KEYS, filterParams, getJSON, meta, onSession} from './api.js';
import {clear, debounce, el, fmtNumber, status} from './dom.js';
import {initIngest} from './ingest.js';
import {initLoginBox} from './login.js';
import {IncidentLayer, addBaseLayer, addTileLayer, bbox, createMap} from './map.js';
import {ListViews} from './lists.js';
import {sideLabel, typeLabel, subTypeLabel} from './style.js';
import {Timeline} from './timeline.js';

const LIMIT = 2000;
const DEFAULT_VIEW = {lat: 30, lon: 20, z: 3};
const VIEWS = ['map', 'table', 'queue'];

const form = document.getElementById('filters');
let state = readUrl();
let map, incidents, timeline, lists, metaInfo = null;
let listing = null, histogram = null;   // AbortControllers of the requests in flight
let applyingUrl = false;                // true while the page follows Back/Forward: no new history step

/* ---------- the URL ---------- */

function readUrl() {
  const p = new URLSearchParams(location.search);
  const s = {};
  for (const key of FILTER_KEYS) s[key] = p.get(key) ?? '';
  s.contested = p.get('contested') === 'true';
  const num = (k, lo, hi) => {
    const v = Number.parseFloat(p.get(k));
    return Number.isFinite(v) && v >= lo && v <= hi ? v : null;
  };
  s.lat = num('lat', -85, 85);
  s.lon = num('lon', -180, 180);
  s.z = num('z', 2, 16);
  if (s.z != null) s.z = Math.round(s.z);
  s.hasView = s.lat != null && s.lon != null && s.z != null;
  s.view = VIEWS.includes(p.get('view')) ? p.get('view') : 'map';
  s.focus = /^\d+$/.test(p.get('focus') ?? '') ? p.get('focus') : '';
  return s;
}

function urlFor(s) {
  const p = filterParams(s);
  if (s.view !== 'map') p.set('view', s.view);
  if (s.focus) p.set('focus', s.focus);
  if (s.lat != null) {
    p.set('lat', s.lat.toFixed(4));
    p.set('lon', s.lon.toFixed(4));
    p.set('z', String(s.z));
  }
  return `${location.pathname}?${p}`;
}

/** push: a new history step (filters, dates, view, highlight); otherwise the current step is updated. */
function writeUrl({push = false} = {}) {
  const url = urlFor(state);
  if (push && !applyingUrl && url !== location.pathname + location.search) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  const downloads = filterParams(state).toString();
  document.getElementById('dl-csv').href = `/api/export.csv${downloads ? `?${downloads}` : ''}`;
  document.getElementById('dl-geojson').href = `/api/export.geojson${downloads ? `?${downloads}` : ''}`;
}

/* ---------- filters ---------- */

function fillSelect(select, options, placeholder) {
  const current = select.value || select.dataset.wanted || '';
  clear(select).append(el('option', {value: '', text: placeholder}));
  for (const o of options || []) {
    const [value, text, title] = Array.isArray(o) ? o : [o, o];
    if (typeof value === 'string') select.append(el('option', {value, text, title}));
  }
  setSelect(select, current);
}

function setSelect(select, v) {
  if (v && ![...select.options].some(o => o.value === v)) select.append(el('option', {value: v, text: v}));
  select.value = v;
  select.dataset.wanted = v;
}

/** The "new since my last visit" baseline: the newest incident id seen on the previous visit. */
const visit = {baseline: null};

function formToState() {
  const f = form.elements;
  for (const key of ['type', 'side', 'actor', 'country', 'admin1', 'review', 'since', 'until']) state[key] = f[key].value;
  state.contested = f.contested.checked;
  const count = (input, allowZero) => {
    const v = input.value.trim();
    return /^\d+$/.test(v) && (allowZero || Number(v) > 0) ? String(Number(v)) : '';
  };
  state.minSources = count(f.minSources, false);
  state.minFatalities = count(f.minFatalities, false);
  state.maxFatalities = count(f.maxFatalities, true);
  state.q = f.q.value.trim();
  state.after = f.new.checked && visit.baseline != null ? String(visit.baseline) : '';
}

function stateToForm() {
  const f = form.elements;
  for (const key of ['type', 'side', 'actor', 'country', 'review']) setSelect(f[key], state[key]);
  fillRegions();
  setSelect(f.admin1, state.admin1);
  f.contested.checked = state.contested;
  f.minSources.value = state.minSources;
  f.minFatalities.value = state.minFatalities;
  f.maxFatalities.value = state.maxFatalities;
  f.q.value = state.q;
  f.since.value = state.since;
  f.until.value = state.until;
  f.new.checked = !!state.after;
}

let facets = null;

/** The regions of the chosen country (or of every country), from /api/facets. */
function fillRegions() {
  const select = form.elements.admin1;
  const country = form.elements.country.value;
  const regions = (facets?.regions || []).filter(r => r.admin1 && (!country || r.country === country));
  fillSelect(select, regions.map(r => [r.admin1, country ? `${r.admin1} (${r.incidents})` : `${r.admin1}, ${r.country} (${r.incidents})`]),
    'any region');
}

function onFiltersChanged({histogramToo = true} = {}) {
  formToState();
  timeline.setBrush(state.since, state.until);
  updateBrushLabel();
  writeUrl({push: true});
  reload({histogramToo});
}

function updateBrushLabel() {
  const label = document.getElementById('brush-label');
  const on = state.since || state.until;
  label.textContent = on ? `${state.since || '…'} to ${state.until || '…'}` : 'all dates (drag on the timeline to choose)';
  document.getElementById('brush-clear').disabled = !on;
}

/* ---------- data ---------- */

function reload({histogramToo = true} = {}) {
  loadIncidents();
  if (histogramToo) loadHistogram();
  lists.reload();
}

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
  if (Array.isArray(data?.incidents) && !data.clustered) {
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
  listLatest(Array.isArray(data?.incidents) && !data.clustered ? data.incidents : null);
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
  for (const inc of list.slice(0, LISTED)) ol.append(lists.latestItem(inc));
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

const reloadForView = debounce(() => reload(), 250);

/* ---------- views and the highlighted incident ---------- */

function showView(view) {
  state.view = view;
  for (const b of document.querySelectorAll('.tabs [role=tab]')) {
    const on = b.dataset.view === view;
    b.setAttribute('aria-selected', String(on));
    b.tabIndex = on ? 0 : -1;
  }
  document.getElementById('table-view').hidden = view !== 'table';
  document.getElementById('queue-view').hidden = view !== 'queue';
  document.body.dataset.view = view;
  lists.show(view);
  map.invalidateSize();
}

/** Centres the map on an incident, rings and labels it. */
async function focusIncident(id) {
  const note = document.getElementById('focus-note');
  if (!id) {
    incidents.focus(null);
    note.hidden = true;
    return;
  }
  try {
    const d = await getJSON(`/api/incidents/${encodeURIComponent(id)}`);
    const inc = d?.incident;
    if (!inc || typeof inc.lat !== 'number') {
      status(`Incident ${id} has no coordinates to show on the map.`, 'error');
      return;
    }
    if (state.focus !== String(id)) return;
    incidents.focus(inc);
    const z = Math.max(map.getZoom(), 9);
    if (!map.getBounds().pad(-0.2).contains([inc.lat, inc.lon]) || map.getZoom() < 9) map.setView([inc.lat, inc.lon], z);
    clear(note).append(`Showing incident ${inc.id} at ${inc.place ?? 'an unnamed place'} `,
      el('a', {href: `incident.html?id=${encodeURIComponent(inc.id)}`, text: 'open'}), ' · ',
      el('button', {type: 'button', class: 'link', text: 'clear', on: {click: () => {
        state.focus = '';
        writeUrl({push: true});
        focusIncident('');
      }}}));
    note.hidden = false;
  } catch (err) {
    status(`Could not show incident ${id}: ${err.message}`, 'error');
  }
}

/**
 * Where the map opens when the URL names no view: around the incidents (the middle 96% of them on each
 * axis, so one stray report on another continent does not make it the whole world).
 */
async function fitToData() {
  try {
    const data = await getJSON(`/api/incidents?${filterParams(state, {extra: {bbox: '-180,-85,180,85', limit: LIMIT}})}`);
    const points = [];
    if (Array.isArray(data?.incidents) && !data.clustered) {
      for (const i of data.incidents) if (typeof i.lat === 'number') points.push([i.lat, i.lon, 1]);
    } else {
      for (const c of data?.clusters || []) if (typeof c.lat === 'number') points.push([c.lat, c.lon, c.count || 1]);
    }
    if (!points.length) return false;
    const quantile = (axis, q) => {
      const sorted = points.map(p => [p[axis], p[2]]).sort((a, b) => a[0] - b[0]);
      const total = sorted.reduce((s, p) => s + p[1], 0);
      let seen = 0;
      for (const [v, w] of sorted) {
        seen += w;
        if (seen >= q * total) return v;
      }
      return sorted[sorted.length - 1][0];
    };
    const south = quantile(0, 0.02), north = quantile(0, 0.98), west = quantile(1, 0.02), east = quantile(1, 0.98);
    map.fitBounds([[south, west], [north, east]], {padding: [30, 30], maxZoom: 9, animate: false});
    return true;
  } catch {
    return false;
  }
}

/** Back and Forward: the page takes the URL's state again. */
function applyUrl() {
  applyingUrl = true;
  try {
    const next = readUrl();
    const moved = next.hasView && (Math.abs(next.lat - state.lat) > 1e-4 || Math.abs(next.lon - state.lon) > 1e-4 || next.z !== state.z);
    state = next;
    if (!next.hasView) {
      const c = map.getCenter();
      Object.assign(state, {lat: c.lat, lon: c.lng, z: map.getZoom()});
    }
    stateToForm();
    timeline.setBrush(state.since, state.until);
    updateBrushLabel();
    showView(state.view);
    if (moved) map.setView([state.lat, state.lon], state.z, {animate: false});
    focusIncident(state.focus);
    reload();
  } finally {
    applyingUrl = false;
  }
}

/* ---------- start ---------- */

function initVisit(lastId) {
  let baseline = sessionStorage.getItem('sitrep.visitBaseline');
  if (baseline == null) {
    baseline = localStorage.getItem('sitrep.seenUpTo') ?? '';
    sessionStorage.setItem('sitrep.visitBaseline', baseline);
    if (lastId != null) localStorage.setItem('sitrep.seenUpTo', String(lastId));
  }
  visit.baseline = /^\d+$/.test(baseline) ? Number(baseline) : null;
  const box = form.elements.new;
  const note = document.getElementById('new-note');
  if (visit.baseline == null) {
    box.disabled = true;
    note.textContent = '(first visit)';
  } else {
    box.disabled = false;
    note.textContent = lastId != null ? `(${fmtNumber(Math.max(0, lastId - visit.baseline))} recorded since)` : '';
    if (state.after && state.after !== String(visit.baseline)) visit.baseline = Number(state.after);
  }
}

async function start() {
  initLoginBox();
  onSession(s => {
    document.getElementById('ingest-panel').hidden = !s.canWrite;
  });

  const hadView = state.hasView;
  map = createMap('map', {center: hadView ? [state.lat, state.lon] : [DEFAULT_VIEW.lat, DEFAULT_VIEW.lon],
    zoom: hadView ? state.z : DEFAULT_VIEW.z});
  incidents = new IncidentLayer(map);
  lists = new ListViews({
    params: () => filterParams(state, {extra: state.view === 'table' ? {bbox: bbox(map)} : {}}),
    onShowOnMap: id => {
      state.focus = String(id);
      state.view = 'map';
      showView('map');
      writeUrl({push: true});
      focusIncident(state.focus);
    },
  });
  timeline = new Timeline(document.getElementById('timeline'), {
    onBrush(since, until) {
      state.since = since ?? '';
      state.until = until ?? '';
      form.elements.since.value = state.since;
      form.elements.until.value = state.until;
      updateBrushLabel();
      writeUrl({push: true});
      loadIncidents();
      lists.reload();
    },
  });
  addBaseLayer(map).catch(err => status(`Base layer: ${err.message}`, 'error'));

  try {
    metaInfo = await meta();
    fillSelect(form.elements.type, (metaInfo.subTypes || []).map(t => [t, subTypeLabel(t), t]), 'anything');
    for (const t of (metaInfo.types || []).filter(t => !(metaInfo.subTypes || []).includes(t))) {
      form.elements.type.append(el('option', {value: t, text: `${typeLabel(t)} (all)`, title: t}));
    }
    fillSelect(form.elements.side, (metaInfo.sides || []).map(s => [s, sideLabel(s)]), 'any side');
    if (metaInfo.tileUrl) addTileLayer(map, metaInfo.tileUrl, metaInfo.attribution);
    const range = metaInfo.dateRange;
    if (range?.first) form.elements.since.min = form.elements.until.min = range.first;
    if (range?.last) form.elements.since.max = form.elements.until.max = range.last;
    initVisit(metaInfo.lastIncidentId ?? null);
  } catch (err) {
    status(`Could not load /api/meta: ${err.message}`, 'error');
  }
  stateToForm();
  getJSON('/api/facets').then(f => {
    facets = f;
    fillSelect(form.elements.actor, (f?.actors || []).map(a => [a.name, `${sideLabel(a.name)} (${a.incidents})`]), 'any actor');
    fillSelect(form.elements.country, [...new Map((f?.regions || []).map(r => [r.country, r.country])).keys()]
      .map(c => [c, `${sideLabel(c, {withCode: false})} (${(f.regions || []).filter(r => r.country === c)
        .reduce((n, r) => n + r.incidents, 0)})`]), 'any country');
    setSelect(form.elements.country, state.country);
    fillRegions();
    setSelect(form.elements.admin1, state.admin1);
  }).catch(err => status(`Could not load the filters' choices: ${err.message}`, 'error'));

  if (!hadView && !state.focus) await fitToData();
  timeline.setBrush(state.since, state.until);
  updateBrushLabel();
  // Leaflet may have moved the map inside its bounds while it was made, before 'moveend' was listened to.
  const shown = map.getCenter();
  Object.assign(state, {lat: shown.lat, lon: shown.lng, z: map.getZoom()});
  writeUrl();
  showView(state.view);

  map.on('moveend', () => {
    const c = map.getCenter();
    Object.assign(state, {lat: c.lat, lon: c.lng, z: map.getZoom()});
    writeUrl();
    reloadForView();
  });

  const typing = debounce(() => onFiltersChanged(), 500);
  form.addEventListener('input', e => {
    if (['q', 'minSources', 'minFatalities', 'maxFatalities'].includes(e.target.name)) typing();
  });
  form.addEventListener('change', e => {
    typing.cancel();
    if (e.target.name === 'country') {
      fillRegions();
      form.elements.admin1.value = '';
    }
    onFiltersChanged({histogramToo: !['since', 'until'].includes(e.target.name)});
  });
  form.addEventListener('submit', e => {
    e.preventDefault();
    typing.cancel();
    onFiltersChanged();
  });
  form.addEventListener('reset', () => setTimeout(() => {
    for (const s of form.querySelectorAll('select')) s.dataset.wanted = '';
    onFiltersChanged();
  }, 0));
  document.getElementById('brush-clear').addEventListener('click', () => {
    form.elements.since.value = '';
    form.elements.until.value = '';
    onFiltersChanged({histogramToo: false});
  });
  for (const b of document.querySelectorAll('.tabs [role=tab]')) {
    b.addEventListener('click', () => {
      if (state.view === b.dataset.view) return;
      showView(b.dataset.view);
      writeUrl({push: true});
    });
  }
  window.addEventListener('popstate', applyUrl);

  initIngest(() => reload());

  if (state.focus) focusIncident(state.focus);
  reload();
}

start();
