// The incident page (incident.html?id=N): summary, reports, the article text with evidence and
// claims marked, the claims side by side per side, the audit log, and (for analysts) review.
import {ApiError, currentSession, getJSON, meta, onSession, postJSON} from './api.js';
import {append, clear, el, externalLink, fmtRange, status} from './dom.js';
import {findPhrases, highlight} from './highlight.js';
import {initLoginBox} from './login.js';

const STANCES = ['asserts', 'disputes', 'denies'];
const LATE_SIDES = ['third_party', 'media', 'unknown'];

let incidentId = null;
let detail = null;
let shownReport = null;            // eventId of the report whose article is shown
const articles = new Map();        // articleId -> Promise of /api/articles/{id}

/* ---------- loading ---------- */

function idFromUrl() {
  const raw = new URLSearchParams(location.search).get('id');
  return raw && /^\d+$/.test(raw) ? Number(raw) : null;
}

function article(id) {
  if (!articles.has(id)) {
    const p = getJSON(`/api/articles/${encodeURIComponent(id)}`);
    p.catch(() => articles.delete(id));
    articles.set(id, p);
  }
  return articles.get(id);
}

async function load(id) {
  incidentId = id;
  try {
    render(await getJSON(`/api/incidents/${id}`));
  } catch (err) {
    const msg = err instanceof ApiError && err.status === 404 ? `There is no incident ${id}.` : `Could not load incident ${id}: ${err.message}`;
    clear(document.getElementById('summary')).append(el('h2', {text: 'Incident'}), el('p', {class: 'error', text: msg}));
    status(msg, 'error');
  }
}

/* ---------- rendering ---------- */

function render(d) {
  detail = d;
  const inc = d.incident || {};
  incidentId = inc.id ?? incidentId;
  const title = inc.subType || inc.eventType || inc.kind || 'Incident';
  document.title = `${title} — ${inc.place ?? 'unknown place'}, ${inc.date ?? 'unknown date'} · sitrep`;
  renderSummary(inc);
  renderReports(d.reports || []);
  renderClaims(d);
  renderAudit(d.audit || []);
  renderReview(inc);
  const reports = d.reports || [];
  const keep = reports.find(r => r.eventId === shownReport);
  showArticle(keep ?? reports[0] ?? null);
}

function renderSummary(inc) {
  const box = clear(document.getElementById('summary'));
  const place = [inc.place, inc.admin1, inc.country].filter(Boolean).join(', ') || 'unknown';
  const coords = typeof inc.lat === 'number' && typeof inc.lon === 'number'
    ? `${inc.lat.toFixed(4)}, ${inc.lon.toFixed(4)}` : null;
  const mapLink = coords
    ? el('a', {href: `./?lat=${inc.lat}&lon=${inc.lon}&z=9`, text: 'show on map'}) : null;
  append(box, [
    inc.mergedInto != null
      ? el('p', {class: 'merged-banner'}, 'This incident was merged into ',
        el('a', {href: `?id=${encodeURIComponent(inc.mergedInto)}`, text: `incident ${inc.mergedInto}`}), '.')
      : null,
    el('h2', {text: `Incident ${inc.id ?? ''}`}),
    el('h1', {text: inc.subType || inc.eventType || 'Incident'}),
    el('p', {class: 'subtitle', text: [inc.eventType, inc.kind].filter(Boolean).join(' · ')}),
    el('p', {class: 'badges'},
      inc.contested ? el('span', {class: 'badge contested', text: 'contested'}) : null,
      el('span', {class: `badge review-${inc.review ?? 'unreviewed'}`, text: inc.review ?? 'unreviewed'})),
    el('dl', {class: 'facts'},
      el('dt', {text: 'Place'}), el('dd', {}, place, inc.precision ? ` (${inc.precision})` : ''),
      el('dt', {text: 'Coordinates'}), el('dd', {}, coords ?? 'unknown', mapLink ? ' · ' : '', mapLink),
      el('dt', {text: 'Date'}), el('dd', {text: `${inc.date ?? 'unknown'}${inc.datePrecision && inc.datePrecision !== 'day' ? ` (${inc.datePrecision})` : ''}`}),
      el('dt', {text: 'Fatalities'}), el('dd', {id: 'fatalities', text: fmtRange(inc.fatalitiesLow, inc.fatalitiesHigh)}),
      el('dt', {text: 'Sources'}), el('dd', {text: `${inc.sources ?? 0} sources · ${inc.articles ?? 0} articles · ${inc.members ?? 0} reports`}),
      el('dt', {text: 'Sides'}), el('dd', {text: (inc.sides || []).join(', ') || 'none'}),
      el('dt', {text: 'Contested'}), el('dd', {id: 'contested', text: inc.contested ? 'yes' : 'no'}),
      el('dt', {text: 'Review'}), el('dd', {id: 'review-status', text: inc.review ?? 'unreviewed'}))]);
}

