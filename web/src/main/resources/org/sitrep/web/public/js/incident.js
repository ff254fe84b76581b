// The incident page (incident.html?id=N): the headline and outlet of its first report, what the
// reports say (attacker, target, weapons, toll, injured), each side's stance at a glance, one
// verification line, the reports over time (first report, updates, revised tolls, denials), the article
// text with evidence and claims marked, the claims grouped by side or by outlet, the audit log, and
// (for analysts) review, whose errors show next to the control that caused them.
import {ApiError, currentSession, getJSON, meta, onSession, postJSON} from './api.js';
import {append, clear, el, externalLink, fmtRange, status} from './dom.js';
import {findPhrases, highlight} from './highlight.js';
import {initLoginBox} from './login.js';
import {acledTerm, plural, sideLabel, whatLabel} from './style.js';

const STANCES = ['asserts', 'disputes', 'denies'];
const LATE_SIDES = ['third_party', 'media', 'unknown'];
const VERIFICATION = {
  unverified: 'could not be independently verified',
  disputed: 'is disputed',
  confirmed: 'was confirmed',
};

let incidentId = null;
let detail = null;
let shownReport = null;            // eventId of the report whose article is shown
let claimsBy = 'side';
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

/** Reports in the order they were published (undated last), the first report first. */
const byPublication = reports => reports.slice().sort((a, b) =>
  (a.published == null) - (b.published == null) || String(a.published ?? '').localeCompare(String(b.published ?? '')) ||
  a.eventId - b.eventId);

const headlineOf = text => (typeof text === 'string' ? text.split('\n').find(l => l.trim())?.trim() ?? '' : '');
const outletOf = r => r.outlet || r.sourceId || `article ${r.articleId}`;

function render(d) {
  detail = d;
  const inc = d.incident || {};
  incidentId = inc.id ?? incidentId;
  document.title = `${whatLabel(inc)} — ${inc.place ?? 'unknown place'}, ${inc.date ?? 'unknown date'} · sitrep`;
  const reports = d.reports || [];
  renderSummary(inc, d);
  renderFacts(inc, d);
  renderReports(reports);
  renderClaims(d);
  renderAudit(d.audit || []);
  renderReview(inc);
  const keep = reports.find(r => r.eventId === shownReport);
  showArticle(keep ?? byPublication(reports)[0] ?? null);
  fillHeadlines(reports);
}

/** Stance counts per side, one per source: "Ukraine (UA): 2 assert · Russia (RU): 1 denies". */
function stanceLine(d) {
  const parts = [];
  for (const {side, claims} of claimColumns(d)) {
    const tally = STANCES.map(st => [st, claims.filter(c => c.stance === st).length]).filter(([, n]) => n);
    if (!tally.length) continue;
    parts.push(el('span', {class: 'stance-side', dataset: {side}},
      el('strong', {text: `${sideLabel(side)}: `}),
      tally.map(([st, n], i) => [i ? ' · ' : '', el('span', {class: `stance-${st}`, text: `${n} ${n === 1 ? st : st.replace(/s$/, '')}`})])));
  }
  return parts;
}

/** One line on verification, from the words of the reports. */
function verificationLine(reports) {
  const said = reports.map(r => r.event?.verification).filter(v => v && v !== 'not_stated');
  if (!said.length) return 'No report says whether it was independently verified.';
  const counts = new Map();
  for (const v of said) counts.set(v, (counts.get(v) || 0) + 1);
  return [...counts].map(([v, n]) => `${n} of ${plural(reports.length, 'report')} say${n === 1 ? 's' : ''} it ${VERIFICATION[v] ?? v.replace(/_/g, ' ')}`)
    .join('; ') + '.';
}

