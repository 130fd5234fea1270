// Stock: a brand's availability for a delivery date with every term of the brand formula, low
// stock flagged against the brand's thresholds, and a product's stock card.
import { all, api, el, frame, number, ready, showError, table, warehouseToday } from '/ui/app.js';

const main = document.querySelector('main');
const state = { who: null, brands: [], brand: null, category: '', date: warehouseToday() };

async function start() {
  state.who = await frame('stock');
  state.brands = (await all('/v1/brands')).filter((b) => b.kind !== 'HOUSE');
  state.brand = state.who.brand || new URLSearchParams(location.search).get('brand') || state.brands[0]?.code;
  const categories = [...new Set((await all(`/v1/products?brand=${state.brand}`)).map((p) => p.category))].sort();
  main.append(controls(categories), el('div', { id: 'products' }), el('div', { id: 'card' }));
  await show();
}

function controls(categories) {
  const brand = el('select', { id: 'brand', name: 'brand', disabled: state.brands.length < 2 },
    state.brands.map((b) => el('option', { value: b.code, selected: b.code === state.brand }, `${b.name} (${b.code})`)));
  const category = el('select', { id: 'category', name: 'category' },
    el('option', { value: '' }, 'All categories'), categories.map((c) => el('option', { value: c }, c)));
  const date = el('input', { id: 'date', type: 'date', value: state.date, min: warehouseToday() });
  brand.addEventListener('change', () => { location.search = `?brand=${brand.value}`; });
  category.addEventListener('change', () => { state.category = category.value; show(); });
  date.addEventListener('change', () => { state.date = date.value; show(); });
  return el('div', { class: 'controls' },
    el('label', {}, 'Brand', brand), el('label', {}, 'Category', category), el('label', {}, 'Delivery date', date));
}

async function show() {
  const [stock, brand, thresholds] = await Promise.all([
    all(`/v1/stock?brand=${state.brand}&deliveryDate=${state.date}${state.category ? `&category=${state.category}` : ''}`),
    api(`/v1/brands/${state.brand}`),
    all(`/v1/brands/${state.brand}/thresholds`),
  ]);
  const own = new Map(thresholds.map((t) => [t.sku, t.threshold]));
  const thresholdOf = (p) => own.get(p.sku) ?? brand.lowStockThreshold;
  const isLow = (p) => thresholdOf(p) !== undefined && thresholdOf(p) !== null && p.brandView.available < thresholdOf(p);
  const low = stock.filter(isLow).length;
  document.getElementById('products').replaceChildren(
    el('p', { class: 'muted' }, `${stock.length} products eligible for ${state.brand}, delivery ${state.date}; `,
      el('strong', { 'data-field': 'low-count' }, String(low)), ' below their low-stock threshold.'),
    el('p', { class: 'formula' }, stock[0]?.brandView.formula ?? ''),
    table([
      ['SKU', (p) => el('button', { type: 'button', onclick: () => card(p.sku), 'aria-label': `Stock card of ${p.sku}` }, p.sku), { field: 'sku' }],
      ['Product', (p) => p.name],
      ['Category', (p) => p.category],
      ['Own', (p) => number(p.brandView.own), { num: true, field: 'own' }],
      ['House usable', (p) => number(p.brandView.houseUsable), { num: true, field: 'houseUsable' }],
      ['Ring-fenced for others', (p) => number(p.brandView.ringFencedForOthers), { num: true, field: 'ringFencedForOthers' }],
      ['Limit left', (p) => number(p.brandView.limitLeft), { num: true, field: 'limitLeft' }],
      ['Available', (p) => number(p.brandView.available), { num: true, field: 'available' }],
      ['Threshold', (p) => number(thresholdOf(p)), { num: true, field: 'threshold' }],
      ['', (p) => (isLow(p) ? el('span', { class: 'flag low' }, 'LOW') : ''), { field: 'flag' }],
    ], stock, (p) => ({ 'data-sku': p.sku, class: isLow(p) ? 'low' : null })));
}

async function card(sku) {
  const [product, holds, ledger] = await Promise.all([
    api(`/v1/stock/${sku}?brand=${state.brand}&deliveryDate=${state.date}`),
    api(`/v1/lots?sku=${sku}&status=ON_HOLD&limit=50`),
    api(`/v1/movements?sku=${sku}&limit=20`),
  ]);
  const panel = el('section', { class: 'panel', 'aria-labelledby': 'card-title', 'data-card': sku },
    el('h2', { id: 'card-title', tabindex: '-1' }, `Stock card: ${product.name} (${sku})`),
    el('p', {}, 'On hand ', el('strong', { 'data-field': 'onHand' }, number(product.onHand)),
      ' · reserved ', number(product.reserved), ' · on hold ', number(product.onHold),
      ' · expired ', number(product.expired), ' · available for ', state.brand, ' ',
      el('strong', { 'data-field': 'available' }, number(product.brandView?.available))),
    el('h2', {}, 'Lots in FEFO order'),
    table([
      ['Lot', (l) => l.lotCode], ['Owner', (l) => l.owner], ['Best before', (l) => l.bestBefore],
      ['Location', (l) => l.location], ['Free', (l) => number(l.free), { num: true, field: 'free' }],
    ], product.lots),
    el('h2', {}, 'On hold'),
    holds.items.length ? table([
      ['Lot', (l) => l.lotCode], ['On hand', (l) => number(l.onHand), { num: true }],
      ['Reason', (l) => l.holdReason ?? ''], ['Review on', (l) => l.holdReviewOn ?? ''],
    ], holds.items) : el('p', { class: 'muted' }, 'No lot of this product is on hold.'),
    el('h2', {}, 'Ledger (latest 20)'),
    table([
      ['When', (m) => m.occurredAt.replace('T', ' ').slice(0, 19)], ['Type', (m) => m.type],
      ['Lot', (m) => m.lotId], ['On hand', (m) => number(m.onHandDelta), { num: true }],
      ['Reserved', (m) => number(m.reservedDelta), { num: true }], ['Reference', (m) => m.reference ?? ''],
    ], ledger.items));
  document.getElementById('card').replaceChildren(panel);
  panel.querySelector('h2').focus();
}

start().then(ready, (error) => { showError(error); ready(); });