function renderReports(reports) {
  const list = clear(document.getElementById('reports'));
  document.getElementById('reports-count').textContent = String(reports.length);
  const canWrite = currentSession().canWrite;
  for (const r of reports) {
    const ev = r.event || {};
    const pick = canWrite
      ? el('input', {type: 'checkbox', class: 'pick', name: 'split', value: r.eventId, 'aria-label': `Select report ${r.eventId} for a split`})
      : null;
    list.append(el('li', {dataset: {eventId: r.eventId, articleId: r.articleId}},
      el('div', {class: 'head'},
        pick,
        el('span', {class: 'outlet', text: r.outlet || r.sourceId || `article ${r.articleId}`}),
        el('span', {class: 'date', text: r.published ?? 'undated'}),
        el('button', {type: 'button', class: 'show', text: 'show text', 'aria-label': `Show the text of report ${r.eventId}`,
          on: {click: () => showArticle(r)}}),
        r.url ? externalLink(r.url, 'source ↗') : null),
      el('div', {class: 'meta', text: [
        r.sourceId ? `source ${r.sourceId}` : null, `report ${r.eventId}`,
        ev.place?.name ? `place ${ev.place.name}` : null, ev.date ? `date ${ev.date}` : null,
        ev.verification ? `verification: ${ev.verification}` : null].filter(Boolean).join(' · ')}),
      (r.evidence || []).length ? el('p', {class: 'evidence-snippet', text: r.evidence[0]}) : null));
  }
  if (!reports.length) list.append(el('li', {class: 'empty', text: 'No reports.'}));
}

/** Counts calls of showArticle: only the latest may fill the article (two may overlap while loading). */
let articleLoads = 0;

async function showArticle(report) {
  const load = ++articleLoads;
  shownReport = report?.eventId ?? null;
  for (const li of document.querySelectorAll('#reports > li')) {
    li.classList.toggle('current', report != null && li.dataset.eventId === String(report.eventId));
  }
  const head = clear(document.getElementById('article-head'));
  const pre = clear(document.getElementById('article-text'));
  if (!report) {
    pre.append('No article.');
    return;
  }
  append(head, [el('strong', {text: report.outlet || report.sourceId || `article ${report.articleId}`}),
    el('span', {class: 'meta', text: report.published ?? ''}),
    report.url ? externalLink(report.url, 'original ↗') : null]);
  pre.setAttribute('aria-busy', 'true');
  try {
    const a = await article(report.articleId);
    if (load !== articleLoads) return;
    clear(pre);
    const text = typeof a?.text === 'string' ? a.text : '';
    const record = recordFor(report, a);
    let evidence = Array.isArray(record?.evidence) ? record.evidence.filter(s => typeof s === 'object') : [];
    if (!evidence.length) evidence = findPhrases(text, report.evidence);
    const claims = Array.isArray(record?.claims) ? record.claims : [];
    pre.append(highlight(text, evidence, claims));
    const first = pre.querySelector('mark.evidence');
    if (first) pre.scrollTop = Math.max(0, first.offsetTop - pre.offsetTop - 40);
  } catch (err) {
    if (load === articleLoads) {
      pre.append(el('span', {class: 'error', text: `Could not load article ${report.articleId}: ${err.message}`}));
    }
  } finally {
    if (load === articleLoads) pre.removeAttribute('aria-busy');
  }
}

/** The extraction record of a report: its own event, or the article's event with the same id. */
function recordFor(report, art) {
  const own = report.event;
  const hasOffsets = e => Array.isArray(e?.evidence) && e.evidence.some(s => Number.isInteger(s?.start));
  if (hasOffsets(own)) return own;
  const same = (art?.events || []).find(e => own?.id != null && e.id === own.id);
  return hasOffsets(same) ? same : own;
}