function renderSummary(inc, d) {
  const box = clear(document.getElementById('summary'));
  const reports = byPublication(d.reports || []);
  const first = reports[0];
  const outlets = [...new Set(reports.map(outletOf))];
  const place = [inc.place, inc.admin1, inc.country].filter(Boolean).join(', ') || 'unknown place';
  const mapLink = typeof inc.lat === 'number' && typeof inc.lon === 'number'
    ? el('a', {id: 'show-on-map', class: 'map-link', href: `./?focus=${encodeURIComponent(inc.id)}&lat=${inc.lat}&lon=${inc.lon}&z=9`,
      text: 'show on map'}) : null;
  append(box, [
    inc.mergedInto != null
      ? el('p', {class: 'merged-banner'}, 'This incident was merged into ',
        el('a', {href: `?id=${encodeURIComponent(inc.mergedInto)}`, text: `incident ${inc.mergedInto}`}), '.')
      : null,
    el('p', {class: 'kicker'},
      el('span', {class: 'what', text: whatLabel(inc), title: 'ACLED: ' + acledTerm(inc)}), ' · ',
      el('span', {text: place}), inc.precision && inc.precision !== 'town' ? ` (${inc.precision})` : '', ' · ',
      el('span', {text: inc.date ?? 'date unknown'}), mapLink ? ' · ' : '', mapLink,
      el('span', {class: 'incident-id', text: `incident ${inc.id ?? ''}`})),
    el('h1', {id: 'headline', text: first ? '…' : whatLabel(inc)}),
    first ? el('p', {class: 'byline'},
      el('span', {id: 'headline-outlet', class: 'outlet', text: outletOf(first)}),
      first.published ? ` · ${first.published}` : '',
      outlets.length > 1 ? ` · first of ${plural(reports.length, 'report')} from ${plural(outlets.length, 'outlet')}` :
        reports.length > 1 ? ` · first of ${plural(reports.length, 'report')}` : '') : null,
    el('p', {class: 'badges'},
      inc.contested ? el('span', {class: 'badge contested', text: 'contested'}) : null,
      el('span', {class: `badge review-${inc.review ?? 'unreviewed'}`, text: inc.review ?? 'unreviewed'}),
      el('span', {class: 'acled', text: `ACLED: ${acledTerm(inc)}`})),
    el('p', {id: 'stances', class: 'stances'}, stanceLine(d).length ? stanceLine(d) : 'No side makes a claim in these reports.'),
    el('p', {id: 'verification', class: 'verification', text: verificationLine(d.reports || [])})]);
  if (first) {
    article(first.articleId).then(a => {
      const h = headlineOf(a?.text);
      const node = document.getElementById('headline');
      if (node && detail === d) node.textContent = h || whatLabel(inc);
    }).catch(() => {
      const node = document.getElementById('headline');
      if (node) node.textContent = whatLabel(inc);
    });
  }
}

/** Distinct non-empty values of a field over the reports' events. */
function values(reports, get) {
  const out = [];
  for (const r of reports) {
    for (const v of [get(r.event || {})].flat()) if (v != null && v !== '' && !out.includes(v)) out.push(v);
  }
  return out;
}

function casualties(reports, field) {
  const figures = reports.map(r => r.event?.[field]).filter(c => c && (c.low != null || c.high != null));
  if (!figures.length) return 'not reported';
  const lows = figures.map(c => c.low).filter(v => v != null);
  const highs = figures.map(c => c.high ?? c.low).filter(v => v != null);
  const lo = lows.length ? Math.min(...lows) : null;
  const hi = highs.length ? Math.max(...highs) : null;
  return `${fmtRange(lo, hi === lo ? null : hi)}${figures.length > 1 ? ` (${figures.length} reports give a figure)` : ''}`;
}

