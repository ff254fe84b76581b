// The incident page's "Feeds" card: which followed feeds brought each of the incident's articles
// (GET /api/feeds?incident=ID). Self-contained: it needs only the card's elements and the page's ?id=.
import {getJSON} from './api.js';
import {clear, el, externalLink} from './dom.js';

function incidentFromUrl() {
  const raw = new URLSearchParams(location.search).get('id');
  return raw && /^\d+$/.test(raw) ? Number(raw) : null;
}

/** Groups the rows by article: one line per article, its feeds after it. */
export function renderFeeds(list, rows) {
  clear(list);
  const byArticle = new Map();
  for (const r of rows) {
    if (!byArticle.has(r.article)) byArticle.set(r.article, []);
    byArticle.get(r.article).push(r);
  }
  for (const [article, feeds] of byArticle) {
    list.append(el('li', {dataset: {article: String(article)}},
      externalLink(feeds[0].itemUrl),
      el('span', {class: 'via', text: ' via '}),
      feeds.flatMap((f, i) => [i > 0 ? ', ' : null,
        el('span', {class: 'feed', title: f.feedUrl, text: f.feedTitle || f.feedUrl})])));
  }
}

async function load() {
  const card = document.getElementById('feeds-card');
  const list = document.getElementById('article-feeds');
  const none = document.getElementById('article-feeds-none');
  const id = incidentFromUrl();
  if (!card || !list || id == null) return;
  try {
    const data = await getJSON(`/api/feeds?incident=${id}`);
    renderFeeds(list, data.articles || []);
    none.hidden = (data.articles || []).length > 0;
    card.hidden = false;
  } catch (err) {
    // Without read access the rest of the page says so; this card just stays hidden.
    card.hidden = true;
  }
}

load();
