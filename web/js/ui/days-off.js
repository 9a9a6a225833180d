// "Jours sans permanence" on the planning page: the consortium's closing days (a bridge day, the afternoon of
// 24 December), listed with a remove button, and its school zone with the choice of stopping permanences during
// school holidays. Public holidays need nothing: they are computed and never planned.
import { api, describeError } from '../api.js';
import { removableItem } from '../dom.js';
import { dateWithYear, localIsoDate } from '../format.js';
import { statusArea } from './status.js';

const PART = { AM: ' (matin)', PM: ' (après-midi)' };

/** "ven. 24 déc. 2026 (après-midi) — réveillon" */
export function closingDayText(day) {
  return dateWithYear(day.date) + (PART[day.halfDay] || '') + ' — ' + day.reason;
}

/**
 * Wires the section (a <details>): it reads its data when first opened. Returns `refresh`, for after a school
 * calendar import (new zones).
 */
export function setUpDaysOff(section) {
  const inSection = (id) => section.querySelector('#' + id);
  const form = inSection('fermeture-form');
  const list = inSection('fermetures-liste');
  const holidays = inSection('feries-a-venir');
  const zone = inSection('zone-scolaire');
  const stop = inSection('vacances-sans-permanence');
  const status = statusArea(inSection('fermetures-statut'));
  let loaded = false;

  async function refresh() {
    loaded = true;
    try {
      const today = localIsoDate(new Date());
      const inAYear = localIsoDate(new Date(Date.now() + 366 * 24 * 3600 * 1000));
      const [days, settings, calendar] = await Promise.all([api.daysOff.closingDays(),
        api.daysOff.settings(), api.daysOff.calendar(today, inAYear)]);
      list.replaceChildren(...days.map(item));
      if (!days.length) list.append(Object.assign(document.createElement('li'), { textContent: 'Aucune fermeture déclarée.' }));
      const publicHolidays = calendar.filter((d) => d.kind === 'PUBLIC_HOLIDAY').slice(0, 4);
      holidays.textContent = publicHolidays.length
        ? 'Prochains jours fériés, jamais planifiés : '
          + publicHolidays.map((d) => dateWithYear(d.from) + ' (' + d.label + ')').join(', ') + '.'
        : '';
      zone.replaceChildren(new Option('aucune', ''), ...settings.zones.map((z) => new Option(z, z)));
      zone.value = settings.schoolZone || '';
      stop.checked = settings.noPermanenceInSchoolHolidays;
    } catch (e) {
      loaded = false;
      status.error(describeError('Jours sans permanence', e));
    }
  }

  function item(day) {
    const li = removableItem(closingDayText(day), 'Supprimer la fermeture du ' + closingDayText(day), async () => {
      await api.daysOff.removeClosingDay(day.id);
      status.ok('Fermeture du ' + closingDayText(day) + ' supprimée.');
      await refresh();
    }, (e) => status.error(describeError('Suppression', e)));
    li.dataset.closingDayId = day.id;
    return li;
  }

  section.addEventListener('toggle', () => {
    if (section.open && !loaded) refresh();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const day = { date: inSection('fermeture-date').value, reason: inSection('fermeture-motif').value };
    const part = inSection('fermeture-demi').value;
    if (part) day.halfDay = part;
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const created = await api.daysOff.addClosingDay(day);
      status.ok('Fermeture ajoutée : ' + closingDayText(created)
        + '. Elle compte au prochain calcul ; « Recalculer » libère un plan déjà fait.');
      inSection('fermeture-motif').value = '';
      await refresh();
    } catch (e) {
      status.error(describeError('Ajout de la fermeture', e));
    } finally {
      button.disabled = false;
    }
  });

  inSection('zone-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const saved = await api.daysOff.saveSettings({ schoolZone: zone.value || null,
        noPermanenceInSchoolHolidays: stop.checked });
      status.ok(!saved.schoolZone ? 'Aucune zone scolaire choisie.'
        : saved.noPermanenceInSchoolHolidays
          ? 'Pas de permanence pendant les vacances scolaires (' + saved.schoolZone + ').'
          : 'Vacances scolaires (' + saved.schoolZone + ') affichées, permanences maintenues.');
    } catch (e) {
      status.error(describeError('Zone scolaire', e));
    }
  });

  return { refresh: () => (loaded ? refresh() : Promise.resolve()) };
}
