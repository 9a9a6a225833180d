// « Plans existants »: the territory's permanence plans, newest first, each named by its period and its state, so
// that a coordinator can go back to any draft or published plan and not only to the last one launched here.
import { api, describeError } from '../api.js';
import { period } from '../format.js';

const STATES = { SOLVING: 'en calcul', FAILED: 'échec', INTERRUPTED: 'interrompu' };

export function planLabel(plan) {
  const state = plan.publishedAt ? 'publié' : (STATES[plan.status] || 'brouillon');
  const launched = plan.createdAt ? ' (lancé le ' + new Date(plan.createdAt).toLocaleString('fr-FR',
    { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) + ')' : '';
  return period(plan.from, plan.to) + ' — ' + state + launched;
}

/**
 * @param select the <select> to fill (its <label for> is in the page)
 * @param territory () => the territory shown, or undefined
 * @param onChoose (id) when the user picks a plan
 * @param status the plan panel's status area, for a failed listing
 */
export function planChoice(select, { territory, onChoose, status }) {
  let plans = [];
  // Several refreshes may overlap (a launch right after a publication): only the last answer is drawn.
  let asked = 0;

  async function refresh(currentId) {
    const t = territory();
    const mine = ++asked;
    if (!t) { fill([], currentId); return; }
    try {
      const found = await api.permanencePlans.list(t.id);
      if (mine !== asked) return;
      fill(found, currentId);
    } catch (e) {
      if (mine === asked) status.error(describeError('Liste des plans', e));
    }
  }

  function fill(found, currentId) {
    plans = [...found].sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
    select.replaceChildren(new Option(plans.length ? '— choisir un plan —' : 'aucun plan pour ce territoire', ''),
      ...plans.map((p) => new Option(planLabel(p), p.id)));
    select.disabled = !plans.length;
    select.value = plans.some((p) => String(p.id) === String(currentId)) ? String(currentId) : '';
  }

  select.addEventListener('change', () => {
    const plan = plans.find((p) => String(p.id) === select.value);
    if (plan) onChoose(plan.id);
  });

  return { refresh };
}
