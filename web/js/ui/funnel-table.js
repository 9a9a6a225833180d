// The funders' funnel table: people met per month, in columns (outcomes or publics), with totals. A hidden count
// (secret statistique: fewer than k people, or one that would give such a count back) reads "< k" with the reason
// in its title, never a number.
import { monthLabel } from '../format.js';

export function renderFunnelTable(box, table, { caption, k }) {
  box.replaceChildren();
  const element = document.createElement('table');
  element.className = 'funnel';
  element.append(Object.assign(document.createElement('caption'), { textContent: caption }));
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  headRow.append(th('Mois', 'col'), ...table.columns.map((c) => th(c.label, 'col')), th('Total', 'col'));
  head.append(headRow);
  const body = document.createElement('tbody');
  table.rows.forEach((row) => body.append(line(monthLabel(row.month), row.values, row.total, k)));
  const foot = document.createElement('tfoot');
  foot.append(line('Total', table.columnTotals, table.total, k));
  element.append(head, body, foot);
  box.append(element);
}

function th(text, scope) {
  const cell = Object.assign(document.createElement('th'), { textContent: text });
  cell.scope = scope;
  return cell;
}

function line(label, values, total, k) {
  const tr = document.createElement('tr');
  tr.append(th(label, 'row'));
  [...values, total].forEach((v) => {
    const td = document.createElement('td');
    if (v === null || v === undefined) {
      td.textContent = '< ' + k;
      td.className = 'hidden-count';
      td.title = 'Effectif masqué (secret statistique) : moins de ' + k
        + ' personnes, ou effectif qui permettrait d’en retrouver un tel par soustraction';
    } else {
      td.textContent = String(v);
    }
    tr.append(td);
  });
  return tr;
}
