// The month's coverage as the funder page and the monthly report both show it: the colour scale of the communes,
// the indicators and the table per commune. Only permanences already held reach a target (issue #16): planned ones
// are shown beside them, and a month in progress says so.
import { el } from '../dom.js';

// Share of the monthly target held -> fill colour (colour-blind safe sequential blues, with a text label).
export const COVERAGE_SCALE = [
  { upTo: 0, colour: '#f1f5f9', label: 'aucune permanence tenue' },
  { upTo: 0.5, colour: '#bfdbfe', label: 'moins de la moitié de l’objectif tenue' },
  { upTo: 0.999, colour: '#60a5fa', label: 'en dessous de l’objectif' },
  { upTo: Infinity, colour: '#1d4ed8', label: 'objectif atteint (permanences tenues)' },
];
export const QPV_COLOURS = { held: '#15803d', planned: '#d97706', none: '#dc2626' };

/** Share of the target reached by held permanences alone. */
export const heldRatio = (c) => (c.target ? c.held / c.target : (c.held > 0 ? 1 : 0));
export const scaleOf = (ratio) => COVERAGE_SCALE.find((s) => ratio <= s.upTo);

/** A QPV's state for the month: a permanence held near it, only planned ones, or none. */
export function qpvState(q) {
  if (!q) return null;
  if (q.covered) return 'held';
  return q.permanencesNearby > 0 ? 'planned' : 'none';
}
export const QPV_TEXT = {
  held: 'au moins une permanence tenue à proximité',
  planned: 'permanence prévue à proximité, pas encore tenue',
  none: 'aucune permanence à proximité',
};

/** One figure of a row of indicators: the value large, what it counts below. */
export function indicator(box, value, text) {
  box.append(el('div', { className: 'indicator' }, el('div', { className: 'value', textContent: value }),
    el('div', { textContent: text })));
}

/** The month's four figures, each of the month shown. */
export function renderCoverageIndicators(box, coverage, territory) {
  box.replaceChildren();
  const i = (coverage && coverage.indicators) || null;
  if (!i) {
    indicator(box, String(territory.communes.length), 'communes sur le territoire');
    return;
  }
  indicator(box, i.communesOnTarget + ' / ' + i.communes, 'communes à l’objectif (permanences tenues)'
    + (i.monthInProgress ? ' — mois en cours : ' + i.communesInProgress + ' en cours' : ''));
  indicator(box, Math.round(100 * i.qpvCoveredShare) + ' %', 'des QPV avec au moins une permanence tenue à proximité');
  indicator(box, String(i.permanencesHeld), 'permanences tenues' + (i.permanencesPlanned
    ? ', ' + i.permanencesPlanned + ' prévue' + (i.permanencesPlanned > 1 ? 's' : '') : ''));
  indicator(box, i.hotelsVisited + ' / ' + i.hotels, 'hôtels 115 visités dans le mois');
}

/** One line per commune: its target and where it stands (« en cours : 2 tenues, 2 prévues sur 4 »). */
export function renderCommuneTable(box, coverage, territory) {
  const rows = (coverage && coverage.communes) || territory.communes.map((c) => ({ insee: c.insee, name: c.name }));
  const heading = (text) => el('th', { scope: 'col', textContent: text });
  box.replaceChildren(el('table', { className: 'communes' },
    el('caption', { textContent: 'Permanences tenues et prévues au regard de l’objectif mensuel (seules les tenues'
      + ' comptent pour l’objectif)' }),
    el('thead', {}, el('tr', {}, ['Commune', 'Objectif', 'Situation'].map(heading))),
    el('tbody', {}, rows.map((c) => {
      const cells = c.target === undefined ? ['—', 'pas de donnée'] : [c.target, c.description];
      const row = el('tr', {}, el('th', { scope: 'row', textContent: c.name }),
        cells.map((v) => el('td', { textContent: String(v) })));
      if (c.situation) row.dataset.situation = c.situation;
      return row;
    }))));
}

/** The colour legend of the coverage map. */
export function renderScale(box) {
  const entry = (colour, label) => {
    const swatch = el('span', { className: 'box' });
    swatch.style.background = colour;
    return el('li', {}, swatch, ' ' + label);
  };
  box.replaceChildren(el('p', { textContent: 'Communes : part de l’objectif mensuel tenue' }),
    el('ul', {}, COVERAGE_SCALE.map((s) => entry(s.colour, s.label))),
    el('p', { textContent: 'QPV, dans le mois' }),
    el('ul', {}, Object.keys(QPV_COLOURS).map((state) => entry(QPV_COLOURS[state], QPV_TEXT[state]))));
}
