// "Absences et indisponibilités" on the planning page: the coordinator declares who (a professional) or what (a
// van) is away, from one day to another with optional half-days, and removes a declaration made by mistake.
// Only a coarse reason is asked, on purpose: no free text, so no health detail ends up here.
import { api, describeError } from '../api.js';
import { removableItem } from '../dom.js';
import { dateWithYear } from '../format.js';
import { statusArea } from './status.js';

const REASONS = {
  staff: [['SICK_LEAVE', 'Arrêt maladie'], ['TRAINING', 'Formation'], ['HOLIDAY', 'Congés'], ['OTHER', 'Autre']],
  van: [['BREAKDOWN', 'Panne'], ['SERVICING', 'Entretien'], ['OTHER', 'Autre']],
};

const noun = (kind) => (kind === 'van' ? 'Indisponibilité' : 'Absence');

/** "du lun. 10 mars 2026 après-midi au mar. 11 mars 2026 matin", or "le …" for one day. */
export function periodText(a) {
  if (a.from === a.to) {
    const part = a.fromHalfDay === 'PM' ? ', l’après-midi' : a.toHalfDay === 'AM' ? ', le matin' : '';
    return 'le ' + dateWithYear(a.from) + part;
  }
  return 'du ' + dateWithYear(a.from) + (a.fromHalfDay === 'PM' ? ' après-midi' : '')
    + ' au ' + dateWithYear(a.to) + (a.toHalfDay === 'AM' ? ' matin' : '');
}

/**
 * Wires the section (a <details>): staff and vans are read when it is first opened, so a page that never needs
 * them asks nothing.
 */
export function setUpAbsences(section) {
  // Looked up within the section, which holds every element this panel uses.
  const inSection = (id) => section.querySelector('#' + id);
  const form = inSection('absence-form');
  const who = inSection('absence-qui');
  const reason = inSection('absence-motif');
  const list = inSection('absences-liste');
  const hint = inSection('absences-conseil');
  const status = statusArea(inSection('absences-statut'));
  let loaded = false;

  // "staff:12" or "van:3": one select for both, grouped.
  const chosen = () => {
    const [kind, id] = who.value.split(':');
    return { kind, id, label: who.selectedOptions[0] ? who.selectedOptions[0].textContent : '' };
  };

  function fillReasons(kind) {
    const before = reason.value;
    reason.replaceChildren(...REASONS[kind].map(([value, label]) => new Option(label, value)));
    if (REASONS[kind].some(([value]) => value === before)) reason.value = before;
  }

  async function load() {
    loaded = true;
    try {
      const [staff, vans] = await Promise.all([api.team.staff(), api.team.vans()]);
      const group = (label, items, kind) => {
        const g = document.createElement('optgroup');
        g.label = label;
        g.append(...items.map((item) => new Option(item.label, kind + ':' + item.id)));
        return g;
      };
      who.replaceChildren(group('Professionnels', staff, 'staff'), group('Camions', vans, 'van'));
      if (!staff.length && !vans.length) {
        status.info('Aucun professionnel ni camion : importez-les d’abord (« Importer un fichier »).');
        return;
      }
      fillReasons(chosen().kind);
      await refresh();
    } catch (e) {
      loaded = false;
      status.error(describeError('Chargement des professionnels et des camions', e));
    }
  }

  async function refresh() {
    const { kind, id, label } = chosen();
    if (!id) return;
    try {
      const absences = await api.absences.list(kind, id);
      // The answer may come after the user chose someone else: drop it then.
      if (chosen().id !== id || chosen().kind !== kind) return;
      list.replaceChildren(...absences.map((a) => item(kind, id, a)));
      if (!absences.length) {
        const none = document.createElement('li');
        none.textContent = 'Aucune absence déclarée pour ' + label + '.';
        list.append(none);
      }
    } catch (e) {
      status.error(describeError('Absences de ' + label, e));
    }
  }

  function item(kind, id, a) {
    const li = removableItem(periodText(a) + ' — ' + a.reasonLabel,
      'Supprimer : ' + noun(kind).toLowerCase() + ' ' + periodText(a), async () => {
        await api.absences.remove(kind, id, a.id);
        status.ok(noun(kind) + ' ' + periodText(a) + ' supprimée.');
        await refresh();
      }, (e) => status.error(describeError('Suppression', e)));
    li.dataset.absenceId = a.id;
    return li;
  }

  section.addEventListener('toggle', () => {
    if (section.open && !loaded) load();
  });

  who.addEventListener('change', () => {
    list.replaceChildren();
    status.clear();
    hint.hidden = true;
    fillReasons(chosen().kind);
    refresh();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { kind, id, label } = chosen();
    if (!id) return;
    const period = { from: inSection('absence-debut').value, to: inSection('absence-fin').value, reason: reason.value };
    if (inSection('absence-apres-midi').checked) period.fromHalfDay = 'PM';
    if (inSection('absence-matin').checked) period.toHalfDay = 'AM';
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    hint.hidden = true;
    try {
      const created = await api.absences.declare(kind, id, period);
      // The form keeps its values: the same period is often declared for the van as well.
      status.ok(noun(kind) + ' déclarée pour ' + label + ' '
        + periodText(created) + '.');
      hint.hidden = false;
      await refresh();
    } catch (e) {
      status.error(describeError('Déclaration pour ' + label, e));
    } finally {
      button.disabled = false;
    }
  });
}
