// Marks evidence and claim spans in an article's text by their start/end offsets (UTF-16 code
// units, the same indices as the server's Java strings). Builds text nodes only: the article text
// is untrusted and never parsed as HTML.
import {el} from './dom.js';

/**
 * text: the article text; evidence: [{start, end}]; claims: [{start, end, by, side, stance}].
 * Returns a DocumentFragment of paragraphs (<span class="para">) in which evidence is wrapped in
 * <mark class="evidence"> and claims in <mark class="claim stance-…"> (inside the evidence mark where
 * they overlap); a mark that runs over a paragraph break is cut in two there. Spans with offsets
 * outside the text or empty are ignored.
 */
export function highlight(text, evidence = [], claims = []) {
  const n = text.length;
  const ok = s => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= n && s.start < s.end;
  const spans = [
    ...evidence.filter(ok).map(s => ({start: s.start, end: s.end, kind: 'evidence'})),
    ...claims.filter(ok).map(c => ({start: c.start, end: c.end, kind: 'claim', claim: c})),
  ];
  const cuts = new Set([0, n]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  // Paragraphs: a line and the line breaks after it form one block (span.para), so that an article read
  // from HTML (paragraphs joined by one line break) reads as paragraphs. Every character stays in the
  // text, in order: the offsets still index it.
  const paraEnds = [];
  for (const m of text.matchAll(/\n+/g)) paraEnds.push(m.index + m[0].length);
  for (const e of paraEnds) cuts.add(e);
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  let para = el('span', {class: 'para'});
  frag.append(para);
  const ends = new Set(paraEnds);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    let node = document.createTextNode(text.slice(a, b));
    const active = spans.filter(s => s.start <= a && s.end >= b);
    const claim = active.find(s => s.kind === 'claim')?.claim;
    if (claim) {
      const who = [claim.by, claim.side].filter(Boolean).join(', ');
      node = el('mark', {
        class: `claim stance-${String(claim.stance ?? 'unknown').replace(/[^a-z_]/gi, '')}`,
        title: `${claim.stance ?? 'claim'}${who ? ` — ${who}` : ''}`,
      }, node);
    }
    if (active.some(s => s.kind === 'evidence')) node = el('mark', {class: 'evidence'}, node);
    para.append(node);
    if (ends.has(b)) {
      let breaks = 0;
      while (breaks < b && text[b - 1 - breaks] === '\n') breaks++;
      para.dataset.breaks = String(breaks);
    }
    if (ends.has(b) && b < n) {
      para = el('span', {class: 'para'});
      frag.append(para);
    }
  }
  return frag;
}

/** Evidence offsets for phrases found in the text (fallback when a record carries no offsets). */
export function findPhrases(text, phrases = []) {
  const out = [];
  for (const p of phrases) {
    if (typeof p !== 'string' || !p) continue;
    const at = text.indexOf(p);
    if (at >= 0) out.push({start: at, end: at + p.length});
  }
  return out;
}