function renderFacts(inc, d) {
  const reports = d.reports || [];
  const actor = v => (v ? sideLabel(v) : null);
  const attackers = values(reports, e => e.attacker).map(actor);
  const targets = values(reports, e => e.target).map(actor);
  const weapons = values(reports, e => e.weapons || []);
  const coords = typeof inc.lat === 'number' && typeof inc.lon === 'number' ? `${inc.lat.toFixed(4)}, ${inc.lon.toFixed(4)}` : 'unknown';
  append(clear(document.getElementById('facts')), [el('dl', {class: 'facts'},
    el('dt', {text: 'Attacker'}), el('dd', {id: 'fact-attacker', text: attackers.join(', ') || 'not stated'}),
    el('dt', {text: 'Target'}), el('dd', {id: 'fact-target', text: targets.join(', ') || 'not stated'}),
    el('dt', {text: 'Weapons'}), el('dd', {id: 'fact-weapons', text: weapons.join(', ') || 'not stated'}),
    el('dt', {text: 'Killed'}), el('dd', {id: 'fatalities', text: fmtRange(inc.fatalitiesLow, inc.fatalitiesHigh)}),
    el('dt', {text: 'Injured'}), el('dd', {id: 'fact-injured', text: casualties(reports, 'injured')}),
    el('dt', {text: 'Coordinates'}), el('dd', {text: coords}),
    el('dt', {text: 'Sources'}), el('dd', {text: `${plural(inc.sources ?? 0, 'independent source')} · ${plural(inc.articles ?? 0, 'article')} · ${plural(inc.members ?? 0, 'report')}`}),
    el('dt', {text: 'Contested'}), el('dd', {id: 'contested', text: inc.contested ? 'yes' : 'no'}),
    el('dt', {text: 'Review'}), el('dd', {id: 'review-status', text: inc.review ?? 'unreviewed'}))]);
}

/** What a report adds to the story: the first report, a revised toll, a denial, or an update. */
function milestones(reports) {
  const out = new Map();
  let toll = null;
  let first = true;
  for (const r of byPublication(reports)) {
    const tags = [];
    if (first) tags.push(['first', 'first report']);
    const f = r.event?.fatalities;
    const figure = f && (f.low != null || f.high != null) ? fmtRange(f.low, f.high) : null;
    if (figure != null) {
      if (toll != null && figure !== toll) tags.push(['revised', `toll revised: ${toll} → ${figure}`]);
      else if (first) tags.push(['toll', `${figure} killed`]);
      toll = figure;
    }
    const stances = (r.claims?.length ? r.claims : r.event?.claims || []).map(c => c.stance);
    if (stances.includes('denies')) tags.push(['denial', 'denial']);
    else if (stances.includes('disputes')) tags.push(['dispute', 'disputed']);
    if (!first && tags.length === 0) tags.push(['update', 'update']);
    out.set(r.eventId, tags);
    first = false;
  }
  return out;
}

function renderReports(reports) {
  const list = clear(document.getElementById('reports'));
  document.getElementById('reports-count').textContent = String(reports.length);
  const canWrite = currentSession().canWrite;
  const tags = milestones(reports);
  for (const r of byPublication(reports)) {
    const ev = r.event || {};
    const pick = canWrite
      ? el('input', {type: 'checkbox', class: 'pick', name: 'split', value: r.eventId, 'aria-label': `Select report ${r.eventId} for a split`})
      : null;
    list.append(el('li', {dataset: {eventId: r.eventId, articleId: r.articleId}},
      el('div', {class: 'head'},
        pick,
        el('time', {class: 'date', text: r.published ?? 'undated'}),
        el('span', {class: 'outlet', text: outletOf(r)}),
        (tags.get(r.eventId) || []).map(([kind, text]) => el('span', {class: `milestone ${kind}`, text})),
        el('button', {type: 'button', class: 'show', text: 'read', 'aria-label': `Show the text of report ${r.eventId}`,
          on: {click: () => showArticle(r)}}),
        r.url ? externalLink(r.url, 'source ↗') : null),
      el('div', {class: 'report-headline', dataset: {articleId: r.articleId}}),
      el('div', {class: 'meta', text: [
        ev.place?.name ? `place ${ev.place.name}` : null, ev.date ? `date ${ev.date}` : null,
        (r.claims || []).length ? (r.claims || []).map(c => `${sideLabel(c.side, {withCode: false})} ${c.stance}`).join(', ') : null,
      ].filter(Boolean).join(' · ')}),
      (r.evidence || []).length ? el('p', {class: 'evidence-snippet', text: r.evidence[0]}) : null));
  }
  if (!reports.length) list.append(el('li', {class: 'empty', text: 'No reports.'}));
}

