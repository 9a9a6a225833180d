// « Mon mot de passe » (every user): change one's own password, giving the current one. A user whose password was
// chosen by an admin is sent here after signing in and can do nothing else until it is changed (session.js hides
// the menu meanwhile; the server sends every other page here).
import { api, describeError } from '../api.js';
import { $ } from '../dom.js';
import { startPage } from '../page.js';
import { statusArea } from '../ui/status.js';

startPage(async (session) => {
  const status = statusArea($('mot-de-passe-statut'));
  const me = await session;
  const temporary = Boolean(me && me.mustChangePassword);
  $('provisoire').hidden = !temporary;
  $('mot-de-passe-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    if ($('nouveau').value !== $('confirmation').value) {
      status.error('Les deux saisies du nouveau mot de passe diffèrent.');
      $('confirmation').focus();
      return;
    }
    $('changer').disabled = true;
    try {
      const changed = await api.changeOwnPassword($('actuel').value, $('nouveau').value);
      status.ok('Mot de passe changé. Vos autres sessions sont fermées.');
      $('mot-de-passe-form').reset();
      $('provisoire').hidden = true;
      // The rest of the application opens now: straight to the role's own view.
      if (temporary) window.location.assign(changed.landing);
    } catch (e) {
      status.error(describeError('Changer le mot de passe', e));
    } finally {
      $('changer').disabled = false;
    }
  });
});
