// The permanence calendar beside the map: one row per day, a column per half-day, each permanence with its
// place, commune, binôme and its pin and move buttons. It draws the data it is given and calls back.
import { el } from '../dom.js';
import { datesBetween, longDate, HALF_DAYS } from '../format.js';

/** @param {import('../api-shapes.js').PermanencePlan} plan */
export function renderCalendar(container, plan, { from, to, onPin, onMove, onSelect, readOnly = false }) {
  container.replaceChildren();
  const permanences = plan.permanences || [];
  const key = (date, half) => date + '|' + half;
  const cells = new Map();
  permanences.forEach((p) => {
    const k = key(p.date, p.halfDay);
    if (!cells.has(k)) cells.set(k, []);
    cells.get(k).push(p);
  });
  const days = datesBetween(from, to).filter((d) => {
    const weekday = new Date(d + 'T00:00:00Z').getUTCDay();
    return (weekday !== 0 && weekday !== 6) || cells.has(key(d, 'AM')) || cells.has(key(d, 'PM'));
  });

  const table = el('table', { className: 'calendar' });
  table.append(el('caption', { textContent: 'Permanences du ' + longDate(from) + ' au ' + longDate(to)
    + ' (' + permanences.length + ')' }));
  table.append(el('thead', {}, el('tr', {},
    el('th', { scope: 'col', textContent: 'Jour' }),
    el('th', { scope: 'col', textContent: 'Matin (' + HALF_DAYS.AM.start + '–' + HALF_DAYS.AM.end + ')' }),
    el('th', { scope: 'col', textContent: 'Après-midi (' + HALF_DAYS.PM.start + '–' + HALF_DAYS.PM.end + ')' }))));
  const body = el('tbody');
  days.forEach((date) => {
    const row = el('tr', {}, el('th', { scope: 'row', textContent: longDate(date) }));
    ['AM', 'PM'].forEach((half) => {
      const cell = el('td');
      (cells.get(key(date, half)) || []).forEach((p) => cell.append(card(p, { onPin, onMove, onSelect, readOnly })));
      row.append(cell);
    });
    body.append(row);
  });
  table.append(body);
  container.append(table);
}

function card(p, { onPin, onMove, onSelect, readOnly }) {
  const staff = (p.staff || []).map((s) => s.label).join(' et ') || 'binôme à compléter';
  const item = el('div', { className: 'permanence' + (p.pinned ? ' pinned' : '') });
  item.dataset.permanenceId = p.id;
  const title = el('button', { type: 'button', className: 'link permanence-place', textContent: p.placeName });
  title.setAttribute('aria-label', 'Voir sur la carte : ' + p.placeName + ', ' + p.communeName);
  title.addEventListener('click', () => onSelect && onSelect(p));
  item.append(title, el('span', { className: 'permanence-commune', textContent: ' — ' + p.communeName }),
    el('div', { className: 'permanence-staff', textContent: staff }));
  if (!readOnly) {
    const pin = el('button', { type: 'button', className: 'small pin', textContent: p.pinned ? 'Épinglée' : 'Épingler' });
    pin.setAttribute('aria-pressed', String(Boolean(p.pinned)));
    pin.title = p.pinned ? 'Désépingler : le planificateur pourra la déplacer' : 'Épingler : annoncée, elle ne bougera plus';
    pin.addEventListener('click', () => onPin(p, !p.pinned));
    const move = el('button', { type: 'button', className: 'small move', textContent: 'Déplacer' });
    move.setAttribute('aria-label', 'Déplacer la permanence ' + p.placeName);
    move.addEventListener('click', () => onMove(p));
    item.append(el('div', { className: 'permanence-actions' }, pin, move));
  }
  return item;
}

/** One broken rule in French (a BrokenRule of api-shapes.js): the rule's name, then who, where and when. */
export function brokenRuleText(rule) {
  return rule.message && rule.message !== rule.label ? rule.label + ' : ' + rule.message : rule.label;
}

/** Broken rules as a list (the plan's brokenRules). */
export function renderBrokenRules(container, rules) {
  container.replaceChildren(rules.length ? el('ul', {}, rules.map((rule) => el('li', { textContent: brokenRuleText(rule) })))
    : el('p', { className: 'ok-text', textContent: 'Aucune règle enfreinte.' }));
}
