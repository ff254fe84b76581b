// The timeline under the map: incidents per day as an SVG histogram. Dragging across it brushes a
// date range (since/until); a click outside the brush clears it.
import {fmtNumber} from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 864e5;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const M = {left: 40, right: 12, top: 10, bottom: 20};

const parseDay = s => (typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) ? Date.parse(`${s}T00:00:00Z`) : NaN);
const fmtDay = t => new Date(t).toISOString().slice(0, 10);

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text != null) node.textContent = String(text);
  return node;
}

export class Timeline {
  /** svgNode: the <svg id="timeline">; onBrush(since, until): called with YYYY-MM-DD or nulls. */
  constructor(svgNode, {onBrush}) {
    this.svg = svgNode;
    this.onBrush = onBrush;
    this.days = [];
    this.range = null;      // [first, last] in ms (UTC midnight)
    this.brush = null;      // [since, until] in ms, inclusive days
    this.drag = null;
    new ResizeObserver(() => this.render()).observe(svgNode);
    svgNode.addEventListener('pointerdown', e => this.pointerDown(e));
    svgNode.addEventListener('pointermove', e => this.pointerMove(e));
    svgNode.addEventListener('pointerup', e => this.pointerUp(e));
    svgNode.addEventListener('pointercancel', () => { this.drag = null; this.render(); });
  }

  /** days: [{day, count}] ascending; dateRange: {first, last} from /api/meta (optional). */
  setData(days, dateRange) {
    this.days = (days || []).map(d => ({t: parseDay(d.day), count: d.count | 0})).filter(d => !Number.isNaN(d.t));
    let first = parseDay(dateRange?.first), last = parseDay(dateRange?.last);
    if (this.days.length) {
      first = Number.isNaN(first) ? this.days[0].t : Math.min(first, this.days[0].t);
      last = Number.isNaN(last) ? this.days.at(-1).t : Math.max(last, this.days.at(-1).t);
    }
    this.range = Number.isNaN(first) || Number.isNaN(last) ? null : [first, last];
    this.render();
  }

  /** Shows a brush for since/until (YYYY-MM-DD, either may be empty) without calling onBrush. */
  setBrush(since, until) {
    const a = parseDay(since), b = parseDay(until);
    this.brush = Number.isNaN(a) && Number.isNaN(b) ? null : [a, b];
    this.render();
  }

  geometry() {
    const width = this.svg.clientWidth || 600;
    const height = this.svg.clientHeight || 110;
    const [first, last] = this.range;
    const nDays = Math.round((last - first) / DAY) + 1;
    const inner = Math.max(10, width - M.left - M.right);
    const dayWidth = inner / nDays;
    const x = t => M.left + ((t - first) / DAY) * dayWidth;
    const dayAt = px => first + Math.min(nDays - 1, Math.max(0, Math.floor((px - M.left) / dayWidth))) * DAY;
    return {width, height, first, last, nDays, inner, dayWidth, x, dayAt};
  }

