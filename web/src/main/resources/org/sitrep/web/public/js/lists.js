// The map page's lists: the table of the incidents in view (sortable by every column, filtered by the
// panel's filters exactly as the API filters them) and the review queue (unreviewed incidents,
// contested ones first), which an analyst works through with the keyboard.
import {currentSession, getJSON, postJSON} from './api.js';
import {clear, el, fmtNumber, fmtRange, status} from './dom.js';
import {acledTerm, plural, sideLabel, whatLabel} from './style.js';

/** Rows the table and the queue ask for at most (the API's limit). */
const MAX_ROWS = 5000;

const place = inc => [inc.place, inc.admin1, inc.country].filter(Boolean).join(', ');

/** Sort keys: nulls (unknown) always last, whatever the direction. */
const KEYS = {
  date: inc => inc.date ?? null,
  place: inc => place(inc).toLowerCase() || null,
  what: inc => whatLabel(inc).toLowerCase(),
  fatalities: inc => (inc.fatalitiesLow == null ? null : [inc.fatalitiesLow, inc.fatalitiesHigh ?? inc.fatalitiesLow]),
  sources: inc => inc.sources ?? 0,
  contested: inc => (inc.contested ? 1 : 0),
  review: inc => inc.review ?? 'unreviewed',
};

function compare(a, b) {
  if (Array.isArray(a)) {
    for (let i = 0; i < a.length; i++) {
      const c = compare(a[i], b[i]);
      if (c) return c;
    }
    return 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export class ListViews {
  /** params(): the current filter as URLSearchParams; onShowOnMap(id): "show on map" from a list. */
  constructor({params, onShowOnMap}) {
    this.params = params;
    this.onShowOnMap = onShowOnMap;
    this.view = 'map';
    this.sort = {key: 'date', dir: -1};
    this.rows = [];
    this.queue = [];
    this.current = 0;
    this.request = null;
    for (const th of document.querySelectorAll('#incident-table th[data-key]')) {
      th.querySelector('button').addEventListener('click', () => {
        const key = th.dataset.key;
        this.sort = {key, dir: this.sort.key === key ? -this.sort.dir : (key === 'place' || key === 'what' ? 1 : -1)};
        this.renderTable();
      });
    }
    const queue = document.getElementById('queue');
    queue.addEventListener('keydown', e => this.key(e));
  }

  show(view) {
    const was = this.view;
    this.view = view;
    if (view !== was && view !== 'map') this.reload();
    if (view === 'queue') document.getElementById('queue').focus({preventScroll: true});
  }

  /** Reloads the visible list (the map reloads itself). */
  async reload() {
    if (this.view === 'map') return;
    this.request?.abort();
    const ctl = this.request = new AbortController();
    const p = this.params();
    p.set('as', 'list');
    p.set('limit', String(MAX_ROWS));
    if (this.view === 'queue') p.set('review', 'unreviewed');
    const box = document.getElementById(this.view === 'table' ? 'table-view' : 'queue-view');
    box.setAttribute('aria-busy', 'true');
    try {
      const data = await getJSON(`/api/incidents?${p}`, {signal: ctl.signal});
      if (ctl.signal.aborted) return;
      const list = Array.isArray(data?.incidents) ? data.incidents : [];
      if (this.view === 'table') {
        this.rows = list;
        this.truncated = !!data?.truncated;
        this.renderTable();
      } else {
        this.queue = list.slice().sort((a, b) => (b.contested ? 1 : 0) - (a.contested ? 1 : 0));
        this.current = Math.min(this.current, Math.max(0, this.queue.length - 1));
        this.renderQueue();
      }
      box.dataset.query = p.toString();
    } catch (err) {
      if (err.name !== 'AbortError') status(`Could not load the list: ${err.message}`, 'error');
    } finally {
      if (this.request === ctl) box.removeAttribute('aria-busy');
    }
  }

  renderTable() {
    const {key, dir} = this.sort;
    const get = KEYS[key];
    const rows = this.rows.map((inc, i) => [inc, get(inc), i]).sort((a, b) => {
      if (a[1] == null || b[1] == null) return (a[1] == null) - (b[1] == null) || a[2] - b[2];
      return dir * compare(a[1], b[1]) || a[2] - b[2];
    }).map(r => r[0]);
    for (const th of document.querySelectorAll('#incident-table th[data-key]')) {
      if (th.dataset.key === key) th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    const body = clear(document.querySelector('#incident-table tbody'));
    for (const inc of rows) {
      body.append(el('tr', {dataset: {id: String(inc.id)}, class: inc.contested ? 'contested' : null},
        el('td', {class: 'date', text: inc.date ?? 'unknown'}),
        el('td', {}, el('a', {href: `incident.html?id=${encodeURIComponent(inc.id)}`, text: place(inc) || 'unknown place'})),
        el('td', {title: acledTerm(inc), text: whatLabel(inc)}),
        el('td', {class: 'num', text: inc.fatalitiesLow == null ? '?' : fmtRange(inc.fatalitiesLow, inc.fatalitiesHigh)}),
        el('td', {class: 'num', text: String(inc.sources ?? 0)}),
        el('td', {text: inc.contested ? 'contested' : ''}),
        el('td', {}, el('span', {class: `badge review-${inc.review ?? 'unreviewed'}`, text: inc.review ?? 'unreviewed'})),
      ));
    }
    const note = document.getElementById('table-note');
    note.textContent = rows.length
      ? `${plural(rows.length, 'incident')} in view${this.truncated ? ` (the latest ${fmtNumber(MAX_ROWS)}; zoom in or filter for the rest)` : ''}. Click a heading to sort.`
      : 'No incident in view with these filters.';
  }

  renderQueue() {
    const ol = clear(document.getElementById('queue'));
    const canWrite = currentSession().canWrite;
    this.queue.forEach((inc, i) => {
      ol.append(el('li', {dataset: {id: String(inc.id)}, class: [i === this.current ? 'current' : '', inc.contested ? 'contested' : ''].join(' ').trim() || null,
        on: {click: () => { this.current = i; this.renderQueue(); }}},
      el('span', {class: 'date', text: inc.date ?? 'date unknown'}), ' ',
      el('a', {href: `incident.html?id=${encodeURIComponent(inc.id)}`, text: `${whatLabel(inc)} · ${place(inc) || 'unknown place'}`}),
      el('span', {class: 'meta', text: ` · ${inc.fatalitiesLow == null ? 'toll unknown' : `${fmtRange(inc.fatalitiesLow, inc.fatalitiesHigh)} killed`}`
        + ` · ${plural(inc.sources ?? 0, 'source')} · claims by ${(inc.sides || []).map(s => sideLabel(s)).join(', ') || 'no side'}`}),
      inc.contested ? el('span', {class: 'badge contested', text: 'contested'}) : null,
      canWrite && i === this.current ? el('span', {class: 'actions'},
        el('button', {type: 'button', text: 'Confirm (c)', on: {click: e => { e.stopPropagation(); this.decide('confirm'); }}}),
        el('button', {type: 'button', text: 'Reject (x)', on: {click: e => { e.stopPropagation(); this.decide('reject'); }}})) : null));
    });
    document.getElementById('queue-note').textContent = this.queue.length
      ? `${plural(this.queue.length, 'incident')} to review (unreviewed, contested first)${canWrite ? '' : ' — log in as an analyst to confirm or reject'}.`
      : 'Nothing left to review with these filters.';
    ol.querySelector('li.current')?.scrollIntoView({block: 'nearest'});
  }

  key(e) {
    if (e.target.closest('input, textarea, select') || e.altKey || e.ctrlKey || e.metaKey) return;
    const inc = this.queue[this.current];
    switch (e.key) {
      case 'j': case 'ArrowDown': this.move(1); break;
      case 'k': case 'ArrowUp': this.move(-1); break;
      case 'c': this.decide('confirm'); break;
      case 'x': this.decide('reject'); break;
      case 'o': case 'Enter': if (inc) location.href = `incident.html?id=${encodeURIComponent(inc.id)}`; break;
      case 'm': if (inc) this.onShowOnMap(inc.id); break;
      default: return;
    }
    e.preventDefault();
  }

  move(by) {
    if (!this.queue.length) return;
    this.current = Math.max(0, Math.min(this.queue.length - 1, this.current + by));
    this.renderQueue();
  }

  async decide(action) {
    const inc = this.queue[this.current];
    if (!inc) return;
    if (!currentSession().canWrite) {
      status('Log in as an analyst to review.', 'error');
      return;
    }
    try {
      await postJSON(`/api/incidents/${encodeURIComponent(inc.id)}/review`, {action});
      this.queue.splice(this.current, 1);
      this.current = Math.min(this.current, Math.max(0, this.queue.length - 1));
      this.renderQueue();
      status(`Incident ${inc.id}: ${action === 'confirm' ? 'confirmed' : 'rejected'}.`);
    } catch (err) {
      status(`Incident ${inc.id}: ${action} failed: ${err.message}`, 'error');
    }
  }

  /** One line of the panel's "latest in view" list. */
  latestItem(inc) {
    const toll = inc.fatalitiesLow == null ? null : `${fmtRange(inc.fatalitiesLow, inc.fatalitiesHigh)} killed`;
    return el('li', {class: inc.contested ? 'contested' : null, dataset: {id: String(inc.id)}},
      el('a', {href: `incident.html?id=${encodeURIComponent(inc.id)}`},
        el('span', {class: 'date', text: inc.date ?? 'date unknown'}), ' ',
        el('span', {class: 'what', text: whatLabel(inc), title: acledTerm(inc)}), ' ',
        el('span', {class: 'where', text: inc.place ?? 'place unknown'})),
      toll ? el('span', {class: 'toll', text: ` · ${toll}`}) : null,
      inc.contested ? el('span', {class: 'badge', text: ' contested'}) : null);
  }
}
