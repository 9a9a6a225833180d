// The plan's quality in words, instead of the solver's score string: « Plan valide — toutes les règles
// respectées », « 2 règles impératives enfreintes »…, the soft part on demand; and the broken rules as a list a
// coordinator can act on (a case naming a permanence shows it on the calendar and the map).
import { el } from '../dom.js';
import { count, decimal, frenchSpacing } from '../format.js';

// The only rule of medium weight (PermanenceConstraintProvider): a target missed, the plan can still go out. Named
// entries carry their severity; this is for entries without one (plans scored before entries existed).
const MEDIUM_RULES = ['Minimum mensuel par commune'];

/** "0hard/-2medium/5580soft" → {hard: 0, medium: -2, soft: 5580}; null when there is no score. */
export function parseScore(score) {
  const match = /(-?\d+)hard\/(-?\d+)medium\/(-?\d+)soft/.exec(String(score || ''));
  return match ? { hard: Number(match[1]), medium: Number(match[2]), soft: Number(match[3]) } : null;
}

/**
 * One broken rule in French: the rule's name, then who, where and when (« Professionnel indisponible : Awa Diallo
 * est absent·e le mardi 8 décembre (congés) : … »).
 * @param {import('../api-shapes.js').BrokenRule} rule
 */
export function brokenRuleText(rule) {
  const label = rule.label || rule.rule || '';
  return rule.message && rule.message !== label ? (label ? label + ' : ' : '') + rule.message : label;
}

/**
 * One broken rule as the page shows it: a BrokenRule of api-shapes.js (in a plan, its explanation and a move
 * preview), or a plain French sentence.
 */
export function ruleEntry(rule, score) {
  if (rule && typeof rule === 'object' && rule.severity) {
    return { text: brokenRuleText(rule), permanenceId: rule.permanenceId ?? null,
      date: rule.date || null, rule: rule.rule || rule.label || '', hard: String(rule.severity).toUpperCase() === 'HARD' };
  }
  // A sentence, or an entry of a plan scored before entries had a severity: told apart by its rule's name.
  const text = rule && typeof rule === 'object' ? brokenRuleText(rule) : String(rule);
  const named = MEDIUM_RULES.some((name) => text.includes(name));
  const hard = score && score.hard < 0 && !(score.medium < 0 && named);
  return { text, permanenceId: null, date: null, rule: '', hard: Boolean(hard) || (!score && !named) };
}

/** How many rules (by name) of each kind the plan breaks. */
function tally(entries) {
  const names = (list) => new Set(list.map((e) => e.rule || e.text)).size;
  return { hard: names(entries.filter((e) => e.hard)), medium: names(entries.filter((e) => !e.hard)) };
}

/**
 * Fills `container` with the summary sentence and, in a <details>, the soft side of the score.
 * @param {import('../api-shapes.js').PermanencePlan} plan
 */
export function renderQuality(container, plan) {
  const score = parseScore(plan.score);
  const entries = (plan.brokenRules || []).map((r) => ruleEntry(r, score));
  const counts = tally(entries);
  let text, kind;
  if (plan.status === 'SOLVING') {
    text = 'Calcul en cours : ' + count((plan.permanences || []).length, 'permanence placée', 'permanences placées')
      + ' pour l’instant.';
    kind = 'info';
  } else if (plan.status === 'FAILED') {
    text = 'Le calcul a échoué : pas de plan à juger.';
    kind = 'error';
  } else if (counts.hard || (score && score.hard < 0)) {
    const n = Math.max(counts.hard, 1);
    text = n + ' ' + (n > 1 ? 'règles impératives enfreintes' : 'règle impérative enfreinte')
      + ' : le plan ne peut pas être publié tel quel.';
    kind = 'error';
  } else if (counts.medium || (score && score.medium < 0)) {
    const n = Math.max(counts.medium, 1);
    text = 'Plan valide, mais ' + (n > 1 ? n + ' objectifs non atteints' : '1 objectif non atteint') + '.';
    kind = 'warning';
  } else {
    text = 'Plan valide — toutes les règles respectées.';
    kind = 'ok';
  }
  const summary = el('p', { className: 'quality-summary', textContent: frenchSpacing(text) });
  summary.dataset.kind = kind;
  const nodes = [summary];
  if (score && plan.status !== 'SOLVING') {
    nodes.push(el('details', { className: 'quality-details' },
      el('summary', { textContent: 'Détails de la qualité' }),
      el('ul', {},
        el('li', { textContent: frenchSpacing('Règles impératives (disponibilités, ouvertures, binômes, écarts) : '
          + (score.hard < 0 ? count(-score.hard, 'cas', 'cas') + ' à corriger' : 'toutes respectées') + '.') }),
        el('li', { textContent: frenchSpacing('Objectifs mensuels des communes : '
          + (score.medium < 0 ? count(-score.medium, 'permanence manquante', 'permanences manquantes') : 'atteints') + '.') }),
        el('li', { textContent: frenchSpacing('Qualité d’ensemble (demande servie, régularité, trajets, préférences) : '
          + decimal(score.soft) + ' points ; le calcul cherche à l’augmenter.') }),
        el('li', { className: 'hint', textContent: frenchSpacing('Score technique : ' + plan.score) }))));
  }
  container.replaceChildren(...nodes);
  return { kind, hard: counts.hard, medium: counts.medium };
}

/**
 * The broken rules as a list; an entry naming a permanence is a button calling `onShow(permanenceId)`.
 * @param rules the plan's brokenRules (strings or named objects)
 */
export function renderBrokenRules(container, rules, { score = null, onShow = () => {} } = {}) {
  const entries = (rules || []).map((r) => ruleEntry(r, parseScore(score)));
  if (!entries.length) {
    container.replaceChildren(el('p', { className: 'ok-text', textContent: 'Aucune règle enfreinte.' }));
    return;
  }
  container.replaceChildren(el('ul', { className: 'broken-rules' }, entries.map((e) => {
    const text = frenchSpacing(e.text);
    const item = el('li', { className: e.hard ? 'hard' : 'medium' },
      el('span', { className: 'severity', textContent: e.hard ? 'Impérative' : 'Objectif' }), ' ');
    if (e.permanenceId !== null && e.permanenceId !== undefined) {
      const button = el('button', { type: 'button', className: 'link', textContent: text });
      button.dataset.permanenceId = e.permanenceId;
      button.title = 'Montrer la permanence sur le calendrier et la carte';
      button.addEventListener('click', () => onShow(e.permanenceId));
      item.append(button);
    } else {
      item.append(text);
    }
    return item;
  })));
}
