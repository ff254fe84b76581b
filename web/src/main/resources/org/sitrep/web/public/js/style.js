// How incidents look: a colour per ACLED event type, a size by fatalities, a red ring when contested.
// The colours themselves are in app.css (.type-<slug> { --type-color }), so that the page needs no
// inline style sheet (it runs under a Content-Security-Policy without 'unsafe-inline').

/** The ACLED event types that have a colour of their own, in legend order. */
export const EVENT_TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians',
  'Strategic developments', 'Protests', 'Riots'];
const KNOWN = new Set(EVENT_TYPES);
export const isKnownType = eventType => KNOWN.has(eventType);

/** Marker diameter in pixels: 10 for unknown or zero fatalities, growing with the logarithm, at most 34. */
export function markerSize(fatalities) {
  if (!(fatalities > 0)) return 10;
  return Math.min(34, Math.round(10 + 4 * Math.log2(1 + fatalities)));
}

/** The figure a marker is sized by: the high estimate when known, else the low one. */
export const sizeFatalities = inc => inc.fatalitiesHigh ?? inc.fatalitiesLow ?? 0;

/** A class-name-safe slug of an event type ("Explosions/Remote violence" -> "explosions-remote-violence"). */
export const typeSlug = t => String(t ?? 'unknown').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
