// The signed-in user in the page header: name and role, the views this role may open, and the logout button
// (which posts the CSRF token with the form, as Spring Security expects).
import { api } from '../api.js';

const ROLE_LABELS = { ADMIN: 'administration', COORDINATOR: 'coordination', FIELD: 'terrain', FUNDER: 'financeur' };
// Which views each role may use: the server refuses the rest anyway, the menu just does not offer them.
const VIEWS = {
  FUNDER: ['/financeur.html'],
  FIELD: ['/ma-journee.html', '/financeur.html'],
};

export async function setUpSession() {
  const form = document.getElementById('deconnexion');
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  if (form && cookie) {
    const input = Object.assign(document.createElement('input'), { type: 'hidden', name: '_csrf',
      value: decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) });
    form.appendChild(input);
    form.hidden = false;
  }
  let me = null;
  try {
    me = await api.get('/api/me');
  } catch (e) {
    return null; // without accounts (or before they land) every view is offered
  }
  const who = document.getElementById('utilisateur');
  if (who) who.textContent = (me.staffLabel || me.username) + ' (' + (ROLE_LABELS[me.role] || me.role) + ')';
  const allowed = VIEWS[me.role];
  if (allowed) {
    document.querySelectorAll('header.site nav a').forEach((a) => {
      if (!allowed.includes(a.getAttribute('href'))) a.parentElement.hidden = true;
    });
  }
  return me;
}