/** Claims per side, one entry per source and stance, with how many outlets carry it. */
function claimColumns(d) {
  const norm = s => String(s ?? '').trim().toLowerCase();
  const sides = new Map();
  const add = (c, outlet, verification) => {
    if (!c || typeof c !== 'object') return;
    const side = c.side || 'unknown';
    if (!sides.has(side)) sides.set(side, new Map());
    const key = `${norm(c.by)}|${c.stance}`;
    const col = sides.get(side);
    let entry = col.get(key);
    if (!entry) {
      entry = {by: c.by, side, stance: c.stance, words: c.words || c.about || '', outlets: new Set(), verification: new Set(),
        sources: Number.isInteger(c.sources) ? c.sources : null};
      col.set(key, entry);
    }
    if (!entry.words && (c.words || c.about)) entry.words = c.words || c.about;
    if (outlet) entry.outlets.add(outlet);
    if (verification) entry.verification.add(verification);
    if (typeof c.verification === 'string') entry.verification.add(c.verification);
  };
  for (const r of d.reports || []) {
    const claims = Array.isArray(r.claims) && r.claims.length ? r.claims : r.event?.claims || [];
    for (const c of claims) add(c, r.outlet || r.sourceId || `article ${r.articleId}`, r.event?.verification);
  }
  for (const [side, claims] of Object.entries(d.claimsBySide || {})) {
    for (const c of Array.isArray(claims) ? claims : []) add({...c, side: c.side || side}, null, null);
  }
  const order = [...(d.incident?.sides || [])];
  for (const s of [...sides.keys()].sort()) if (!order.includes(s)) order.push(s);
  order.sort((a, b) => LATE_SIDES.includes(a) - LATE_SIDES.includes(b));
  return order.filter(s => sides.has(s)).map(side => ({side, claims: [...sides.get(side).values()]
    .sort((a, b) => STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance))}));
}

function renderClaims(d) {
  const box = clear(document.getElementById('claims'));
  const columns = claimColumns(d);
  if (!columns.length) {
    box.append(el('p', {class: 'empty', text: 'No side makes a claim in these reports.'}));
    return;
  }
  for (const {side, claims} of columns) {
    const tally = STANCES.map(st => [st, claims.filter(c => c.stance === st).length]).filter(([, n]) => n)
      .map(([st, n]) => `${n} ${st}`).join(' · ');
    box.append(el('section', {class: 'side-col', dataset: {side}},
      el('h3', {}, el('span', {text: side.replace(/_/g, ' ')}), el('span', {class: 'corro', text: tally})),
      el('ul', {}, claims.map(c => {
        const n = c.sources ?? c.outlets.size;
        const corroboration = n ? `${n} source${n === 1 ? '' : 's'}${c.outlets.size ? `: ${[...c.outlets].join(', ')}` : ''}`
          : 'sources not given';
        return el('li', {class: `claim stance-${c.stance}`},
          el('span', {class: `badge stance-${c.stance}`, text: c.stance ?? 'claims'}), ' ',
          el('span', {class: 'by', text: c.by || 'unnamed source'}),
          c.words ? el('blockquote', {text: c.words}) : null,
          el('div', {class: 'corro', text: [
            corroboration,
            c.verification.size ? `verification: ${[...c.verification].join(', ')}` : 'verification: not stated',
          ].join(' · ')}));
      }))));
  }
}

