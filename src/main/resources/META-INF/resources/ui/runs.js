// Assignment runs: the list; a run's figures (fill rate, score distribution, shortages and demand,
// near-floor units, phase times); a box with each item's lot, points and reason and why others are
// not in it; PLAN and COMMIT started from here.
import { all, api, el, frame, number, percent, ready, showError, table, warehouseToday } from '/ui/app.js';
import { bars } from '/ui/charts.js';

const main = document.querySelector('main');
const BOXES_CHARTED = 5000;

async function start() {
  await frame('runs');
  const [runs, brands] = await Promise.all([api('/v1/assignment-runs?limit=50'), all('/v1/brands')]);
  main.append(el('div', { id: 'run' }),
    el('section', { class: 'panel' }, el('h2', {}, 'Latest runs'), table([
      ['Run', (r) => el('a', { href: `?run=${r.id}` }, `#${r.id}`), { field: 'id' }],
      ['Delivery', (r) => r.deliveryDate], ['Brands', (r) => r.brands.join(', ')], ['Mode', (r) => r.mode],
      ['Status', (r) => r.status, { field: 'status' }],
      ['Boxes', (r) => number(r.metrics?.boxes), { num: true, field: 'boxes' }],
      ['Fill rate', (r) => percent(r.metrics?.fillRate), { num: true, field: 'fillRate' }],
    ], runs.items, (r) => ({ 'data-run': r.id }))),
    starter(brands.filter((b) => b.kind !== 'HOUSE' && b.active)));
  const chosen = new URLSearchParams(location.search).get('run') ?? runs.items.find((r) => r.status === 'SUCCEEDED')?.id;
  if (chosen) await showRun(chosen);
}

function starter(brands) {
  const date = el('input', { type: 'date', name: 'deliveryDate', required: true, min: warehouseToday() });
  const mode = el('select', { name: 'mode' }, el('option', { value: 'PLAN' }, 'PLAN (touches no stock)'),
    el('option', { value: 'COMMIT' }, 'COMMIT (reserves every box)'));
  const boxes = brands.map((b) => el('label', {}, el('input', { type: 'checkbox', name: 'brands', value: b.code }), ` ${b.code}`));
  const form = el('form', { class: 'controls', id: 'start-run' },
    el('label', {}, 'Delivery date', date), el('label', {}, 'Mode', mode),
    el('fieldset', {}, el('legend', {}, 'Brands'), boxes),
    el('button', { type: 'submit', class: 'primary' }, 'Start run'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
    try {
      const run = await api('/v1/assignment-runs', { method: 'POST',
        body: { deliveryDate: date.value, brands: chosen, mode: mode.value } });
      location.search = `?run=${run.id}`;
    } catch (error) {
      showError(error);
    }
  });
  return el('section', { class: 'panel' }, el('h2', {}, 'Start a run'), form);
}

