// The funders' funnel table: contacts per month (people at encounters: someone met twice counts twice), in columns
// (outcomes or publics, then what is shown without that breakdown), with totals. Every figure is the total of the
// published blocks (one month of one commune, at least k encounters; docs/data-protection.md), so the totals say
// so. A 0 of a month that left encounters out carries its reason (`hiddenBecause`), shown as a label with a legend.
import { monthLabel } from '../format.js';
import { el } from '../dom.js';
import { indicator } from './coverage-figures.js';

export const PUBLISHED_TOTAL = 'Total des cases publiées';

/** The words of each reason a value does not tell everything, as the spreadsheet writes them (CoverageCsv). */
export const HIDDEN_LABELS = {
  SMALL: (k) => '< ' + k + ' rencontres par commune',
};

export function renderFunnelTable(box, table, { caption, k }) {
  box.replaceChildren();
  const element = document.createElement('table');
  element.className = 'funnel';
  element.append(Object.assign(document.createElement('caption'), { textContent: caption }));
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  headRow.append(th('Mois', 'col'), ...table.columns.map((c) => th(c.label, 'col')), th(PUBLISHED_TOTAL, 'col'));
  head.append(headRow);
  const body = document.createElement('tbody');
  table.rows.forEach((row) => body.append(line(monthLabel(row.month), row.values, row.hiddenBecause, row.total, k)));
  const foot = document.createElement('tfoot');
  foot.append(line(PUBLISHED_TOTAL, table.columnTotals, null, table.total, k));
  element.append(head, body, foot);
  box.append(element);
}

/**
 * One month of a funnel table, turned on its side for the monthly report: one line per column (outcome or public,
 * then « non ventilé »), then the published total. The same values and labels as {@link renderFunnelTable}.
 */
export function renderFunnelMonth(box, table, { caption, k }) {
  const row = table.rows[0];
  box.replaceChildren(el('table', { className: 'funnel month' },
    el('caption', { textContent: caption }),
    el('thead', {}, el('tr', {}, th('', 'col'), th(monthLabel(row.month), 'col'))),
    el('tbody', {}, table.columns.map((c, i) => el('tr', {}, th(c.label, 'row'),
      valueCell(row.values[i], row.hiddenBecause && row.hiddenBecause[i], k)))),
    el('tfoot', {}, el('tr', {}, th(PUBLISHED_TOTAL, 'row'), el('td', { textContent: String(row.total) })))));
}

/**
 * The legend of the funnel's tables: what a figure counts, then each label. No value is ever hidden to protect
 * another one, so the legend says so instead of explaining a « secret » label.
 */
export function funnelLegend(k) {
  return el('dl', { className: 'funnel-legend' },
    el('dt', { textContent: 'Nombre' }),
    el('dd', { textContent: 'contacts : total des cases publiées (un mois d’une commune, au moins ' + k
      + ' rencontres chacune) ; une même personne rencontrée deux fois compte deux fois.' }),
    el('dt', {}, el('span', { className: 'hidden-count', textContent: HIDDEN_LABELS.SMALL(k) })),
    el('dd', { textContent: 'rien n’est publié dans cette case, et ce mois-là des rencontres — moins de ' + k
      + ' dans chaque commune — ne sont comptées nulle part ; elles peuvent être dans cette case ou dans une autre'
      + ' de la ligne.' }),
    el('dt', { textContent: 'Aucune case « secret »' }),
    el('dd', { textContent: 'aucune case n’est masquée pour en protéger une autre : chaque nombre publié est exact.' }));
}

/**
 * The funnel in three figures: contacts, came back, signed up for support, each the total of the published blocks
 * and each a count of contacts (the same person met twice counts twice).
 */
export function renderFunnelIndicators(box, funnel) {
  box.replaceChildren();
  const column = (code) => funnel.byOutcome.columns.findIndex((c) => c.code === code);
  indicator(box, String(funnel.byOutcome.total), 'contacts (personnes rencontrées, cases publiées)');
  indicator(box, String(funnel.byOutcome.columnTotals[column('CAME_BACK')]), 'contacts revenus (remobilisés, cases publiées)');
  indicator(box, String(funnel.byOutcome.columnTotals[column('SIGNED_UP')]), 'entrées en accompagnement (contacts, cases publiées)');
}

/** A value, or the label of the reason it does not tell everything (`hiddenBecause`). */
function valueCell(value, reason, k) {
  const td = document.createElement('td');
  if (reason && HIDDEN_LABELS[reason]) {
    td.className = 'hidden-count';
    td.dataset.hiddenBecause = reason;
    td.textContent = HIDDEN_LABELS[reason](k);
  } else {
    td.textContent = String(value);
  }
  return td;
}

function th(text, scope) {
  const cell = Object.assign(document.createElement('th'), { textContent: text });
  cell.scope = scope;
  return cell;
}

function line(label, values, hiddenBecause, total, k) {
  const tr = document.createElement('tr');
  tr.append(th(label, 'row'));
  values.forEach((v, i) => tr.append(valueCell(v, hiddenBecause && hiddenBecause[i], k)));
  tr.append(Object.assign(document.createElement('td'), { textContent: String(total) }));
  return tr;
}
