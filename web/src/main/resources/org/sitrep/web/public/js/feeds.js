// feeds.html: the health of every feed sitrep watch follows (admins; GET /api/feeds).
import {ApiError, getJSON, onSession} from './api.js';
import {clear, el, externalLink, status} from './dom.js';
import {initLoginBox} from './login.js';

const when = t => t ? new Date(t).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z') : 'never';

function row(f) {
  return el('tr', {class: `health-${f.health}`},
    el('td', {}, el('span', {class: `badge feed-${f.health}`, text: f.health})),
    el('td', {}, el('div', {class: 'feed-title', text: f.title || '(not read yet)'}), externalLink(f.url)),
    el('td', {class: 'num', text: String(f.failures)}),
    el('td', {text: when(f.lastFetchAt)}),
    el('td', {text: when(f.lastOkAt)}),
    el('td', {}, f.lastStatus || '', f.nextFetchAt ? el('div', {class: 'next', text: `next try after ${when(f.nextFetchAt)}`}) : null),
    el('td', {class: 'num', text: String(f.itemsSeen)}),
    el('td', {class: 'num', text: String(f.itemsStored)}),
    el('td', {class: 'num', text: String(f.itemsRefused)}));
}

async function load() {
  const body = document.getElementById('feeds-body');
  const note = document.getElementById('feeds-note');
  clear(body);
  try {
    const data = await getJSON('/api/feeds');
    const feeds = data.feeds || [];
    for (const f of feeds) body.append(row(f));
    const failing = feeds.filter(f => f.health === 'failing' || f.health === 'down').length;
    note.textContent = feeds.length === 0 ? 'No feeds yet: sitrep watch FEED... follows some.'
      : `${feeds.length} feed${feeds.length === 1 ? '' : 's'}, ${failing} failing.`;
  } catch (err) {
    note.textContent = err instanceof ApiError && (err.status === 401 || err.status === 403)
      ? 'Only admins see the feeds and their health: log in as one.' : `Could not load the feeds: ${err.message}`;
    if (!(err instanceof ApiError)) status(note.textContent, 'error');
  }
}

initLoginBox();
onSession(() => load());