async function showRun(id) {
  const run = await api(`/v1/assignment-runs/${id}`);
  const section = el('section', { class: 'panel', 'data-run-detail': run.id },
    el('h2', {}, `Run #${run.id}: ${run.mode} for ${run.deliveryDate}, ${run.brands.join(', ')} — ${run.status}`));
  document.getElementById('run').replaceChildren(section);
  if (run.status !== 'SUCCEEDED') {
    section.append(el('p', { class: 'muted' }, run.error ?? `The run is ${run.status}; reload to follow it.`));
    return;
  }
  const m = run.metrics;
  const [demand, boxes] = await Promise.all([api(`/v1/assignment-runs/${id}/demand`), all(`/v1/assignment-runs/${id}/boxes`, BOXES_CHARTED)]);
  const cards = [['Boxes', number(m.boxes), 'boxes'], ['Fill rate', percent(m.fillRate), 'fillRate'],
    ['Short boxes', number(m.shortBoxes), 'shortBoxes'], ['Mean score', number(Math.round(m.meanScore)), 'meanScore'],
    ['Lowest score', number(m.minScore), 'minScore'], ['10th percentile', number(m.p10Score), 'p10Score'],
    ['Requests honoured', `${number(m.requestsHonoured)} / ${number(m.requests)}`, 'requestsHonoured'],
    ['Discovery share', percent(m.discoveryShare), 'discoveryShare'],
    ['Near-floor units used', number(m.nearFloorUnits), 'nearFloorUnits'], ['Gap to bound', percent(m.gapToBound), 'gapToBound']];
  const scores = histogram(boxes.map((b) => b.score));
  const scoreChart = el('div', { class: 'chart', role: 'img', 'aria-label': 'Boxes by score' });
  const phaseChart = el('div', { class: 'chart', role: 'img', 'aria-label': 'Seconds per phase' });
  const phases = Object.entries(run.phaseSeconds ?? {});
  const shortFirst = [...demand].sort((a, b) => (b.short ?? 0) - (a.short ?? 0) || (b.unmet ?? 0) - (a.unmet ?? 0));
  section.append(
    el('div', { class: 'cards' }, cards.map(([label, value, field]) =>
      el('div', { class: 'card' }, el('div', { class: 'label' }, label), el('div', { class: 'value', 'data-field': field }, value)))),
    el('div', { class: 'grid2' },
      el('div', {}, el('h2', {}, `Score distribution (${boxes.length} boxes${boxes.length >= BOXES_CHARTED ? ', the first' : ''})`), scoreChart),
      el('div', {}, el('h2', {}, 'Time per phase (seconds)'), phaseChart)),
    el('h2', {}, 'Demand and shortages by product'),
    table([['SKU', (d) => d.sku], ['Units used', (d) => number(d.units), { num: true, field: 'units' }],
      ['Available', (d) => number(d.available), { num: true }], ['Left', (d) => number(d.left), { num: true }],
      ['Wanted', (d) => number(d.wanted), { num: true }], ['Short', (d) => number(d.short), { num: true, field: 'short' }],
      ['Unmet', (d) => number(d.unmet), { num: true }]], shortFirst.slice(0, 60), (d) => ({ 'data-sku': d.sku })),
    el('h2', {}, 'Boxes'),
    table([['Subscriber', (b) => el('button', { type: 'button', onclick: () => showBox(run.id, b.subscriberId) }, b.subscriberId)],
      ['Brand', (b) => b.brand], ['Score', (b) => number(b.score), { num: true }], ['Bound', (b) => number(b.bound), { num: true }],
      ['Short', (b) => (b.short ? el('span', { class: 'flag warn' }, b.shortReason ?? 'SHORT') : '')]],
    boxes.slice(0, 50), (b) => ({ 'data-box': b.subscriberId })),
    el('div', { id: 'box' }));
  bars(scoreChart, scores.labels, scores.counts, 'boxes');
  bars(phaseChart, phases.map(([phase]) => phase), phases.map(([, seconds]) => Number(seconds.toFixed(3))), 's');
}

function histogram(values) {
  if (!values.length) return { labels: [], counts: [] };
  const low = Math.min(...values);
  const width = Math.max(1, Math.ceil((Math.max(...values) - low + 1) / 12));
  const counts = Array(Math.ceil((Math.max(...values) - low + 1) / width)).fill(0);
  values.forEach((v) => { counts[Math.floor((v - low) / width)] += 1; });
  return { labels: counts.map((_, i) => `${low + i * width}–${low + (i + 1) * width - 1}`), counts };
}

async function showBox(run, subscriber) {
  const box = await api(`/v1/assignment-runs/${run}/boxes/${encodeURIComponent(subscriber)}?explain=true`);
  const panel = el('section', { class: 'panel', 'data-explained': subscriber },
    el('h2', { tabindex: '-1' }, `Box of ${subscriber}: score ${box.score} of ${box.bound}`),
    table([['SKU', (i) => i.sku], ['Lot', (i) => i.lotId], ['Best before', (i) => i.bestBefore],
      ['Points', (i) => i.score, { num: true, field: 'points' }], ['Reason', (i) => i.reason],
      ['Discovery', (i) => (i.discovery ? 'yes' : '')], ['Near floor', (i) => (i.nearFloor ? 'yes' : '')]], box.items),
    el('h2', {}, 'Why not the others'),
    box.whyNot ? table([['SKU', (w) => w.sku], ['Rule', (w) => w.rule], ['Detail', (w) => w.detail ?? ''],
      ['Points', (w) => w.points ?? '', { num: true }]], box.whyNot.slice(0, 100)) : el('p', { class: 'muted' }, 'Not kept for this run.'));
  document.getElementById('box').replaceChildren(panel);
  panel.querySelector('h2').focus();
}

start().then(ready, (error) => { showError(error); ready(); });