function fmtValue(v) {
  if (v == null || v === '') return '—';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function fmtTime(at) {
  const t = Date.parse(at);
  if (Number.isNaN(t)) return String(at ?? '');
  const d = new Date(t);
  const p = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function renderAudit(rows) {
  const list = clear(document.getElementById('audit'));
  for (const a of rows) {
    const changed = a.before != null || a.after != null;
    list.append(el('li', {dataset: {auditId: a.id, action: a.action}},
      el('time', {class: 'at', datetime: a.at, text: fmtTime(a.at)}),
      el('span', {class: 'who', text: a.analyst ?? 'system'}),
      el('span', {class: 'action', text: a.action ?? ''}),
      el('span', {class: 'change'}, changed ? [el('code', {text: fmtValue(a.before)}), ' → ', el('code', {text: fmtValue(a.after)})] : ''),
      a.note ? el('span', {class: 'note', text: a.note}) : null));
  }
  document.getElementById('audit-empty').hidden = rows.length > 0;
}

function renderReview(inc) {
  const box = document.getElementById('review');
  box.hidden = !currentSession().canWrite;
  const f = document.getElementById('review-forms');
  if (!f.dataset.filled) return;
  f.elements.place.placeholder = inc.place ?? 'gazetteer name or lat,lon';
  f.elements.date.value = inc.date ?? '';
  f.elements.type.placeholder = inc.subType ?? inc.kind ?? '';
  f.elements.fatalities.placeholder = inc.fatalitiesLow == null && inc.fatalitiesHigh == null
    ? 'unknown' : fmtRange(inc.fatalitiesLow, inc.fatalitiesHigh).replace('–', '-');
  f.elements.contested.value = inc.contested ? 'true' : 'false';
  document.querySelector('[data-action="confirm"]').disabled = inc.review === 'confirmed';
  document.querySelector('[data-action="reject"]').disabled = inc.review === 'rejected';
  document.querySelector('[data-action="reopen"]').disabled = inc.review == null;
}

/* ---------- review ---------- */

async function act(action) {
  const f = document.getElementById('review-forms');
  const note = f.elements.note.value.trim();
  const base = `/api/incidents/${incidentId}`;
  let path = `${base}/review`, body = {action};
  const need = (value, what) => {
    if (value === '' || value == null) throw new Error(what);
    return value;
  };
  try {
    switch (action) {
      case 'confirm': case 'reject': case 'reopen': break;
      case 'place': body.value = need(f.elements.place.value.trim(), 'Type a place name or lat,lon.'); break;
      case 'date': body.value = need(f.elements.date.value, 'Choose a date.'); break;
      case 'type': body.value = need(f.elements.type.value.trim(), 'Type a sub-event type or kind.'); break;
      case 'fatalities': {
        const v = f.elements.fatalities.value.trim();
        if (v && !/^\d+(\s*-\s*\d+)?$/.test(v)) throw new Error('Fatalities: a number, a range like 4-21, or empty for unknown.');
        body.value = v.replace(/\s+/g, '');
        break;
      }
      case 'contested': body.value = f.elements.contested.value === 'true'; break;
      case 'note': need(note, 'Write the note first.'); break;
      case 'merge': {
        const into = f.elements.into.value.trim();
        if (!/^\d+$/.test(into) || Number(into) === incidentId) throw new Error('Give the id of another incident to merge into.');
        path = `${base}/merge`;
        body = {into: Number(into)};
        break;
      }
      case 'split': {
        const ids = [...document.querySelectorAll('#reports input.pick:checked')].map(i => Number(i.value));
        if (!ids.length) throw new Error('Tick the reports to split off first.');
        if (ids.length === (detail?.reports || []).length) throw new Error('Leave at least one report in this incident.');
        path = `${base}/split`;
        body = {eventIds: ids};
        break;
      }
      default: return;
    }
  } catch (err) {
    status(err.message, 'error');
    return;
  }
  if (note) body.note = note;
  const buttons = document.querySelectorAll('#review button');
  buttons.forEach(b => { b.disabled = true; });
  try {
    const answer = await postJSON(path, body);
    f.elements.note.value = '';
    for (const k of ['place', 'type', 'fatalities', 'into']) f.elements[k].value = '';
    const newId = answer?.incident?.id;
    if ((action === 'merge' || action === 'split') && newId != null && newId !== incidentId) {
      history.pushState(null, '', `?id=${newId}`);
      shownReport = null;
    }
    if (answer?.incident && Array.isArray(answer.audit)) render(answer);
    else await load(newId ?? incidentId);
    status(`${action}: done.`);
  } catch (err) {
    status(`${action} failed: ${err.message}`, 'error');
  } finally {
    buttons.forEach(b => { b.disabled = false; });
    if (detail) renderReview(detail.incident || {});
  }
}

async function initReview() {
  const f = document.getElementById('review-forms');
  f.addEventListener('submit', e => e.preventDefault());
  f.addEventListener('click', e => {
    const button = e.target.closest('button[data-action]');
    if (button) act(button.dataset.action);
  });
  f.dataset.filled = 'yes';
  try {
    const m = await meta();
    const list = document.getElementById('type-options');
    for (const t of m.types || []) if (typeof t === 'string') list.append(el('option', {value: t}));
  } catch {
    // The type field still takes free text.
  }
}

/* ---------- start ---------- */

function start() {
  initLoginBox();
  initReview();
  let first = true;
  onSession(() => {
    if (first) {
      first = false;
      return;
    }
    if (detail) render(detail);
  });
  window.addEventListener('popstate', () => {
    const id = idFromUrl();
    if (id != null) load(id);
  });
  const id = idFromUrl();
  if (id == null) {
    clear(document.getElementById('summary')).append(el('p', {class: 'error', text: 'No incident id: open this page as incident.html?id=N.'}));
    return;
  }
  load(id);
}

start();
