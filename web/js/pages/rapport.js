// The monthly report a funder files: one A4 page per month, printed to PDF from the browser. The territory's
// name and month, the month's indicators, a map of the communes shaded by the share of their target held and of
// the QPV reached, the tables with their legend. Aggregates only, as on the funder page: no person, no 115 hotel,
// no place (the permanences held are counted per commune, not drawn where they were), no encounter point — this
// page asks for none of them, and draws no tiles.
import { api, describeError } from '../api.js';
import { currentMonth, monthLabel, dateWithYear, localIsoDate } from '../format.js';
import { fillTerritorySelect } from '../territory.js';
import { statusArea } from '../ui/status.js';
import { funnelLegend, renderFunnelMonth } from '../ui/funnel-table.js';
import { QPV_COLOURS, QPV_TEXT, heldRatio, qpvState, renderCommuneTable, renderCoverageIndicators, renderScale,
  scaleOf } from '../ui/coverage-figures.js';
import { $, el } from '../dom.js';
import { startPage } from '../page.js';

const SVG = 'http://www.w3.org/2000/svg';
const debug = (window.allerVers = window.allerVers || { layers: {}, errors: [] });

startPage(async () => {
  const status = statusArea($('rapport-statut'));
  const params = new URLSearchParams(location.search);
  const month = params.get('month');
  $('mois').value = month && /^\d{4}-\d{2}$/.test(month) ? month : currentMonth();
  const territories = await fillTerritorySelect($('territoire'));
  const wanted = params.get('territoryId');
  if (wanted && territories.some((t) => String(t.id) === wanted)) $('territoire').value = wanted;
  const territory = () => territories.find((t) => String(t.id) === $('territoire').value);
  renderScale($('rapport-echelle'));
  $('imprimer').addEventListener('click', () => window.print());

  async function load() {
    status.clear();
    debug.report = null;
    const t = territory();
    const chosen = $('mois').value;
    history.replaceState(null, '', '?territoryId=' + encodeURIComponent(t.id) + '&month=' + encodeURIComponent(chosen));
    $('retour').href = '/financeur.html?territoire=' + encodeURIComponent(t.id) + '&mois=' + encodeURIComponent(chosen);
    $('rapport-titre').textContent = 'Rapport mensuel de couverture — ' + t.name;
    document.title = 'Couverture ' + t.name + ' — ' + monthLabel(chosen) + ' — Aller-Vers';
    let coverage = null;
    try {
      coverage = await api.coverage.get(t.id, chosen);
    } catch (e) {
      status.error(describeError('Couverture de ' + monthLabel(chosen), e));
    }
    $('rapport-periode').textContent = 'Territoire ' + t.name + ' — ' + monthLabel(chosen)
      + (coverage && coverage.indicators.monthInProgress ? ' (mois en cours au ' + dateWithYear(localIsoDate(new Date()))
        + ')' : '');
    renderCoverageIndicators($('rapport-indicateurs'), coverage, t);
    renderCommuneTable($('rapport-communes'), coverage, t);
    renderQpvTable($('rapport-qpv'), coverage);
    const drawn = await drawMap($('rapport-carte'), t, coverage);
    let funnel = null;
    try {
      funnel = await api.coverage.funnel(t.id, chosen, chosen);
      renderFunnelMonth($('rapport-suites'), funnel.byOutcome, { caption: 'Contacts selon la suite donnée', k: funnel.k });
      renderFunnelMonth($('rapport-publics'), funnel.byCategory, { caption: 'Contacts selon le public', k: funnel.k });
      $('rapport-legende').replaceChildren(funnelLegend(funnel.k));
    } catch (e) {
      ['rapport-suites', 'rapport-publics', 'rapport-legende'].forEach((id) => $(id).replaceChildren());
      status.error(describeError('Contacts du mois', e));
    }
    $('rapport-note').textContent = 'Établi le ' + dateWithYear(localIsoDate(new Date())) + ' avec Aller-Vers. Données'
      + ' agrégées uniquement : aucune personne, aucun hôtel 115, aucun lieu de maraude ni point de rencontre. Seules'
      + ' les permanences tenues comptent pour l’objectif ; les prévues sont montrées à côté.';
    // The browser test waits for this, then reads the page.
    debug.report = { territoryId: t.id, month: chosen, communes: drawn.communes, qpv: drawn.qpv,
      funnel: Boolean(funnel) };
  }

  $('territoire').addEventListener('change', load);
  $('mois').addEventListener('change', load);
  if (territories.length) await load();
  else status.info('Aucun territoire n’est encore défini.');
});

const QPV_SITUATION = { held: 'atteint', planned: 'prévu', none: 'non atteint' };

