// "Objectifs par commune" on the planning page: per commune of the territory, how many permanences a month (at
// least, at most) and how many days at least between two visits. The server checks the rules and answers in
// French; a refused row keeps what was typed so it can be corrected.
import { api, describeError } from '../api.js';
import { statusArea } from './status.js';

// [field of the API, id suffix, label, column heading (shown above each box on a phone), min, max]
const FIELDS = [
  ['minPerMonth', 'min', 'Minimum de permanences par mois', 'Min. par mois', 0, undefined],
  ['maxPerMonth', 'max', 'Maximum de permanences par mois', 'Max. par mois', 0, undefined],
  ['minSpacingDays', 'ecart', 'Jours au moins entre deux visites', 'Jours entre deux visites', 0, 31],
];

/**
 * Wires the section (a <details>); show(territory) is called whenever the page's territory changes. The
 * targets, one request per commune, are read only while the section is open.
 */
export function communeTargets(section) {
  const body = section.querySelector('tbody');
  const status = statusArea(section.querySelector('.status'));
  let territory = null;
  let shown = null;
  let generation = 0;

  async function render() {
    if (!section.open || !territory || shown === territory) return;
    shown = territory;
    const mine = ++generation;
    const current = territory;
    status.info('Lecture des objectifs…');
    const communes = [...current.communes].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    const answers = await Promise.allSettled(communes.map((c) => api.communeTargets.get(current.id, c.insee)));
    if (mine !== generation) return;
    const failed = answers.find((a) => a.status === 'rejected');
    body.replaceChildren(...communes.map((c, i) =>
      answers[i].status === 'fulfilled' ? row(current.id, c, answers[i].value) : null).filter(Boolean));
    if (failed) status.error(describeError('Lecture des objectifs', failed.reason));
    else if (!communes.length) status.info('Ce territoire n’a aucune commune.');
    else status.clear();
  }

  function row(territoryId, commune, targets) {
    const tr = document.createElement('tr');
    tr.dataset.insee = commune.insee;
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = commune.name;
    tr.append(name);

    const inputs = {};
    for (const [key, suffix, label, heading, min, max] of FIELDS) {
      const td = document.createElement('td');
      td.dataset.heading = heading;
      const input = document.createElement('input');
      input.type = 'number';
      input.id = 'objectif-' + commune.insee + '-' + suffix;
      input.name = key;
      input.min = min;
      if (max !== undefined) input.max = max;
      input.step = 1;
      input.inputMode = 'numeric';
      const text = document.createElement('label');
      text.htmlFor = input.id;
      text.className = 'visually-hidden';
      text.textContent = label + ' — ' + commune.name;
      td.append(text, input);
      tr.append(td);
      inputs[key] = input;
    }

    const actions = document.createElement('td');
    const marker = document.createElement('span');
    marker.className = 'marker';
    const save = button('Enregistrer', '');
    const reset = button('Revenir aux valeurs par défaut', 'secondary');
    actions.append(marker, save, reset);
    tr.append(actions);

    const showTargets = (t) => {
      FIELDS.forEach(([key]) => { inputs[key].value = t[key]; });
      marker.textContent = t.custom ? 'personnalisé' : 'par défaut';
      marker.dataset.custom = t.custom;
      reset.hidden = !t.custom;
      tr.classList.remove('refused');
      FIELDS.forEach(([key]) => inputs[key].removeAttribute('aria-invalid'));
    };
    const refused = (action, e) => {
      tr.classList.add('refused');
      FIELDS.forEach(([key]) => inputs[key].setAttribute('aria-invalid', 'true'));
      status.error(describeError(action + ' « ' + commune.name + ' »', e));
    };
    showTargets(targets);

    save.addEventListener('click', async () => {
      // An empty or unreadable box is sent as null: the server then says which values are required.
      const wanted = {};
      FIELDS.forEach(([key]) => {
        const value = inputs[key].value.trim();
        wanted[key] = value === '' ? null : Number(value);
      });
      await busy([save, reset], async () => {
        try {
          showTargets(await api.communeTargets.set(territoryId, commune.insee, wanted));
          status.ok('Objectifs de « ' + commune.name + ' » enregistrés.');
        } catch (e) {
          refused('Objectifs de', e);
        }
      });
    });

    reset.addEventListener('click', async () => {
      await busy([save, reset], async () => {
        try {
          await api.communeTargets.reset(territoryId, commune.insee);
          showTargets(await api.communeTargets.get(territoryId, commune.insee));
          status.ok('« ' + commune.name + ' » revient aux objectifs par défaut.');
        } catch (e) {
          refused('Retour aux valeurs par défaut de', e);
        }
      });
    });
    return tr;
  }

  section.addEventListener('toggle', render);

  return {
    show(next) {
      territory = next || null;
      if (!territory) {
        body.replaceChildren();
        shown = null;
        return;
      }
      render();
    },
  };
}

function button(text, className) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = (className + ' small').trim();
  b.textContent = text;
  return b;
}

async function busy(buttons, work) {
  buttons.forEach((b) => { b.disabled = true; });
  try {
    await work();
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}
