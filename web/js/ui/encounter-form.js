// "Noter une rencontre": the short form a field worker fills in after meeting someone at a permanence or a
// maraude stop. It asks what funders count — public, what came of it, how many people — and nothing that could
// identify the person. The point recorded is the place of the permanence or stop, not the phone's position.
import { record, flush, pending, drop } from '../encounter-outbox.js';
import { statusArea } from './status.js';
import { localIsoDate } from '../format.js';
import { $, el } from '../dom.js';

// The server's codes (EncounterCategory, EncounterOutcome, PartnerKind) with the words used in the field.
const CATEGORIES = [['YOUNG_16_25', 'Jeune de 16 à 25 ans'], ['HOMELESS', 'Personne sans domicile'],
  ['LEAVING_PRISON', 'Sortant de détention'], ['NEWLY_ARRIVED', 'Primo-arrivant (asile, protection temporaire)'],
  ['OTHER', 'Autre public']];
const OUTCOMES = [['INFORMED', 'Informé'], ['ORIENTED', 'Orienté vers un partenaire'],
  ['CAME_BACK', 'Revenu (remobilisé)'], ['SIGNED_UP', 'Entré en accompagnement']];
const PARTNERS = [['FRANCE_TRAVAIL', 'France Travail'], ['MISSION_LOCALE', 'Mission Locale'], ['CCAS', 'CCAS'],
  ['HEALTH', 'Santé'], ['HOUSING', 'Logement, hébergement'], ['OTHER', 'Autre partenaire']];

const two = (n) => String(n).padStart(2, '0');

function fill(select, entries, placeholder) {
  const options = entries.map(([value, label]) => new Option(label, value));
  if (placeholder) options.unshift(new Option(placeholder, ''));
  select.replaceChildren(...options);
}

/**
 * @param me the signed-in account (/api/me): its organisation is the one encounters are recorded for
 * @param organisations the consortium's member organisations, to choose from when the account has none
 * @param onRecorded called after each recording with the target, the outcome of sending and the encounter as sent
 *        (kept by the page for its « Annuler » button)
 */
export function encounterRecorder({ me, organisations, onRecorded }) {
  const dialog = $('rencontre');
  const form = $('rencontre-form');
  const error = statusArea($('rencontre-erreur'));
  const outbox = $('rencontres-attente');
  fill($('rencontre-public'), CATEGORIES, '— choisir —');
  fill($('rencontre-suite'), OUTCOMES);
  fill($('rencontre-partenaire'), PARTNERS, '— choisir —');
  fill($('rencontre-structure'), organisations.map((o) => [String(o.id), o.name]), '— choisir —');
  const ownOrganisation = me && me.organisationId ? String(me.organisationId) : '';
  $('rencontre-structure-bloc').hidden = Boolean(ownOrganisation);
  const showPartner = () => { $('rencontre-partenaire-bloc').hidden = $('rencontre-suite').value !== 'ORIENTED'; };
  $('rencontre-suite').addEventListener('change', showPartner);
  let target = null;

  function open(where) {
    target = where;
    form.reset();
    error.clear();
    $('rencontre-lieu').textContent = where.label;
    $('rencontre-suite').value = 'INFORMED';
    $('rencontre-structure').value = ownOrganisation;
    const now = new Date();
    $('rencontre-heure').value = where.date === localIsoDate(now) ? two(now.getHours()) + ':' + two(now.getMinutes())
      : where.defaultTime;
    showPartner();
    dialog.showModal();
    $('rencontre-public').focus();
  }

  /** The encounter as the API reads it, or a French reason why the form is not complete. */
  function read() {
    const category = $('rencontre-public').value;
    const outcome = $('rencontre-suite').value;
    const partner = $('rencontre-partenaire').value;
    const people = Number($('rencontre-personnes').value);
    const time = $('rencontre-heure').value;
    const organisationId = $('rencontre-structure').value;
    if (!category) return 'Choisissez le public rencontré.';
    if (outcome === 'ORIENTED' && !partner) return 'Choisissez le partenaire vers qui la personne est orientée.';
    if (!Number.isInteger(people) || people < 1 || people > 50) return 'Nombre de personnes : de 1 à 50.';
    if (!/^\d{2}:\d{2}$/.test(time)) return 'Indiquez l’heure de la rencontre.';
    if (!organisationId) return 'Choisissez la structure pour laquelle vous notez la rencontre.';
    // The seconds of the moment of entry keep two alike encounters noted in the same minute apart; a resend of
    // this very entry carries the same value, and the server stores it once.
    const metAt = new Date(target.date + 'T' + time + ':' + two(new Date().getSeconds()));
    if (metAt.getTime() > Date.now() + 10 * 60 * 1000) return 'Cette heure est à venir : notez la rencontre une fois qu’elle a eu lieu.';
    const encounter = { metAt: metAt.toISOString(), lon: target.lon, lat: target.lat, organisationId: Number(organisationId),
      context: target.context, contextId: target.contextId, category, outcome, people };
    if (outcome === 'ORIENTED') encounter.partner = partner;
    return encounter;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const encounter = read();
    if (typeof encounter === 'string') {
      error.error(encounter);
      return;
    }
    $('rencontre-enregistrer').disabled = true;
    try {
      const before = new Set(pending().map((e) => e.key));
      const result = await record(encounter);
      const mine = result.refused.find((r) => !before.has(r.key));
      if (mine) {
        // Refused: the form still holds what was typed; nothing is kept twice.
        drop(mine.key);
        error.error('Rencontre refusée : ' + mine.reason);
        return;
      }
      dialog.close();
      onRecorded(target, result, encounter);
    } finally {
      $('rencontre-enregistrer').disabled = false;
      showOutbox(outboxState());
    }
  });
  $('rencontre-annuler').addEventListener('click', () => dialog.close());

  function outboxState() {
    const left = pending();
    return { waiting: left.filter((e) => !e.refused).length, refused: left.filter((e) => e.refused)
      .map((e) => ({ key: e.key, reason: e.refused })) };
  }

  function showOutbox({ waiting, refused }) {
    outbox.replaceChildren();
    outbox.hidden = !waiting && !refused.length;
    if (waiting) {
      const resend = el('button', { type: 'button', className: 'secondary small', textContent: 'Renvoyer maintenant' });
      resend.addEventListener('click', async () => showOutbox(await flush()));
      outbox.append(waiting + ' rencontre(s) en attente d’envoi, gardée(s) sur cet appareil : elles partiront au retour '
        + 'du réseau. ', resend);
    }
    refused.forEach((r) => {
      const discard = el('button', { type: 'button', className: 'secondary small', textContent: 'Abandonner' });
      discard.addEventListener('click', () => { drop(r.key); showOutbox(outboxState()); });
      outbox.append(el('p', {}, 'Rencontre refusée par le serveur : ' + r.reason + ' ', discard));
    });
  }

  window.addEventListener('online', async () => showOutbox(await flush()));
  flush().then(showOutbox, () => showOutbox(outboxState()));
  return { open };
}
