import { api, ApiError, el, ready, signIn } from '/ui/app.js';

document.getElementById('signin').addEventListener('submit', async (event) => {
  event.preventDefault();
  document.querySelector('.error')?.remove();
  signIn(document.getElementById('key').value.trim());
  try {
    const who = await api('/v1/me');
    if (who.role === 'ASSIGNER') throw new Error('An ASSIGNER key starts runs; the dashboard needs a STAFF, ADMIN or PARTNER key.');
    sessionStorage.setItem('snaq.me', JSON.stringify(who));
    location.href = '/ui/stock.html';
  } catch (error) {
    sessionStorage.clear();
    const message = error instanceof ApiError && error.status === 401 ? 'That key is unknown or revoked.' : error.message;
    document.getElementById('signin').before(el('div', { class: 'error', role: 'alert' }, message));
  }
});
ready();
