// The HTTP API of docs/web-api.md. Reads are plain GETs; writes carry the X-CSRF-Token header
// from /api/session (or /api/login).

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

let session = {user: null, csrf: null, canWrite: false, anonymousRead: true};
const listeners = new Set();

export function currentSession() {
  return session;
}

/** Calls fn(session) now and whenever the session changes (login, logout). */
export function onSession(fn) {
  listeners.add(fn);
  fn(session);
}

function setSession(s) {
  session = {user: s?.user ?? null, csrf: s?.csrf ?? null, canWrite: !!s?.canWrite,
    anonymousRead: s?.anonymousRead ?? true};
  for (const fn of listeners) fn(session);
}

async function request(path, {method = 'GET', body, headers = {}, signal} = {}) {
  const init = {method, headers: {Accept: 'application/json', ...headers}, signal, credentials: 'same-origin'};
  if (method !== 'GET') {
    if (session.csrf) init.headers['X-CSRF-Token'] = session.csrf;
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
  }
  const res = await fetch(path, init);
  if (res.status === 204) return null;
  const type = res.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await res.json().catch(() => null) : null;
  if (!res.ok) {
    const msg = data && typeof data.error === 'string' ? data.error : `${res.status} ${res.statusText}`;
    if (res.status === 401 && session.user) refreshSession().catch(() => {});
    throw new ApiError(res.status, msg);
  }
  return data;
}

export const getJSON = (path, opts = {}) => request(path, opts);
export const postJSON = (path, body) => request(path, {method: 'POST', body: body ?? {}});
export const postForm = (path, formData) => request(path, {method: 'POST', body: formData});

export async function refreshSession() {
  try {
    setSession(await request('/api/session'));
  } catch (e) {
    setSession(null);
    throw e;
  }
  return session;
}

export async function login(name, password) {
  setSession(await request('/api/login', {method: 'POST', body: {name, password}}));
  return session;
}

export async function logout() {
  try {
    await request('/api/logout', {method: 'POST'});
  } finally {
    await refreshSession().catch(() => setSession(null));
  }
}

let metaPromise = null;
/** /api/meta, fetched once per page. */
export function meta() {
  metaPromise ??= request('/api/meta').catch(e => {
    metaPromise = null;
    throw e;
  });
  return metaPromise;
}

/** The filter parameters shared by listing, histogram and downloads (docs/web-api.md, "Filters"). */
export const FILTER_KEYS = ['since', 'until', 'type', 'side', 'actor', 'country', 'admin1', 'minFatalities',
  'maxFatalities', 'contested', 'minSources', 'q', 'review', 'after'];

/** URLSearchParams with the non-empty filters of state; extra: more parameters (bbox, limit). */
export function filterParams(state, {dates = true, extra = {}} = {}) {
  const p = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    if (!dates && (key === 'since' || key === 'until')) continue;
    const v = state[key];
    if (v === undefined || v === null || v === '' || v === false) continue;
    p.set(key, v === true ? 'true' : String(v));
  }
  for (const [k, v] of Object.entries(extra)) if (v != null && v !== '') p.set(k, String(v));
  return p;
}
