// Expiry: units by best-before, weeks ahead against categories; the expired and near-expiry lots
// with a way to hold or write them off; the report as CSV.
import { all, api, confirmWithReason, download, el, frame, isStaff, number, ready, showError, table } from '/ui/app.js';
import { heatmap } from '/ui/charts.js';

const WEEKS = 9;
const main = document.querySelector('main');

async function start() {
  const who = await frame('expiry');
  const [report, products] = await Promise.all([
    api(`/v1/reports/expiry?withinDays=${WEEKS * 7}`),
    all(`/v1/products${who.brand ? `?brand=${who.brand}` : ''}`),
  ]);
  const categoryOf = new Map(products.map((p) => [p.sku, p.category]));
  const lots = report.owners.flatMap((o) => o.products.flatMap((p) =>
    p.lots.map((l) => ({ ...l, owner: o.owner, sku: p.sku, name: p.name, category: categoryOf.get(p.sku) ?? 'other' }))));
  const columns = ['expired', ...Array.from({ length: WEEKS }, (_, w) => `week ${w + 1}`)];
  // the report's horizon includes its last day (day 63 of 9 weeks): that day is in the last week
  const columnOf = (lot) => (lot.daysLeft < 0 ? 0 : Math.min(WEEKS, 1 + Math.floor(lot.daysLeft / 7)));
  const categories = [...new Set(lots.map((l) => l.category))].sort();
  const units = new Map();
  for (const lot of lots) {
    const key = `${columnOf(lot)}|${categories.indexOf(lot.category)}`;
    units.set(key, (units.get(key) ?? 0) + lot.onHand);
  }
  const cells = [...units].map(([key, value]) => [...key.split('|').map(Number), value]);
  const total = lots.reduce((sum, l) => sum + l.onHand, 0);

  const chart = el('div', { class: 'chart', id: 'heatmap', role: 'img',
    'aria-label': 'Units by weeks to best-before and category; the same figures are in the table below' });
  main.append(
    el('div', { class: 'controls' },
      el('p', { class: 'muted' }, `As of ${report.asOf}: `, el('strong', { 'data-field': 'total-units' }, number(total)),
        ` units in lots expired or expiring within ${WEEKS} weeks.`),
      el('button', { type: 'button', id: 'csv', onclick: () => download(`/v1/reports/expiry?withinDays=${WEEKS * 7}`, 'expiry.csv', 'text/csv') },
        'Download CSV')),
    el('section', { class: 'panel' }, el('h2', {}, 'Units by weeks to best-before'), chart,
      table([['Category', (c) => c], ...columns.map((column, x) => [column,
        (c) => number(units.get(`${x}|${categories.indexOf(c)}`) ?? 0), { num: true, field: `cell-${x}` }])],
      categories, (c) => ({ 'data-category': c }))),
    lotList('Expired lots', lots.filter((l) => l.daysLeft < 0), who, 'expired'),
    lotList('Lots within 7 days of best-before', lots.filter((l) => l.daysLeft >= 0 && l.daysLeft <= 7), who, 'near'));
  heatmap(chart, columns, categories, cells, 'units');
}

function lotList(title, lots, who, id) {
  const actions = (lot) => (isStaff(who) && lot.status !== 'ON_HOLD'
    ? el('span', {},
      el('button', { type: 'button', onclick: () => hold(lot) }, 'Hold'), ' ',
      el('button', { type: 'button', class: 'danger', onclick: () => writeOff(lot) }, 'Write off'))
    : lot.status);
  return el('section', { class: 'panel', id }, el('h2', {}, `${title} (${lots.length})`),
    lots.length ? table([
      ['Lot', (l) => l.lotCode], ['Product', (l) => `${l.name} (${l.sku})`], ['Owner', (l) => l.owner],
      ['Best before', (l) => l.bestBefore], ['Days left', (l) => l.daysLeft, { num: true }],
      ['On hand', (l) => number(l.onHand), { num: true, field: 'onHand' }],
      ['Reserved', (l) => number(l.reserved), { num: true }], ['Location', (l) => l.location],
      ['', actions],
    ], lots, (l) => ({ 'data-lot': l.lotId })) : el('p', { class: 'muted' }, 'None.'));
}

async function hold(lot) {
  const reason = await confirmWithReason(`Put lot ${lot.lotCode} on hold?`, 'Reason');
  if (reason === null) return;
  await act(() => api(`/v1/lots/${lot.lotId}/hold`, { method: 'POST', body: { reason } }));
}

async function writeOff(lot) {
  // the person writing off says why; an expired lot suggests EXPIRED, nothing else is assumed
  const reason = await confirmWithReason(`Write off the free units of lot ${lot.lotCode}?`, 'Reason',
    ['EXPIRED', 'DAMAGED', 'RECALL'], lot.daysLeft < 0 ? 'EXPIRED' : '');
  if (reason === null) return;
  await act(() => api(`/v1/lots/${lot.lotId}/write-off`, { method: 'POST', body: { reason } }));
}

async function act(call) {
  try {
    await call();
    location.reload();
  } catch (error) {
    showError(error);
  }
}

start().then(ready, (error) => { showError(error); ready(); });
