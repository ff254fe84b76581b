// DOM helpers. Every string that comes from the API is untrusted: it only ever reaches the page as
// text (textContent, text nodes, attribute values), never as HTML.

/**
 * Creates an element. attrs: {class, text, dataset: {...}, on: {event: handler}, ...attributes};
 * children: nodes or strings (strings become text nodes); null/undefined/false are skipped.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'on') for (const [ev, fn] of Object.entries(value)) node.addEventListener(ev, fn);
    else if (key === 'href') node.setAttribute('href', safeHref(value));
    else if (value === true) node.setAttribute(key, '');
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Only http(s) and same-site relative links survive; anything else (javascript:, data:) becomes "#". */
export function safeHref(value) {
  const s = String(value).trim();
  if (/^https?:\/\//i.test(s)) return s;
  if (s.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(s)) return '#';
  return s;
}

/** An external link (opens in a new tab, no referrer, no opener), or plain text when not http(s). */
export function externalLink(url, label) {
  if (!url) return el('span');
  if (!/^https?:\/\//i.test(String(url).trim())) {
    return el('span', {class: 'not-a-link', title: 'not an http(s) address; shown as text', text: String(url)});
  }
  return el('a', {href: url, target: '_blank', rel: 'noopener noreferrer nofollow', text: label ?? url});
}

/** Escapes text for the few places a library insists on an HTML string (Leaflet attribution). */
export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);
}

export function debounce(fn, ms) {
  let timer = null;
  const wrapped = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  wrapped.cancel = () => clearTimeout(timer);
  return wrapped;
}

const numberFormat = new Intl.NumberFormat('en');
export const fmtNumber = n => numberFormat.format(n);

/** "4", "4–21", "≥ 4" style text for a low/high pair; "unknown" when neither is known. */
export function fmtRange(low, high) {
  if (low == null && high == null) return 'unknown';
  if (high == null || high === low) return String(low);
  if (low == null) return `≤ ${high}`;
  return `${low}–${high}`;
}

/** Shows a message in the page's status line (role=status, read out by screen readers). */
export function status(message, kind = 'info') {
  const box = document.getElementById('status');
  if (!box) return;
  box.textContent = message || '';
  box.dataset.kind = kind;
}
