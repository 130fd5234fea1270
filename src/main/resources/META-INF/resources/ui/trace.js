// Lot trace and recall: from a lot code, every allocation, reference and subscriber it served; a
// recall (hold, and the list of who is affected) after a confirmation.
import { api, confirmWithReason, el, frame, number, ready, showError, table } from '/ui/app.js';

const main = document.querySelector('main');

async function start() {
  await frame('trace');
  const code = el('input', { id: 'lot-code', name: 'lotCode', required: true, autocomplete: 'off' });
  const form = el('form', { class: 'controls', id: 'find' }, el('label', {}, 'Lot code', code),
    el('button', { type: 'submit', class: 'primary' }, 'Trace'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.search = `?lotCode=${encodeURIComponent(code.value.trim())}`;
  });
  main.append(form, el('div', { id: 'result' }));
  const asked = new URLSearchParams(location.search).get('lotCode');
  if (asked) {
    code.value = asked;
    await find(asked);
  }
}

async function find(lotCode) {
  const lots = (await api(`/v1/lots?lotCode=${encodeURIComponent(lotCode)}&limit=50`)).items;
  const result = document.getElementById('result');
  if (!lots.length) {
    result.replaceChildren(el('p', { class: 'muted', 'data-field': 'none' }, `No lot has the code ${lotCode}.`));
    return;
  }
  result.replaceChildren(...await Promise.all(lots.map(async (lot) => traced(await api(`/v1/lots/${lot.id}/trace`)))));
}

function traced(trace) {
  const lot = trace.lot;
  const recall = el('button', { type: 'button', class: 'danger', onclick: () => recallLot(lot) }, 'Recall this lot');
  return el('section', { class: 'panel', 'data-lot': lot.id },
    el('h2', {}, `Lot ${lot.lotCode}: ${lot.sku}, owner ${lot.owner}, best before ${lot.bestBefore} — ${lot.status}`),
    el('p', {}, 'On hand ', el('strong', { 'data-field': 'onHand' }, number(lot.onHand)), ' · reserved ', number(lot.reserved),
      ' · ', el('strong', { 'data-field': 'allocations' }, String(trace.allocations.length)), ' allocations, ',
      el('strong', { 'data-field': 'affected' }, String(trace.affected.length)), ' still open, ',
      el('strong', { 'data-field': 'subscribers' }, String(trace.subscribers.length)), ' subscribers served'),
    lot.status === 'ON_HOLD' ? el('p', { class: 'muted' }, `On hold: ${lot.holdReason ?? ''}`) : recall,
    table([['Allocation', (u) => u.allocationId], ['Brand', (u) => u.brand], ['Reference', (u) => u.reference],
      ['Subscriber', (u) => u.subscriberId ?? ''], ['Delivery', (u) => u.deliveryDate], ['State', (u) => u.state],
      ['Units', (u) => number(u.quantity), { num: true }]], trace.allocations, (u) => ({ 'data-allocation': u.allocationId })));
}

async function recallLot(lot) {
  const reason = await confirmWithReason(
    `Recall lot ${lot.lotCode}? It goes on hold at once and can serve no box until released.`, 'Reason');
  if (reason === null) return;
  try {
    await api(`/v1/lots/${lot.id}/recall`, { method: 'POST', body: { reason } });
    location.reload();
  } catch (error) {
    showError(error);
  }
}

start().then(ready, (error) => { showError(error); ready(); });
