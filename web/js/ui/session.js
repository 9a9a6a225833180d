// The signed-in user in the page header: name and role, the views this role may open, and the logout button
// (which deletes the field page's offline copy, then ends the session).
import { api } from '../api.js';
import { forgetOfflineDay } from './offline-day.js';

const ROLE_LABELS = { ADMIN: 'administration', COORDINATOR: 'coordination', FIELD: 'terrain', FUNDER: 'financeur' };
// Which views each role may use: the server refuses the rest anyway, the menu just does not offer them.
const VIEWS = {
  FUNDER: ['/financeur.html'],
  FIELD: ['/ma-journee.html', '/financeur.html'],
};

export async function setUpSession() {
  const form = document.getElementById('deconnexion');
  const signedIn = document.cookie.split('; ').some((c) => c.startsWith('XSRF-TOKEN='));
  if (form && signedIn) {
    form.hidden = false;
    // What « Ma journée » kept on this device (115 hotels' names) goes first, even without network; then the
    // session, through api.js (the CSRF token must travel as a header).
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      await forgetOfflineDay();
      try {
        await api.signOut();
        window.location.assign('/login?logout');
      } catch (e) {
        window.alert('Pas de réseau : les données gardées sur cet appareil sont effacées, mais la session reste '
          + 'ouverte. Appuyez de nouveau sur « Se déconnecter » une fois la connexion revenue.');
      }
    });
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