  render() {
    const s = this.svg;
    while (s.firstChild) s.removeChild(s.firstChild);
    s.append(svg('title', {}, 'Incidents per day; drag to choose a date range'));
    if (!this.range) {
      s.append(svg('text', {x: M.left, y: 30, class: 'empty'}, 'No incidents for these filters.'));
      return;
    }
    const g = this.geometry();
    const plotBottom = g.height - M.bottom;
    const plotHeight = plotBottom - M.top;

    // Bins: whole days, grouped so that a bar is at least 2 px wide.
    const perBin = Math.max(1, Math.ceil(2 / g.dayWidth));
    const bins = new Map();
    for (const d of this.days) {
      const i = Math.floor(Math.round((d.t - g.first) / DAY) / perBin);
      bins.set(i, (bins.get(i) || 0) + d.count);
    }
    const max = Math.max(1, ...bins.values());
    const y = v => plotBottom - (v / max) * plotHeight;

    const axis = svg('g', {class: 'axis'});
    axis.append(svg('line', {x1: M.left, x2: g.width - M.right, y1: plotBottom + 0.5, y2: plotBottom + 0.5}));
    axis.append(svg('line', {class: 'grid', x1: M.left, x2: g.width - M.right, y1: M.top + 0.5, y2: M.top + 0.5}));
    axis.append(svg('text', {x: M.left - 4, y: M.top + 4, 'text-anchor': 'end'}, fmtNumber(max)));
    axis.append(svg('text', {x: M.left - 4, y: plotBottom, 'text-anchor': 'end'}, '0'));
    for (const tick of this.ticks(g)) {
      const tx = g.x(tick.t);
      axis.append(svg('line', {class: 'tick', x1: tx, x2: tx, y1: plotBottom, y2: plotBottom + 4}));
      axis.append(svg('text', {x: tx + 2, y: g.height - 5}, tick.label));
    }
    s.append(axis);

    const bars = svg('g', {class: 'bars'});
    const barWidth = Math.max(1, g.dayWidth * perBin - (g.dayWidth * perBin > 3 ? 1 : 0));
    for (const [i, count] of bins) {
      const t = g.first + i * perBin * DAY;
      const rect = svg('rect', {x: g.x(t), y: y(count), width: barWidth, height: plotBottom - y(count)});
      const label = perBin === 1 ? fmtDay(t) : `${fmtDay(t)} – ${fmtDay(t + (perBin - 1) * DAY)}`;
      rect.append(svg('title', {}, `${label}: ${fmtNumber(count)} incident${count === 1 ? '' : 's'}`));
      bars.append(rect);
    }
    s.append(bars);

    const sel = this.drag ? [Math.min(this.drag.a, this.drag.b), Math.max(this.drag.a, this.drag.b)] : this.brush;
    if (sel) {
      const a = Number.isNaN(sel[0]) ? g.first : Math.max(g.first, sel[0]);
      const b = Number.isNaN(sel[1]) ? g.last : Math.min(g.last, sel[1]);
      if (b >= a) {
        const x0 = g.x(a), x1 = g.x(b + DAY);
        s.append(svg('rect', {class: 'brush', x: x0, y: M.top - 4, width: Math.max(1, x1 - x0), height: plotHeight + 4}));
      }
    }
  }

  ticks(g) {
    const minGap = 64;
    const months = (g.last - g.first) / (30.4 * DAY);
    const stepChoices = [1, 2, 3, 6, 12, 24, 60];
    let step = stepChoices.find(st => (st / Math.max(months, 1 / 30)) * g.inner >= minGap) ?? 120;
    const out = [];
    if (months < 1.5 && g.inner / ((g.last - g.first) / DAY + 1) * 7 >= minGap) {
      // Short ranges: weekly ticks (Mondays).
      const start = new Date(g.first);
      const offset = (8 - start.getUTCDay()) % 7;
      for (let t = g.first + offset * DAY; t <= g.last; t += 7 * DAY) out.push({t, label: fmtDay(t).slice(5)});
      return out;
    }
    const d = new Date(g.first);
    let yy = d.getUTCFullYear(), mm = d.getUTCMonth();
    if (d.getUTCDate() !== 1) mm += 1;
    mm = Math.ceil(mm / step) * step;
    for (;;) {
      const t = Date.UTC(yy + Math.floor(mm / 12), mm % 12, 1);
      if (t > g.last) break;
      const m = new Date(t).getUTCMonth();
      out.push({t, label: m === 0 || step >= 12 || !out.length ? `${MONTHS[m]} ${new Date(t).getUTCFullYear()}` : MONTHS[m]});
      mm += step;
    }
    return out;
  }

  localX(e) {
    const r = this.svg.getBoundingClientRect();
    return e.clientX - r.left;
  }

  pointerDown(e) {
    if (!this.range || e.button !== 0) return;
    e.preventDefault();
    this.svg.setPointerCapture?.(e.pointerId);
    const g = this.geometry();
    const px = this.localX(e);
    const t = g.dayAt(px);
    this.drag = {x0: px, a: t, b: t, moved: false};
  }

  pointerMove(e) {
    if (!this.drag) return;
    const g = this.geometry();
    const px = this.localX(e);
    if (Math.abs(px - this.drag.x0) >= 3) this.drag.moved = true;
    this.drag.b = g.dayAt(px);
    if (this.drag.moved) this.render();
  }

  pointerUp(e) {
    if (!this.drag) return;
    const drag = this.drag;
    this.drag = null;
    if (!drag.moved) {
      // A click: inside the brush keeps it, anywhere else clears it.
      const [lo, hi] = this.brush ?? [NaN, NaN];
      const inside = this.brush && (Number.isNaN(lo) || drag.a >= lo) && (Number.isNaN(hi) || drag.a <= hi);
      if (!inside && this.brush) {
        this.brush = null;
        this.render();
        this.onBrush(null, null);
      } else this.render();
      return;
    }
    const a = Math.min(drag.a, drag.b), b = Math.max(drag.a, drag.b);
    this.brush = [a, b];
    this.render();
    this.onBrush(fmtDay(a), fmtDay(b));
  }
}
