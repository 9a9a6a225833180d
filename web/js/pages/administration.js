// Administration page (admins): the consortium's member organisations, its territories drawn from the imported
// communes, and its accounts. Each panel loads on its own, so that one failing call does not hide the others.
import { describeError } from '../api.js';
import { createMap } from '../map.js';
import { statusArea } from '../ui/status.js';
import { setUpSession } from '../ui/session.js';
import { organisationsPanel } from '../admin/organisations.js';
import { territoryEditor } from '../admin/territory-editor.js';
import { accountsPanel } from '../admin/accounts.js';

const $ = (id) => document.getElementById(id);

async function start() {
  const me = await setUpSession();
  if (me && me.consortium) $('titre-page').textContent = 'Administration — ' + me.consortium;
  const pageStatus = statusArea($('page-statut'));

  const accounts = accountsPanel({ form: $('compte-form'), table: $('comptes-table'), statusElement: $('comptes-statut'),
    temporaryElement: $('mot-de-passe-provisoire'), me });
  const organisations = organisationsPanel({ form: $('organisation-form'), table: $('organisations-table'),
    statusElement: $('organisations-statut'), onChange: (all) => accounts.offerOrganisations(all.filter((o) => !o.archived)) });
  const map = await createMap('carte-territoire', { label: 'Carte des communes importées : cliquez sur une commune pour la choisir' });
  const territories = territoryEditor({ map, elements: {
    select: $('territoire-choix'), name: $('territoire-nom'), list: $('communes-liste'), filter: $('communes-filtre'),
    codes: $('territoire-codes'), addCodes: $('territoire-codes-ajouter'), count: $('territoire-compte'),
    save: $('territoire-enregistrer'), status: $('territoires-statut'), mapStatus: $('carte-statut'),
  } });

  const loads = [
    organisations.load().then((all) => accounts.offerOrganisations(all.filter((o) => !o.archived)))
      .catch((e) => pageStatus.error(describeError('Organisations', e))),
    territories.load().catch((e) => pageStatus.error(describeError('Territoires', e))),
    accounts.load().catch((e) => pageStatus.error(describeError('Comptes', e))),
  ];
  await Promise.all(loads);
  if (location.hash) {
    const target = document.querySelector(location.hash);
    if (target) target.scrollIntoView();
  }
  window.allerVers.ready = true;
}

start().catch((e) => {
  window.allerVers.errors.push(String(e && e.message ? e.message : e));
  statusArea(document.getElementById('page-statut')).error(describeError('Administration', e));
});