function renderQpvTable(box, coverage) {
  const qpv = (coverage && coverage.qpv) || [];
  if (!qpv.length) {
    box.replaceChildren(el('p', { className: 'hint', textContent: 'Aucun QPV sur le territoire.' }));
    return;
  }
  const heading = (text) => el('th', { scope: 'col', textContent: text });
  box.replaceChildren(el('table', { className: 'communes' },
    el('caption', { textContent: 'Permanences à proximité, tenues et prévues ; un QPV est atteint dès qu’une y a été tenue' }),
    el('thead', {}, el('tr', {}, ['QPV', 'Tenues', 'Prévues', 'Situation'].map(heading))),
    el('tbody', {}, qpv.map((q) => el('tr', {}, el('th', { scope: 'row', textContent: q.name }),
      el('td', { textContent: String(q.heldNearby) }),
      el('td', { textContent: String(q.permanencesNearby - q.heldNearby) }),
      el('td', { textContent: QPV_SITUATION[qpvState(q)] }))))));
}

/**
 * The map as an SVG drawing (prints sharp, needs no tiles): the territory's communes shaded by the share of their
 * target held and labelled with it, the QPV by whether a permanence was held near them.
 */
async function drawMap(box, territory, coverage) {
  box.replaceChildren();
  const all = await api.layer('communes');
  const inTerritory = new Set(territory.communes.map((c) => c.insee));
  const communes = all.features.filter((f) => inTerritory.has(String(f.id)) || inTerritory.has(f.properties.code));
  if (!communes.length) return { communes: 0, qpv: 0 };
  const extent = communes.reduce((b, f) => rings(f.geometry).flat().reduce((e, [x, y]) => [Math.min(e[0], x),
    Math.min(e[1], y), Math.max(e[2], x), Math.max(e[3], y)], b), [Infinity, Infinity, -Infinity, -Infinity]);
  let qpv = { features: [] };
  try {
    qpv = await api.layer('qpv', extent.map((v) => v.toFixed(5)).join(','));
  } catch (e) {
    // The communes alone still make the map.
  }
  // Equirectangular around the territory's middle latitude: true enough over a few kilometres.
  const cos = Math.cos(((extent[1] + extent[3]) / 2) * Math.PI / 180);
  const width = 600;
  const scale = width / Math.max((extent[2] - extent[0]) * cos, 1e-9);
  const height = Math.max(1, Math.round((extent[3] - extent[1]) * scale));
  const project = ([x, y]) => [((x - extent[0]) * cos * scale).toFixed(1), ((extent[3] - y) * scale).toFixed(1)];
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Carte des communes du territoire et des QPV, selon les permanences tenues');
  const byInsee = new Map(((coverage && coverage.communes) || []).map((c) => [c.insee, c]));
  const byQpv = new Map(((coverage && coverage.qpv) || []).map((q) => [q.code, q]));
  const labels = [];
  communes.forEach((f) => {
    const c = byInsee.get(String(f.id)) || byInsee.get(f.properties.code);
    const path = shape(f.geometry, project, 'commune', c ? scaleOf(heldRatio(c)).colour : '#f1f5f9');
    path.append(title(f.properties.nom + (c ? ' : ' + c.description : '')));
    svg.append(path);
    const ring = rings(f.geometry).sort((a, b) => b.length - a.length)[0];
    const [lx, ly] = project(middle(ring));
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', lx);
    label.setAttribute('y', ly);
    label.setAttribute('text-anchor', 'middle');
    label.textContent = f.properties.nom + (c ? ' ' + c.held + '/' + c.target : '');
    labels.push(label);
  });
  const shownQpv = qpv.features.filter((f) => byQpv.has(String(f.id)));
  shownQpv.forEach((f) => {
    const path = shape(f.geometry, project, 'qpv', QPV_COLOURS[qpvState(byQpv.get(String(f.id)))]);
    path.append(title('QPV ' + f.properties.lib_qp + ' : ' + QPV_TEXT[qpvState(byQpv.get(String(f.id)))]));
    svg.append(path);
  });
  svg.append(...labels);
  box.append(svg);
  return { communes: communes.length, qpv: shownQpv.length };
}

function rings(geometry) {
  if (geometry.type === 'Polygon') return geometry.coordinates.slice(0, 1);
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map((p) => p[0]);
  return [];
}

function shape(geometry, project, className, fill) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const d = polygons.flatMap((polygon) => polygon.map((ring) => 'M' + ring.map((p) => project(p).join(' '))
    .join('L') + 'Z')).join('');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('class', className);
  path.setAttribute('fill', fill);
  path.setAttribute('fill-rule', 'evenodd');
  return path;
}

function title(text) {
  const t = document.createElementNS(SVG, 'title');
  t.textContent = text;
  return t;
}

/** The middle of a ring's box: where its label goes. */
function middle(ring) {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}
