// « Mon agenda sur mon téléphone »: the field worker's calendar subscription. The address is shown once, when it
// is made: it is the key to the calendar (apps cannot sign in), so the page says not to share it, and a new one or
// « Désactiver » cuts the old one.
import { api, describeError } from '../api.js';
import { $ } from '../dom.js';
import { statusArea } from './status.js';
import { dayOf } from '../format.js';

export function setUpCalendarFeed(staffId) {
  const box = $('abonnement');
  box.hidden = false;
  const status = statusArea($('abonnement-statut'));

  /** @param {import('../api-shapes.js').CalendarFeed} feed */
  function show(feed) {
    $('abonnement-adresse-bloc').hidden = !feed.url;
    $('abonnement-adresse').value = feed.url || '';
    $('abonnement-ouvrir').href = feed.webcal || '#';
    $('abonnement-creer').textContent = feed.active ? 'Obtenir une nouvelle adresse' : 'Obtenir mon adresse d’abonnement';
    $('abonnement-desactiver').hidden = !feed.active;
    $('abonnement-etat').textContent = feed.active
      ? 'Abonnement actif depuis le ' + dayOf(feed.createdAt) + '.'
      : 'Aucun abonnement : vos permanences publiées peuvent arriver d’elles-mêmes dans l’agenda de votre téléphone.';
  }

  async function act(issue, success) {
    try {
      if (issue) {
        show(await api.calendarFeed.issue(staffId));
      } else {
        await api.calendarFeed.revoke(staffId); // 204: there is no feed any more
        show({ active: false, createdAt: null, url: null, webcal: null });
      }
      status.ok(success);
    } catch (e) {
      status.error(describeError('Abonnement à l’agenda', e));
    }
  }

  $('abonnement-creer').addEventListener('click', () => act(true,
    'Adresse créée : copiez-la dans votre agenda (Outlook, Google Agenda…) ou ouvrez-la sur le téléphone.'
    + ' Toute adresse précédente ne fonctionne plus.'));
  $('abonnement-desactiver').addEventListener('click', () => act(false,
    'Abonnement désactivé : l’adresse ne donne plus rien.'));
  $('abonnement-copier').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText($('abonnement-adresse').value);
      status.ok('Adresse copiée.');
    } catch (e) {
      $('abonnement-adresse').select();
      status.info('Sélectionnez l’adresse et copiez-la.');
    }
  });
  api.calendarFeed.get(staffId).then(show, (e) => status.error(describeError('Abonnement à l’agenda', e)));
}
