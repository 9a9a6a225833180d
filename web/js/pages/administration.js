// Administration page (admins): the consortium's member organisations, its territories drawn from the imported
// communes, and its accounts. Each panel loads on its own, so that one failing call does not hide the others.
import { describeError } from '../api.js';
import { $ } from '../dom.js';
import { createMap } from '../map.js';
import { startPage } from '../page.js';
import { statusArea } from '../ui/status.js';
import { organisationsPanel } from '../admin/organisations.js';
import { territoryEditor } from '../admin/territory-editor.js';
import { accountsPanel } from '../admin/accounts.js';

startPage(async (session) => {
  const pageStatus = statusArea($('page-statut'));
  const me = await session;
  if (me && me.consortium) $('titre-page').textContent = 'Administration — ' + me.consortium;

  const accounts = accountsPanel({ form: $('compte-form'), table: $('comptes-table'), statusElement: $('comptes-statut'),
    temporaryElement: $('mot-de-passe-provisoire'), me });
  const offer = (all) => accounts.offerOrganisations(all.filter((o) => !o.archived));
  const organisations = organisationsPanel({ form: $('organisation-form'), table: $('organisations-table'),
    statusElement: $('organisations-statut'), onChange: offer });
  const map = await createMap('carte-territoire', { label: 'Carte des communes importées : cliquez sur une commune pour la choisir' });
  const territories = territoryEditor({ map, elements: {
    select: $('territoire-choix'), name: $('territoire-nom'), list: $('communes-liste'), filter: $('communes-filtre'),
    codes: $('territoire-codes'), addCodes: $('territoire-codes-ajouter'), count: $('territoire-compte'),
    save: $('territoire-enregistrer'), status: $('territoires-statut'), mapStatus: $('carte-statut'),
  } });

  await Promise.all([
    organisations.load().then(offer).catch((e) => pageStatus.error(describeError('Organisations', e))),
    territories.load().catch((e) => pageStatus.error(describeError('Territoires', e))),
    accounts.load().catch((e) => pageStatus.error(describeError('Comptes', e))),
  ]);
  const target = location.hash ? document.querySelector(location.hash) : null;
  if (target) target.scrollIntoView();
});
