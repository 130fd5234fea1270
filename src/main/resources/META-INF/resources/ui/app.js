// What every dashboard page shares: the key kept for this browser session, calls to the public
// API with it, the navigation, small DOM helpers, and the "ready" mark the browser tests read.

const KEY = 'snaq.apiKey';
const ME = 'snaq.me';
const started = performance.now();

export function apiKey() {
  return sessionStorage.getItem(KEY);
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Calls the API with the session's key; JSON in and out; a problem becomes an ApiError. */
export async function api(path, { method = 'GET', body, accept = 'application/json' } = {}) {
  const headers = { Authorization: `Bearer ${apiKey()}`, Accept: accept };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401) {
    // on the sign-in page itself the key was just typed: stay and let the page say it is wrong
    if (location.pathname !== '/ui/index.html' && location.pathname !== '/ui/') signOut();
    throw new ApiError(401, { title: 'Signed out' });
  }
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON */ }
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return null;
  return accept === 'application/json' ? response.json() : response.blob();
}

/** Every item of a paged list, following nextCursor, up to {@code max} items. */
export async function all(path, max = 2000) {
  const items = [];
  let cursor = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await api(`${path}${sep}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < max);
  return items;
}

/** Who the key is: {role, brand}, asked once per session. */
export async function me() {
  const kept = sessionStorage.getItem(ME);
  if (kept) return JSON.parse(kept);
  const who = await api('/v1/me');
  sessionStorage.setItem(ME, JSON.stringify(who));
  return who;
}

export function isStaff(who) {
  return who.role === 'ADMIN' || who.role === 'STAFF';
}

export function signIn(key) {
  sessionStorage.setItem(KEY, key);
  sessionStorage.removeItem(ME);
}

export function signOut() {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(ME);
  location.href = '/ui/index.html';
}

/** The page frame: sign-in guard, navigation for the role, the main element. */
export async function frame(active) {
  if (!apiKey()) {
    location.href = '/ui/index.html';
    throw new Error('not signed in');
  }
  const who = await me();
  const links = [['stock', 'Stock'], ['expiry', 'Expiry']];
  if (isStaff(who)) links.push(['runs', 'Assignment runs'], ['trace', 'Lot trace']);
  const header = document.querySelector('header');
  header.replaceChildren(
    el('a', { class: 'skip', href: '#main' }, 'Skip to content'),
    el('span', { class: 'brand' }, 'snaq.me inventory'),
    el('nav', { 'aria-label': 'Pages' }, ...links.map(([page, label]) =>
      el('a', { href: `/ui/${page}.html`, ...(page === active ? { 'aria-current': 'page' } : {}) }, label))),
    el('span', { class: 'who' }, who.brand ? `${who.role} · ${who.brand}` : who.role),
    el('button', { type: 'button', onclick: signOut }, 'Sign out'));
  return who;
}

/** Creates an element: attributes (on* are listeners), then children (strings or nodes). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** A table: columns [label, value(row), {num, field}], one row per item. */
export function table(columns, rows, rowAttributes = () => ({})) {
  return el('div', { class: 'scroll' }, el('table', {},
    el('thead', {}, el('tr', {}, columns.map(([label, , opts = {}]) =>
      el('th', { scope: 'col', class: opts.num ? 'num' : null }, label)))),
    el('tbody', {}, rows.map((row) => el('tr', rowAttributes(row), columns.map(([, value, opts = {}]) =>
      el('td', { class: opts.num ? 'num' : null, 'data-field': opts.field }, value(row))))))));
}

export function number(value) {
  return value === undefined || value === null ? '—' : Number(value).toLocaleString('en-US');
}

export function percent(value) {
  return value === undefined || value === null ? '—' : `${(100 * value).toFixed(1)}%`;
}

/** Today in the warehouse's calendar (Asia/Tokyo), as yyyy-mm-dd. */
export function warehouseToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
}

export function showError(error) {
  const main = document.querySelector('main');
  main.prepend(el('div', { class: 'error', role: 'alert' }, error.message || String(error)));
  document.body.dataset.error = error.message || String(error);
}

/** Marks the page ready, with the milliseconds since it began loading (the tests read it). */
export function ready() {
  document.body.dataset.readyMs = String(Math.round(performance.now() - started));
}

/** Downloads an API answer as a file (the key goes in a header, so no plain link will do). */
export async function download(path, filename, accept) {
  const blob = await api(path, { accept });
  const link = el('a', { href: URL.createObjectURL(blob), download: filename });
  document.body.append(link);
  link.click();
  link.remove();
}

/** Asks in a dialog (keyboard-friendly, unlike window.confirm); resolves to the reason or null. */
export function confirmWithReason(question, reasonLabel, choices = null, chosen = '') {
  return new Promise((resolve) => {
    const reason = choices
      ? el('select', { name: 'reason', required: true, 'aria-label': reasonLabel },
        el('option', { value: '' }, 'Choose…'),
        ...choices.map((c) => el('option', { value: c, selected: c === chosen }, c)))
      : el('input', { name: 'reason', required: true, 'aria-label': reasonLabel });
    const dialog = el('dialog', { 'aria-label': question },
      el('form', { method: 'dialog' },
        el('p', {}, question),
        el('label', {}, reasonLabel, ' ', reason),
        el('p', {},
          el('button', { value: 'cancel', type: 'submit', formnovalidate: true }, 'Cancel'), ' ',
          el('button', { value: 'ok', type: 'submit', class: 'danger' }, 'Confirm'))));
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'ok' ? reason.value : null);
    });
    document.body.append(dialog);
    dialog.showModal();
    reason.focus();
  });
}
