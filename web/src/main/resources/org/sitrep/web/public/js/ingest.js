// Ingest from the browser (analysts): paste a text or upload files, then follow the batch.
import {getJSON, postForm, postJSON} from './api.js';
import {append, clear, el, fmtNumber} from './dom.js';
import {whatLabel} from './style.js';

const POLL_MS = 1000;

/** Wires the ingest form; onDone() runs when a batch has finished (to reload the map). */
export function initIngest(onDone) {
  const form = document.getElementById('ingest-form');
  const progress = document.getElementById('ingest-progress');
  const submit = document.getElementById('ingest-submit');

  form.addEventListener('submit', async e => {
    e.preventDefault();
    const files = form.elements['files'].files;
    const text = form.elements['text'].value;
    if (!files.length && !text.trim()) {
      showMessage(progress, 'Paste a text or choose files first.', 'error');
      return;
    }
    submit.disabled = true;
    showMessage(progress, 'Sending…', 'muted');
    progress.scrollIntoView({block: 'nearest'});
    try {
      let answer;
      if (files.length) {
        const data = new FormData();
        for (const f of files) data.append('files', f, f.name);
        answer = await postForm('/api/ingest', data);
      } else {
        const body = {text};
        for (const key of ['title', 'url', 'outlet', 'published']) {
          const v = form.elements[key].value.trim();
          if (v) body[key] = v;
        }
        answer = await postJSON('/api/ingest', body);
      }
      if (!answer || typeof answer.batch !== 'string') throw new Error('the server gave no batch');
      await follow(answer.batch, progress);
      form.reset();
      onDone?.();
    } catch (err) {
      showMessage(progress, `Ingest failed: ${err.message}`, 'error');
    } finally {
      submit.disabled = false;
    }
  });
}

function showMessage(box, message, kind) {
  clear(box).append(el('p', {class: kind, text: message}));
}

async function follow(batch, box) {
  for (;;) {
    const s = await getJSON(`/api/ingest/${encodeURIComponent(batch)}`);
    render(box, s);
    if (s.state !== 'running') return s;
    await new Promise(r => setTimeout(r, POLL_MS));
  }
}

function render(box, s) {
  const total = Math.max(0, s.total | 0), done = Math.max(0, s.done | 0);
  const counts = [['added', s.added], ['unchanged', s.unchanged], ['failed', s.failed]];
  const finished = s.state === 'done';
  const incidents = Array.isArray(s.incidents) ? s.incidents.filter(Number.isInteger) : [];
  append(clear(box), [
    el('p', {}, `Batch ${s.batch}: `, el('strong', {text: finished ? 'done' : s.state === 'queued' ? 'queued' : 'running'}),
      ` — ${fmtNumber(done)} of ${fmtNumber(total)}`),
    el('progress', {max: total || 1, value: finished ? total || 1 : done, 'aria-label': 'Ingest progress'}),
    el('ul', {class: 'ingest-counts'}, counts.map(([k, v]) =>
      el('li', {class: k}, el('span', {text: fmtNumber(v | 0)}), ` ${k}`))),
    Array.isArray(s.errors) && s.errors.length
      ? el('ul', {class: 'ingest-errors'}, s.errors.map(msg => el('li', {text: msg})))
      : null,
    finished && incidents.length
      ? el('div', {class: 'ingest-incidents'}, el('p', {text: incidents.length === 1 ? 'Its incident:' : 'Its incidents:'}),
        el('ul', {}, incidents.map(id => el('li', {dataset: {id: String(id)}},
          el('a', {href: `incident.html?id=${encodeURIComponent(id)}`, text: `incident ${id}`}),
          el('span', {class: 'what'})))))
      : finished && (s.added | 0) + (s.unchanged | 0) > 0 ? el('p', {class: 'muted', text: 'No incident: the text reports no event sitrep recognises.'}) : null]);
  if (finished) describe(box);
  box.scrollIntoView({block: 'nearest'});
}

/** Says what each linked incident is and whether the batch made it or joined it (it has other reports). */
async function describe(box) {
  for (const li of box.querySelectorAll('.ingest-incidents li[data-id]')) {
    try {
      const d = await getJSON(`/api/incidents/${encodeURIComponent(li.dataset.id)}`);
      const inc = d?.incident;
      if (!inc) continue;
      const reports = inc.members ?? (d.reports || []).length;
      li.querySelector('.what').textContent = ` — ${whatLabel(inc)} at ${inc.place ?? 'an unknown place'}, ${inc.date ?? 'date unknown'}`
        + (reports > 1 ? ` (merged: ${reports} reports)` : ' (new)');
    } catch {
      // The link is enough.
    }
  }
}