/** Each report's headline, from its article (fetched once per article). */
function fillHeadlines(reports) {
  for (const r of reports.slice(0, 30)) {
    article(r.articleId).then(a => {
      for (const node of document.querySelectorAll(`#reports .report-headline[data-article-id="${r.articleId}"]`)) {
        node.textContent = headlineOf(a?.text);
      }
    }).catch(() => {});
  }
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
  append(head, [el('strong', {text: outletOf(report)}),
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

/**
 * Claims per side, one entry per source (a source named twice is one account), with the outlets that
 * carry it. A source quoted with several stances (a ministry that "denies" the strike and says it "hit a
 * depot") is one account that disputes, shown with each of its quotes.
 */
function claimColumns(d) {
  const norm = s => String(s ?? '').trim().toLowerCase();
  const sides = new Map();
  const add = (c, outlet, verification) => {
    if (!c || typeof c !== 'object') return;
    const side = c.side || 'unknown';
    if (!sides.has(side)) sides.set(side, new Map());
    const key = norm(c.by);
    const col = sides.get(side);
    let entry = col.get(key);
    if (!entry) {
      entry = {by: c.by, side, stances: new Set(), quotes: [], outlets: new Set(), verification: new Set()};
      col.set(key, entry);
    }
    if (c.stance) entry.stances.add(c.stance);
    const words = c.words || c.about || '';
    if (words && !entry.quotes.some(q => q.words === words)) entry.quotes.push({stance: c.stance, words});
    if (outlet) entry.outlets.add(outlet);
    if (verification && verification !== 'not_stated') entry.verification.add(verification);
  };
  for (const r of d.reports || []) {
    const claims = Array.isArray(r.claims) && r.claims.length ? r.claims : r.event?.claims || [];
    for (const c of claims) add(c, outletOf(r), r.event?.verification);
  }
  for (const [side, claims] of Object.entries(d.claimsBySide || {})) {
    for (const c of Array.isArray(claims) ? claims : []) add({...c, side: c.side || side}, null, null);
  }
  for (const col of sides.values()) {
    for (const e of col.values()) {
      e.stance = e.stances.size === 1 ? [...e.stances][0] : e.stances.size ? 'disputes' : null;
      e.mixed = e.stances.size > 1;
    }
  }
  const order = [...(d.incident?.sides || [])];
  for (const s of [...sides.keys()].sort()) if (!order.includes(s)) order.push(s);
  order.sort((a, b) => LATE_SIDES.includes(a) - LATE_SIDES.includes(b));
  return order.filter(s => sides.has(s)).map(side => ({side, claims: [...sides.get(side).values()]
    .sort((a, b) => STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance))}));
}

function claimItem(c, withSide) {
  return el('li', {class: `claim stance-${c.stance}`},
    el('span', {class: `badge stance-${c.stance}`, text: c.stance ?? 'claims',
      title: c.mixed ? `quoted with more than one stance: ${[...c.stances].join(', ')}` : null}), ' ',
    withSide ? el('span', {class: 'side', text: `${sideLabel(c.side)} · `}) : null,
    el('span', {class: 'by', text: c.by || 'unnamed source'}),
    c.quotes.map(q => el('blockquote', {},
      c.mixed && q.stance ? el('span', {class: `quote-stance stance-${q.stance}`, text: `${q.stance}: `}) : null, q.words)),
    el('div', {class: 'corro', text: [
      c.outlets.size ? `carried by ${[...c.outlets].join(', ')}` : null,
      c.verification.size ? `verification: ${[...c.verification].map(v => VERIFICATION[v] ?? v).join(', ')}` : null,
    ].filter(Boolean).join(' · ')}));
}

function renderClaims(d) {
  const box = clear(document.getElementById('claims'));
  box.dataset.by = claimsBy;
  document.getElementById('claims-by-side').setAttribute('aria-pressed', String(claimsBy === 'side'));
  document.getElementById('claims-by-outlet').setAttribute('aria-pressed', String(claimsBy === 'outlet'));
  const columns = claimColumns(d);
  if (!columns.length) {
    box.append(el('p', {class: 'empty', text: 'No side makes a claim in these reports.'}));
    return;
  }
  if (claimsBy === 'side') {
    for (const {side, claims} of columns) {
      const tally = STANCES.map(st => [st, claims.filter(c => c.stance === st).length]).filter(([, n]) => n)
        .map(([st, n]) => `${n} ${n === 1 ? st : st.replace(/s$/, '')}`).join(' · ');
      box.append(el('section', {class: 'side-col', dataset: {side}},
        el('h3', {}, el('span', {text: sideLabel(side)}), el('span', {class: 'corro', text: tally})),
        el('ul', {}, claims.map(c => claimItem(c, false)))));
    }
    return;
  }
  const outlets = new Map();
  for (const {claims} of columns) {
    for (const c of claims) {
      for (const o of c.outlets.size ? c.outlets : ['outlet not known']) {
        if (!outlets.has(o)) outlets.set(o, []);
        outlets.get(o).push(c);
      }
    }
  }
  for (const [outlet, claims] of [...outlets].sort((a, b) => a[0].localeCompare(b[0]))) {
    box.append(el('section', {class: 'side-col outlet-col', dataset: {outlet}},
      el('h3', {}, el('span', {text: outlet}), el('span', {class: 'corro', text: plural(claims.length, 'claim')})),
      el('ul', {}, claims.map(c => claimItem(c, true)))));
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

/** The error line under the control an action belongs to. */
const ERROR_FOR = {
  confirm: 'err-decision', reject: 'err-decision', reopen: 'err-decision', note: 'err-note', place: 'err-place',
  date: 'err-date', type: 'err-type', fatalities: 'err-fatalities', contested: 'err-contested', merge: 'err-merge',
  split: 'err-split',
};
const INPUT_FOR = {note: 'r-note', place: 'r-place', date: 'r-date', type: 'r-type', fatalities: 'r-fatalities',
  contested: 'r-contested', merge: 'r-into'};

function clearErrors() {
  for (const p of document.querySelectorAll('#review .field-error')) {
    p.hidden = true;
    p.textContent = '';
  }
  for (const i of document.querySelectorAll('#review [aria-invalid]')) i.removeAttribute('aria-invalid');
}

/** Shows a review error next to its control, marks the control invalid and moves the focus to it. */
function showError(action, message) {
  const p = document.getElementById(ERROR_FOR[action] ?? 'err-decision');
  p.textContent = message;
  p.hidden = false;
  const input = INPUT_FOR[action] ? document.getElementById(INPUT_FOR[action]) : null;
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  }
  p.scrollIntoView({block: 'nearest'});
}

async function act(action) {
  const f = document.getElementById('review-forms');
  const note = f.elements.note.value.trim();
  const base = `/api/incidents/${incidentId}`;
  let path = `${base}/review`, body = {action};
  const need = (value, what) => {
    if (value === '' || value == null) throw new Error(what);
    return value;
  };
  clearErrors();
  try {
    switch (action) {
      case 'confirm': case 'reject': case 'reopen': break;
      case 'place': body.value = need(f.elements.place.value.trim(), 'Type a place name or lat,lon.'); break;
      case 'date': body.value = need(f.elements.date.value, 'Choose a date.'); break;
      case 'type': body.value = need(f.elements.type.value.trim(), 'Type a sub-event type or kind.'); break;
      case 'fatalities': {
        const v = f.elements.fatalities.value.trim();
        if (v && !/^\d+(\s*-\s*\d+)?$/.test(v)) throw new Error('A number, a range like 4-21, or empty for unknown.');
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
    showError(action, err.message);
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
    // The server's reason ("unknown place 'Nowhereville' ...") goes where the value was typed; the value stays.
    showError(action, err.message);
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
  for (const [id, by] of [['claims-by-side', 'side'], ['claims-by-outlet', 'outlet']]) {
    document.getElementById(id).addEventListener('click', () => {
      claimsBy = by;
      if (detail) renderClaims(detail);
    });
  }
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
