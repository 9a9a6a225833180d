// The plan's calendar, full width above the map: one row per van or fixed team, a column per day (and per half-day
// in the week view), each permanence as a card that can be dragged to another half-day of its row. A person view
// keeps only that person's permanences. It draws the data it is given and calls back; the checks of a move (preview,
// confirmation) are the plan panel's, the same as for the move dialog.
import { el } from '../dom.js';
import { addDays, datesBetween, HALF_DAYS, longDate, monthLabel, period, shortDate } from '../format.js';

const HALVES = ['AM', 'PM'];

/** The reasons the server accepts for cancelling a permanence, with the labels it answers (reasonLabel). */
export const CANCELLATION_REASONS = [['MARCHE_ANNULE', 'Marché annulé'], ['PLACE_OCCUPEE', 'Place occupée'],
  ['METEO', 'Météo'], ['VEHICULE', 'Camion indisponible'], ['EQUIPE', 'Équipe indisponible'], ['AUTRE', 'Autre']];
const weekday = (iso) => new Date(iso + 'T00:00:00Z').getUTCDay();
const isWeekend = (iso) => weekday(iso) === 0 || weekday(iso) === 6;
const mondayOf = (iso) => addDays(iso, -((weekday(iso) + 6) % 7));

/**
 * The rows of the grid: each van of the plan, then as many fixed teams as the plan ever holds fixed permanences
 * at the same half-day (fixed permanences carry no team: the n-th of a half-day, by id, is put on the n-th row).
 * @returns {{lanes: Array<{key: string, label: string, van: boolean}>, laneOf: Map<number, string>}}
 */
export function lanesOf(permanences) {
  const vans = new Map();
  const fixedBySlot = new Map();
  permanences.forEach((p) => {
    if (p.vanId !== null && p.vanId !== undefined) {
      vans.set(p.vanId, p.vanLabel || 'Camion n°\u00a0' + p.vanId);
    } else {
      const slot = p.date + '|' + p.halfDay;
      if (!fixedBySlot.has(slot)) fixedBySlot.set(slot, []);
      fixedBySlot.get(slot).push(p);
    }
  });
  const laneOf = new Map();
  permanences.forEach((p) => { if (vans.has(p.vanId)) laneOf.set(p.id, 'van-' + p.vanId); });
  let fixedTeams = 0;
  fixedBySlot.forEach((list) => {
    list.sort((a, b) => a.id - b.id).forEach((p, i) => laneOf.set(p.id, 'fixe-' + (i + 1)));
    fixedTeams = Math.max(fixedTeams, list.length);
  });
  const lanes = [...vans].sort((a, b) => a[1].localeCompare(b[1], 'fr'))
    .map(([id, label]) => ({ key: 'van-' + id, label, van: true }));
  for (let i = 1; i <= fixedTeams; i++) lanes.push({ key: 'fixe-' + i, label: 'Équipe fixe ' + i, van: false });
  return { lanes, laneOf };
}

