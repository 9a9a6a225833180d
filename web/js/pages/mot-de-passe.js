// « Mon mot de passe » (every user): change one's own password, giving the current one. A user whose password was
// chosen by an admin is sent here after signing in and can do nothing else until it is changed.
import { api, describeError } from '../api.js';
import { statusArea } from '../ui/status.js';
import { setUpSession } from '../ui/session.js';

const $ = (id) => document.getElementById(id);
const status = statusArea($('mot-de-passe-statut'));

async function start() {
  const me = await setUpSession();
  if (me && me.mustChangePassword) {
    $('provisoire').hidden = false;
    $('navigation').hidden = true; // every other page waits for the new password
  }
  $('mot-de-passe-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    if ($('nouveau').value !== $('confirmation').value) {
      status.error('Les deux saisies du nouveau mot de passe diffèrent.');
      $('confirmation').focus();
      return;
    }
    $('changer').disabled = true;
    try {
      const changed = await api.put('/api/me/password', { currentPassword: $('actuel').value, newPassword: $('nouveau').value });
      status.ok('Mot de passe changé. Vos autres sessions sont fermées.');
      $('mot-de-passe-form').reset();
      $('provisoire').hidden = true;
      $('navigation').hidden = false;
      if (me && me.mustChangePassword && changed && changed.landing) window.location.assign(changed.landing);
    } catch (e) {
      status.error(describeError('Changer le mot de passe', e));
    } finally {
      $('changer').disabled = false;
    }
  });
  window.allerVers.ready = true;
}

start().catch((e) => {
  window.allerVers.errors.push(String(e && e.message ? e.message : e));
  status.error(describeError('Mon mot de passe', e));
});
