// « Plans existants »: the territory's permanence plans and maraude plans, newest first, each named by its period
// and its state (and a maraude's teams), so that a coordinator can go back to any draft or published plan and not
// only to the last one launched here. Permanence plans are listed under their id, maraude plans as "maraude:id".
import { api, describeError } from '../api.js';
import { period } from '../format.js';

const STATES = { SOLVING: 'en calcul', FAILED: 'échec', INTERRUPTED: 'interrompu' };
const launchedOn = (createdAt, word) => (createdAt ? ' (' + word + ' le ' + new Date(createdAt).toLocaleString('fr-FR',
  { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) + ')' : '');

export function planLabel(plan) {
  const state = plan.publishedAt ? 'publié' : (STATES[plan.status] || 'brouillon');
  return period(plan.from, plan.to) + ' — ' + state + launchedOn(plan.createdAt, 'lancé');
}

/** @param {import('../api-shapes.js').MaraudePlanSummary} plan */
export function maraudeLabel(plan) {
  const dates = [...plan.dates].sort();
  const when = period(dates[0], dates[dates.length - 1]);
  const state = plan.publishedAt ? 'publiée' : ({ SOLVING: 'en calcul', FAILED: 'échec' }[plan.status] || 'brouillon');
  const teams = plan.teams + (plan.teams > 1 ? ' équipes' : ' équipe')
    + (plan.teamNames && plan.teamNames.length ? ' (' + plan.teamNames.join(', ') + ')' : '');
  return 'Maraude ' + when + ' — ' + state + ' · ' + teams + launchedOn(plan.createdAt, 'lancée');
}

/**
 * @param select the <select> to fill (its <label for> is in the page)
 * @param territory () => the territory shown, or undefined
 * @param onChoose (id) when the user picks a permanence plan
 * @param onChooseMaraude (id) when the user picks a maraude plan
 * @param status the plan panel's status area, for a failed listing
 */
export function planChoice(select, { territory, onChoose, onChooseMaraude, status }) {
  let plans = [];
  let maraudes = [];
  let selected = '';
  // Several refreshes may overlap (a launch right after a publication): only the last answer is drawn.
  let asked = 0;

  /** @param current the plan to show as chosen: a permanence plan's id or "maraude:id"; kept when undefined */
  async function refresh(current) {
    if (current !== undefined && current !== null) selected = String(current);
    const t = territory();
    const mine = ++asked;
    if (!t) { fill([], []); return; }
    try {
      const [found, rounds] = await Promise.all([api.permanencePlans.list(t.id), api.maraudePlans.list(t.id)]);
      if (mine !== asked) return;
      fill(found, rounds);
    } catch (e) {
      if (mine === asked) status.error(describeError('Liste des plans', e));
    }
  }

  function fill(found, rounds) {
    const newest = (a, b) => String(b.createdAt).localeCompare(String(a.createdAt));
    plans = [...found].sort(newest);
    maraudes = [...rounds].sort(newest);
    const any = plans.length + maraudes.length;
    const groups = [];
    if (plans.length) {
      const group = document.createElement('optgroup');
      group.label = 'Permanences';
      group.append(...plans.map((p) => new Option(planLabel(p), p.id)));
      groups.push(group);
    }
    if (maraudes.length) {
      const group = document.createElement('optgroup');
      group.label = 'Maraudes';
      group.append(...maraudes.map((m) => new Option(maraudeLabel(m), 'maraude:' + m.id)));
      groups.push(group);
    }
    select.replaceChildren(new Option(any ? '— choisir un plan —' : 'aucun plan pour ce territoire', ''), ...groups);
    select.disabled = !any;
    select.value = [...select.options].some((o) => o.value === selected) ? selected : '';
  }

  select.addEventListener('change', () => {
    selected = select.value;
    if (select.value.startsWith('maraude:')) {
      const id = select.value.substring('maraude:'.length);
      if (maraudes.some((m) => String(m.id) === id)) onChooseMaraude(Number(id));
      return;
    }
    const plan = plans.find((p) => String(p.id) === select.value);
    if (plan) onChoose(plan.id);
  });

  return { refresh };
}
