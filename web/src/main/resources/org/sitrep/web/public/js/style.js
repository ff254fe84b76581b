// How incidents look and read: a colour per ACLED event type, a size by fatalities, a red ring when
// contested, and the words an analyst uses for what happened. The colours themselves are in app.css
// (.type-<slug> { --type-color }), so that the page needs no inline style sheet (it runs under a
// Content-Security-Policy without 'unsafe-inline'). The ACLED terms stay in the API and the downloads;
// the page shows human labels and keeps the ACLED term in a tooltip.

/** The ACLED event types that have a colour of their own, in legend order. */
export const EVENT_TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians',
  'Strategic developments', 'Protests', 'Riots'];
const KNOWN = new Set(EVENT_TYPES);
export const isKnownType = eventType => KNOWN.has(eventType);

/** Short names of the event types, for legends and cluster tooltips. */
const TYPE_LABELS = {
  'Battles': 'Fighting',
  'Explosions/Remote violence': 'Strikes & shelling',
  'Violence against civilians': 'Attacks on civilians',
  'Strategic developments': 'Interceptions & other',
  'Protests': 'Protests',
  'Riots': 'Riots',
};

/** sitrep's event kinds as an analyst says them. */
const KIND_LABELS = {
  strike: 'Strike',
  shelling: 'Shelling',
  air_strike: 'Air strike',
  drone_strike: 'Drone strike',
  missile_strike: 'Missile strike',
  armed_clash: 'Armed clash',
  territorial_control: 'Territory taken',
  interception: 'Interception / shot down',
  explosion: 'Explosion',
  civilian_attack: 'Attack on civilians',
  other: 'Other',
};

/** ACLED sub-event types as an analyst says them (kept in the tooltip as the ACLED term). */
const SUB_TYPE_LABELS = {
  'Armed clash': 'Armed clash',
  'Government regains territory': 'Territory retaken',
  'Non-state actor overtakes territory': 'Territory taken',
  'Air/drone strike': 'Air / drone strike',
  'Shelling/artillery/missile attack': 'Shelling / missile strike',
  'Remote explosive/landmine/IED': 'Mine / IED',
  'Grenade': 'Grenade',
  'Suicide bomb': 'Suicide bombing',
  'Attack': 'Attack on civilians',
  'Disrupted weapons use': 'Interception / shot down',
  'Looting/property destruction': 'Looting / destruction',
  'Other': 'Other',
};

/** Side codes as words (ISO codes of states a source speaks for, and sitrep's own). */
const SIDE_LABELS = {
  RU: 'Russia', UA: 'Ukraine', IL: 'Israel', PS: 'Palestinians', SY: 'Syria', SD: 'Sudan', ML: 'Mali',
  MM: 'Myanmar', BY: 'Belarus', IR: 'Iran', LB: 'Lebanon', YE: 'Yemen', US: 'United States', TR: 'Turkey',
  third_party: 'third party', media: 'media', unknown: 'unknown source', civilians: 'civilians',
};

/** What happened, in words: the kind when sitrep knows it, else the sub-event type, else the type. */
export function whatLabel(inc) {
  if (inc?.kind && KIND_LABELS[inc.kind] && inc.kind !== 'other' && inc.kind !== 'strike') return KIND_LABELS[inc.kind];
  if (inc?.subType) return SUB_TYPE_LABELS[inc.subType] ?? inc.subType;
  if (inc?.kind) return KIND_LABELS[inc.kind] ?? inc.kind.replace(/_/g, ' ');
  return inc?.eventType ?? 'Incident';
}

/** The ACLED terms behind a label (for tooltips and the incident page's subtitle). */
export const acledTerm = inc => [inc?.eventType, inc?.subType].filter(Boolean).join(' › ');

export const typeLabel = t => TYPE_LABELS[t] ?? t ?? 'unknown';
export const subTypeLabel = t => SUB_TYPE_LABELS[t] ?? t;

/** A side code as words: "Russia (RU)"; CC_opposition as "opposition in CC". */
export function sideLabel(code, {withCode = true} = {}) {
  if (code == null || code === '') return 'unknown';
  const m = /^([A-Z]{2})_opposition$/.exec(code);
  if (m) return `opposition in ${SIDE_LABELS[m[1]] ?? m[1]}`;
  const name = SIDE_LABELS[code];
  if (!name) return code.replace(/_/g, ' ');
  return withCode && /^[A-Z]{2}$/.test(code) ? `${name} (${code})` : name;
}

/** Marker diameter in pixels: 12 for unknown or zero fatalities, growing with the logarithm, at most 36. */
export function markerSize(fatalities) {
  if (!(fatalities > 0)) return 12;
  return Math.min(36, Math.round(14 + 4 * Math.log2(1 + fatalities)));
}

/** The figure a marker is sized by: the high estimate when known, else the low one. */
export const sizeFatalities = inc => inc.fatalitiesHigh ?? inc.fatalitiesLow ?? 0;

/** A class-name-safe slug of an event type ("Explosions/Remote violence" -> "explosions-remote-violence"). */
export const typeSlug = t => String(t ?? 'unknown').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The colours of app.css's .type-* classes, for the SVG of cluster icons (fill attributes, not styles). */
export const TYPE_COLORS = {
  'Battles': '#8c510a',
  'Explosions/Remote violence': '#e6550d',
  'Violence against civilians': '#7b3294',
  'Strategic developments': '#2b8cbe',
  'Protests': '#1a9850',
  'Riots': '#b8860b',
};
export const OTHER_COLOR = '#6b7280';

/** "1 report", "2 reports". */
export const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
