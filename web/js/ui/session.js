// The signed-in user in the page header: name and role, the views this role may open, and the logout button
// (which deletes the field page's offline copy, then ends the session).
import { api, signedIn } from '../api.js';
import { $ } from '../dom.js';
import { ADMIN_VIEWS, addViews, offerOnly } from './header.js';
import { forgetOfflineDay } from './offline-day.js';

const ROLE_LABELS = { ADMIN: 'administration', COORDINATOR: 'coordination', FIELD: 'terrain', FUNDER: 'financeur' };
// Which views each role may use; a role not listed is offered every view.
const VIEWS = {
  FUNDER: ['/financeur.html'],
  FIELD: ['/ma-journee.html', '/financeur.html'],
};

/**
 * Wires the header rendered by header.js to the session.
 * @returns {Promise<?import('../api-shapes.js').Me>} the signed-in account, or null when /api/me did not answer
 */
export async function setUpSession() {
  const form = $('deconnexion');
  if (form && signedIn()) {
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
    me = await api.me();
  } catch (e) {
    return null; // without accounts (or before they land) every view is offered
  }
  const who = $('utilisateur');
  if (who) who.textContent = (me.staffLabel || me.username) + ' (' + (ROLE_LABELS[me.role] || me.role) + ')';
  const ownPassword = $('mon-mot-de-passe');
  if (ownPassword) ownPassword.hidden = location.pathname === ownPassword.getAttribute('href');
  if (me.role === 'ADMIN' && document.querySelector('header.site nav ul')) addViews(ADMIN_VIEWS);
  if (VIEWS[me.role]) offerOnly(VIEWS[me.role]);
  // A temporary password opens nothing but its change (the server sends every other page there anyway).
  const nav = document.querySelector('header.site nav');
  if (me.mustChangePassword && nav) nav.hidden = true;
  return me;
}