/** The people of the plan, by name, for the person view. */
export function peopleOf(permanences) {
  const people = new Map();
  permanences.forEach((p) => (p.staff || []).forEach((s) => people.set(s.id, s.label)));
  return [...people].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

/**
 * @param container the element the grid is drawn in
 * @param onPin (permanence, pinned) · onMove (permanence) opens the move dialog · onSelect (permanence) shows it
 *        on the map · onDrop (permanence, {date, halfDay}) a card dropped on another half-day · onCancel
 *        (permanence, reason, comment) and onRestore (permanence), async, after the card's own confirmation panel
 * @param onView (label) after each drawing, with the period shown (for the toolbar)
 */
export function planCalendar(container, { onPin, onMove, onSelect, onDrop, onCancel, onRestore, onView = () => {} }) {
  // cancelling: the id of the permanence whose cancellation panel is open (one at a time, kept across redraws).
  const state = { plan: null, mode: 'week', anchor: null, person: '', readOnly: false, highlighted: null, cancelling: null };
  let dragged = null;

  function render(plan, { readOnly = false } = {}) {
    if (!state.plan || state.plan.id !== plan.id || !state.anchor || state.anchor < plan.from || state.anchor > plan.to) {
      state.anchor = plan.from;
    }
    state.plan = plan;
    state.readOnly = readOnly;
    draw();
  }

  /** The days shown: the week or month of the anchor, within the plan; weekends only when something is there. */
  function shownDays(permanences) {
    const plan = state.plan;
    let from, to;
    if (state.mode === 'week') {
      from = mondayOf(state.anchor);
      to = addDays(from, 6);
    } else {
      from = state.anchor.substring(0, 7) + '-01';
      to = addDays(addDays(from, 32).substring(0, 7) + '-01', -1);
    }
    if (from < plan.from) from = plan.from;
    if (to > plan.to) to = plan.to;
    const busy = new Set(permanences.map((p) => p.date));
    return datesBetween(from, to).filter((d) => !isWeekend(d) || busy.has(d));
  }

  function draw() {
    const plan = state.plan;
    const all = plan.permanences || [];
    const { lanes, laneOf } = lanesOf(all);
    const mine = state.person ? all.filter((p) => (p.staff || []).some((s) => String(s.id) === state.person)) : all;
    const days = shownDays(all);
    const inView = new Set(days);
    const shown = mine.filter((p) => inView.has(p.date));
    const rows = state.person ? lanes.filter((lane) => shown.some((p) => laneOf.get(p.id) === lane.key)) : lanes;
    const cell = new Map();
    shown.forEach((p) => {
      const k = laneOf.get(p.id) + '|' + p.date + '|' + p.halfDay;
      if (!cell.has(k)) cell.set(k, []);
      cell.get(k).push(p);
    });

    const week = state.mode === 'week';
    const table = el('table', { className: 'calendar ' + (week ? 'week' : 'month') });
    const label = week ? 'Semaine ' + period(days[0] || state.anchor, days[days.length - 1] || state.anchor)
      : monthLabel(state.anchor.substring(0, 7));
    table.append(el('caption', { textContent: 'Permanences — ' + label + ' (' + shown.length + ')' }));
    const head = el('tr', {}, el('th', { scope: 'col', className: 'lane', textContent: 'Équipe' }));
    days.forEach((d) => {
      const th = el('th', { scope: 'col', textContent: week ? longDate(d) : shortDate(d) });
      if (week) th.colSpan = 2;
      th.dataset.date = d;
      head.append(th);
    });
    const thead = el('thead', {}, head);
    if (week) {
      thead.append(el('tr', {}, el('td', { className: 'lane' }), days.flatMap((d) => HALVES.map((h) =>
        el('th', { scope: 'col', className: 'half', textContent: HALF_DAYS[h].label + ' (' + HALF_DAYS[h].start + '–'
          + HALF_DAYS[h].end + ')' })))));
    }
    table.append(thead);
    const body = el('tbody');
    rows.forEach((lane) => {
      const row = el('tr', {}, el('th', { scope: 'row', className: 'lane', textContent: lane.label }));
      row.dataset.lane = lane.key;
      days.forEach((d) => {
        const zones = HALVES.map((h) => {
          const zone = el(week ? 'td' : 'div', { className: 'slot' });
          Object.assign(zone.dataset, { date: d, halfDay: h, lane: lane.key });
          zone.setAttribute('aria-label', lane.label + ', ' + longDate(d) + ' ' + HALF_DAYS[h].label);
          (cell.get(lane.key + '|' + d + '|' + h) || []).forEach((p) => zone.append(card(p, week)));
          dropTarget(zone, lane);
          return zone;
        });
        if (week) row.append(...zones);
        else row.append(el('td', { className: 'day' }, zones));
      });
      body.append(row);
    });
    if (!rows.length) {
      body.append(el('tr', {}, el('td', { colSpan: 1 + days.length * (week ? 2 : 1),
        textContent: state.person ? 'Aucune permanence pour cette personne sur cette période.' : 'Aucune permanence.' })));
    }
    table.append(body);
    container.replaceChildren(table);
    onView(label);
    if (state.highlighted) mark(state.highlighted);
  }

  function card(p, week) {
    const staff = (p.staff || []).map((s) => s.label).join(' et ') || 'binôme à compléter';
    const cancelled = p.status === 'CANCELLED';
    const item = el('div', { className: 'permanence' + (p.pinned ? ' pinned' : '') + (cancelled ? ' cancelled' : '')
      + (week ? '' : ' compact') });
    item.dataset.permanenceId = p.id;
    const title = el('button', { type: 'button', className: 'link permanence-place', textContent: p.placeName });
    title.setAttribute('aria-label', 'Voir sur la carte : ' + p.placeName + ', ' + p.communeName);
    title.addEventListener('click', () => onSelect(p));
    const why = cancelled && p.cancellation ? 'annulée : ' + p.cancellation.reasonLabel
      + (p.cancellation.comment ? ' — ' + p.cancellation.comment : '') : '';
    item.title = p.placeName + ' — ' + p.communeName + ' — ' + staff + (p.pinned ? ' (épinglée)' : '')
      + (why ? ' (' + why + ')' : '');
    if (!week) {
      item.append(el('span', { className: 'half-mark', textContent: p.halfDay === 'AM' ? 'mat.' : 'ap.-m.' }), ' ', title);
    } else {
      item.append(title, el('span', { className: 'permanence-commune', textContent: ' — ' + p.communeName }),
        el('div', { className: 'permanence-staff', textContent: staff }));
      if (p.pinned) item.append(el('span', { className: 'badge', textContent: 'Épinglée' }));
      if (cancelled) {
        item.append(el('div', { className: 'cancellation-text', textContent: 'Annulée — '
          + (p.cancellation ? p.cancellation.reasonLabel : 'sans motif') + (p.cancellation && p.cancellation.comment
          ? ' (' + p.cancellation.comment + ')' : '') }));
      }
    }
    if (state.readOnly) return item;
    // A cancelled permanence stays where it was, for the field to read: it is restored before it moves.
    if (cancelled) {
      if (week) {
        const restore = el('button', { type: 'button', className: 'small secondary restore', textContent: 'Rétablir' });
        restore.setAttribute('aria-label', 'Rétablir la permanence ' + p.placeName + ' du ' + longDate(p.date));
        restore.addEventListener('click', () => { restore.disabled = true; onRestore(p).finally(() => { restore.disabled = false; }); });
        item.append(el('div', { className: 'permanence-actions no-print' }, restore));
      }
      return item;
    }
    item.draggable = true;
    item.addEventListener('dragstart', (event) => {
      dragged = p;
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', String(p.id));
      item.classList.add('dragging');
      container.classList.add('dragging');
    });
    item.addEventListener('dragend', () => {
      dragged = null;
      item.classList.remove('dragging');
      container.classList.remove('dragging');
      container.querySelectorAll('.drop-ok').forEach((z) => z.classList.remove('drop-ok'));
    });
    if (week) {
      const pin = el('button', { type: 'button', className: 'small secondary pin', textContent: p.pinned ? 'Désépingler' : 'Épingler' });
      pin.setAttribute('aria-pressed', String(Boolean(p.pinned)));
      pin.setAttribute('aria-label', (p.pinned ? 'Désépingler' : 'Épingler') + ' la permanence ' + p.placeName);
      pin.title = p.pinned ? 'Le prochain calcul pourra de nouveau la déplacer' : 'Épinglée, elle ne bougera plus au prochain calcul';
      pin.addEventListener('click', () => onPin(p, !p.pinned));
      const move = el('button', { type: 'button', className: 'small secondary move', textContent: 'Déplacer' });
      move.setAttribute('aria-label', 'Déplacer la permanence ' + p.placeName + ' du ' + longDate(p.date) + ' '
        + HALF_DAYS[p.halfDay].label);
      move.addEventListener('click', () => onMove(p));
      const cancel = el('button', { type: 'button', className: 'small secondary cancel', textContent: 'Annuler…' });
      cancel.setAttribute('aria-label', 'Annuler la permanence ' + p.placeName + ' du ' + longDate(p.date) + ' '
        + HALF_DAYS[p.halfDay].label);
      cancel.setAttribute('aria-expanded', String(state.cancelling === p.id));
      cancel.addEventListener('click', () => { state.cancelling = state.cancelling === p.id ? null : p.id; draw(); });
      item.append(el('div', { className: 'permanence-actions no-print' }, pin, move, cancel));
      if (state.cancelling === p.id) item.append(cancelPanel(p));
    }
    return item;
  }

  /** Asks for the reason (and an optional comment) in the card itself: a phone's or browser's pop-up is tapped through. */
  function cancelPanel(p) {
    const reason = el('select', { className: 'cancel-reason' },
      CANCELLATION_REASONS.map(([value, label]) => new Option(label, value)));
    const comment = el('input', { type: 'text', className: 'cancel-comment', maxLength: 200, placeholder: 'Précision (facultatif)' });
    const yes = el('button', { type: 'submit', className: 'small confirm-cancel', textContent: 'Annuler la permanence' });
    const no = el('button', { type: 'button', className: 'small secondary keep', textContent: 'Revenir' });
    const form = el('form', { className: 'cancel-panel no-print' },
      el('label', {}, 'Motif', reason), el('label', {}, 'Commentaire', comment), el('div', {}, yes, ' ', no));
    form.setAttribute('aria-label', 'Annulation de la permanence ' + p.placeName);
    no.addEventListener('click', () => { state.cancelling = null; draw(); });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      yes.disabled = true;
      const done = await onCancel(p, reason.value, comment.value.trim() || null);
      if (done) state.cancelling = null;
      else yes.disabled = false;
    });
    return form;
  }

  // A van's permanence stays with its van (a move changes the day, not the van); a fixed one may go to any fixed row.
  const accepts = (lane) => dragged && (lane.van ? 'van-' + dragged.vanId === lane.key : dragged.vanId === null
    || dragged.vanId === undefined);

  function dropTarget(zone, lane) {
    zone.addEventListener('dragover', (event) => {
      if (!accepts(lane)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      zone.classList.add('drop-ok');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('drop-ok'));
    zone.addEventListener('drop', (event) => {
      zone.classList.remove('drop-ok');
      if (!accepts(lane)) return;
      event.preventDefault();
      const p = dragged;
      dragged = null;
      if (p.date === zone.dataset.date && p.halfDay === zone.dataset.halfDay) return;
      onDrop(p, { date: zone.dataset.date, halfDay: zone.dataset.halfDay });
    });
  }

  function mark(permanenceId) {
    container.querySelectorAll('.permanence.highlighted').forEach((c) => c.classList.remove('highlighted'));
    const found = container.querySelector('.permanence[data-permanence-id="' + permanenceId + '"]');
    if (found) {
      found.classList.add('highlighted');
      return found;
    }
    return null;
  }

  /** Shows the permanence (going to its week or month, leaving the person view if needed) and outlines it. */
  function highlight(permanenceId) {
    const p = state.plan && (state.plan.permanences || []).find((x) => String(x.id) === String(permanenceId));
    if (!p) return null;
    state.highlighted = p.id;
    if (state.person && !(p.staff || []).some((s) => String(s.id) === state.person)) state.person = '';
    state.anchor = p.date;
    draw();
    const found = mark(p.id);
    if (found) {
      found.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      found.querySelector('button') && found.querySelector('button').focus({ preventScroll: true });
    }
    return p;
  }

  function step(direction) {
    if (!state.plan) return;
    const next = state.mode === 'week' ? addDays(mondayOf(state.anchor), 7 * direction)
      : addDays(state.anchor.substring(0, 7) + '-15', 30 * direction).substring(0, 7) + '-01';
    const clamped = next < state.plan.from ? state.plan.from : next > state.plan.to ? state.plan.to : next;
    // Already at the first or last week (month) of the plan: nothing to move to.
    if (state.mode === 'week' ? mondayOf(clamped) === mondayOf(state.anchor) : clamped.substring(0, 7) === state.anchor.substring(0, 7)) return;
    state.anchor = clamped;
    draw();
  }

  return {
    render,
    highlight,
    previous: () => step(-1),
    next: () => step(1),
    setMode(mode) { state.mode = mode; if (state.plan) draw(); },
    setPerson(id) { state.person = String(id || ''); if (state.plan) draw(); },
    get person() { return state.person; },
    get mode() { return state.mode; },
  };
}
