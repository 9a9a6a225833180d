// The funders' funnel table: people met per month, in columns (outcomes or publics, then what is shown without
// that breakdown), with totals. Every figure is the total of the published blocks (one month of one commune, at
// least k encounters; docs/data-protection.md), so the totals say so and nothing is hidden cell by cell.
import { monthLabel } from '../format.js';

export const PUBLISHED_TOTAL = 'Total des cases publiées';

export function renderFunnelTable(box, table, { caption }) {
  box.replaceChildren();
  const element = document.createElement('table');
  element.className = 'funnel';
  element.append(Object.assign(document.createElement('caption'), { textContent: caption }));
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  headRow.append(th('Mois', 'col'), ...table.columns.map((c) => th(c.label, 'col')), th(PUBLISHED_TOTAL, 'col'));
  head.append(headRow);
  const body = document.createElement('tbody');
  table.rows.forEach((row) => body.append(line(monthLabel(row.month), row.values, row.total)));
  const foot = document.createElement('tfoot');
  foot.append(line(PUBLISHED_TOTAL, table.columnTotals, table.total));
  element.append(head, body, foot);
  box.append(element);
}

function th(text, scope) {
  const cell = Object.assign(document.createElement('th'), { textContent: text });
  cell.scope = scope;
  return cell;
}

function line(label, values, total) {
  const tr = document.createElement('tr');
  tr.append(th(label, 'row'));
  [...values, total].forEach((v) => tr.append(Object.assign(document.createElement('td'), { textContent: String(v) })));
  return tr;
}
