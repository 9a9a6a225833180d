// Funder view: coverage only. Communes and QPV shaded by permanences held or planned against targets, the
// aggregated heatmap, indicators, the people met over twelve months in published blocks of at least k, CSV exports.
// No hotel and no encounter point: this page loads neither layer module.
import { api, describeError } from '../api.js';
import { createMap, register } from '../map.js';
import { NBSP, count, currentMonth, monthLabel } from '../format.js';
import { fillTerritorySelect, loadCommunes } from '../territory.js';
import { communesLayer } from '../layers/communes.js';
import { qpvLayer } from '../layers/qpv.js';
import { heatmapLayer, maxWeight } from '../layers/heatmap.js';
import { layerSwitcher } from '../ui/layer-switcher.js';
import { statusArea } from '../ui/status.js';
import { renderFunnelTable } from '../ui/funnel-table.js';
import { $, el, escapeHtml } from '../dom.js';
import { startPage } from '../page.js';

// Share of the monthly target reached -> fill colour (colour-blind safe sequential blues, with a text label).
export const COVERAGE_SCALE = [
  { upTo: 0, colour: '#f1f5f9', label: 'aucune' },
  { upTo: 0.5, colour: '#bfdbfe', label: 'moins de la moitié' },
  { upTo: 0.999, colour: '#60a5fa', label: 'en dessous de l’objectif' },
  { upTo: Infinity, colour: '#1d4ed8', label: 'objectif atteint' },
];
const scaleOf = (ratio) => COVERAGE_SCALE.find((s) => ratio <= s.upTo);

startPage(async () => {
  const status = statusArea($('couverture-statut'));
  const map = await createMap('carte', { label: 'Carte de couverture du territoire' });
  const layers = {
    communes: register('communes', communesLayer()),
    qpv: register('qpv', qpvLayer()),
    heatmap: register('heatmap', heatmapLayer()),
  };
  // The heatmap is offered but off at first: over the shaded communes it would blur the coverage colours.
  const switcher = layerSwitcher($('couches'), map, Object.values(layers)
    .map((layer) => ({ layer, checked: layer !== layers.heatmap })));
  renderScale($('echelle'));
  $('mois').value = currentMonth();

  const territories = await fillTerritorySelect($('territoire'));
  const territory = () => territories.find((t) => String(t.id) === $('territoire').value);

  async function load() {
    status.clear();
    const month = $('mois').value;
    let coverage = null;
    try {
      coverage = await api.coverage.get(territory().id, month);
    } catch (e) {
      status.info(describeError('Couverture de ' + monthLabel(month), e));
    }
    const byInsee = new Map(((coverage && coverage.communes) || []).map((c) => [c.insee, c]));
    const byQpv = new Map(((coverage && coverage.qpv) || []).map((q) => [q.code, q]));
    const { bounds, bbox } = await loadCommunes(layers.communes, territory(), {
      style: (f) => {
        const c = byInsee.get(String(f.id));
        return c ? { fillColor: scaleOf(ratio(c)).colour, fillOpacity: 0.7 } : {};
      },
      describe: (f) => communeText(f.properties.nom, byInsee.get(String(f.id))),
    });
    switcher.setCount('communes', layers.communes.count());
    map.fitBounds(bounds);
    try {
      layers.qpv.render(await api.layer('qpv', bbox), {
        style: (f) => {
          const q = byQpv.get(String(f.id));
          return q ? { fillColor: q.covered ? '#15803d' : '#dc2626', fillOpacity: 0.55 } : {};
        },
        describe: (f) => {
          const q = byQpv.get(String(f.id));
          return 'QPV ' + escapeHtml(f.properties.lib_qp) + (q ? (q.covered ? ' : au moins une permanence à proximité'
            : ' : aucune permanence à proximité ce mois-ci') : '');
        },
      });
      switcher.setCount('qpv', layers.qpv.count());
    } catch (e) {
      status.error(describeError('Couche des QPV', e));
    }
    try {
      // A funder's heatmap takes whole months and the fixed cells (500, 1000, 2000, 4000 m); the server refuses
      // anything finer, so that answers cannot be subtracted from one another (docs/data-protection.md).
      const cells = await api.heatmap({ bbox, cell: 1000, from: month, to: month });
      layers.heatmap.render(cells, { max: maxWeight(cells) });
      switcher.setCount('heatmap', layers.heatmap.count());
    } catch (e) {
      layers.heatmap.clear();
    }
    renderIndicators($('indicateurs'), coverage, territory());
    renderTable($('tableau-communes'), coverage, territory());
    $('export-couverture').href = api.coverage.csvUrl(territory().id, month);
    await loadFunnel(month);
  }

  const funnelStatus = statusArea($('parcours-statut'));
  async function loadFunnel(month) {
    funnelStatus.clear();
    $('export-parcours').href = api.coverage.funnelCsvUrl(territory().id, month);
    try {
      const funnel = await api.coverage.funnel(territory().id, month);
      renderFunnelTable($('parcours-suites'), funnel.byOutcome, { caption: 'Selon la suite donnée' });
      renderFunnelTable($('parcours-publics'), funnel.byCategory, { caption: 'Selon le public' });
      $('parcours-k').textContent = String(funnel.k);
      renderFunnelIndicators($('parcours-indicateurs'), funnel);
    } catch (e) {
      $('parcours-suites').replaceChildren();
      $('parcours-publics').replaceChildren();
      $('parcours-indicateurs').replaceChildren();
      funnelStatus.error(describeError('Personnes rencontrées', e));
    }
  }

  $('territoire').addEventListener('change', load);
  $('mois').addEventListener('change', load);
  if (territories.length) await load();
  else status.info('Aucun territoire n’est encore défini.');
});

/** The funnel in three figures: met, came back, signed up for support, each the total of the published blocks. */
function renderFunnelIndicators(box, funnel) {
  box.replaceChildren();
  const column = (code) => funnel.byOutcome.columns.findIndex((c) => c.code === code);
  indicator(box, String(funnel.byOutcome.total), 'personnes rencontrées (cases publiées)');
  indicator(box, String(funnel.byOutcome.columnTotals[column('CAME_BACK')]), 'revenues (remobilisées, cases publiées)');
  indicator(box, String(funnel.byOutcome.columnTotals[column('SIGNED_UP')]), 'entrées en accompagnement (cases publiées)');
}

/** One figure of a row of indicators: the value large, what it counts below. */
function indicator(box, value, text) {
  box.append(el('div', { className: 'indicator' }, el('div', { className: 'value', textContent: value }),
    el('div', { textContent: text })));
}

const ratio = (c) => (c.target ? (c.held + c.planned) / c.target : (c.held + c.planned > 0 ? 1 : 0));

function communeText(name, c) {
  if (!c) return escapeHtml(name);
  return escapeHtml(name) + NBSP + ': ' + count(c.held, 'permanence tenue', 'permanences tenues') + ', ' + count(c.planned, 'prévue')
    + ', objectif' + NBSP + c.target;
}

function renderScale(box) {
  const entry = (colour, label) => {
    const swatch = el('span', { className: 'box' });
    swatch.style.background = colour;
    return el('li', {}, swatch, ' ' + label);
  };
  box.append(el('p', { textContent: 'Communes : part de l’objectif mensuel' }),
    el('ul', {}, COVERAGE_SCALE.map((s) => entry(s.colour, s.label))),
    el('p', { textContent: 'QPV, ce mois-ci' }),
    el('ul', {}, entry('#15803d', 'au moins une permanence à proximité'), entry('#dc2626', 'aucune permanence à proximité')));
}

function renderIndicators(box, coverage, territory) {
  box.replaceChildren();
  const add = (value, text) => indicator(box, value, text);
  const i = (coverage && coverage.indicators) || null;
  if (!i) {
    add(String(territory.communes.length), 'communes sur le territoire');
    return;
  }
  add(i.communesOnTarget + ' / ' + i.communes, 'communes à l’objectif ce mois-ci');
  add(Math.round(100 * i.qpvCoveredShare) + ' %', 'des QPV avec au moins une permanence à proximité ce mois-ci');
  add(String(i.permanences), 'permanences tenues ou prévues ce mois-ci');
  add(i.hotelsVisitedLast30Days + ' / ' + i.hotels, 'hôtels 115 visités ces 30 derniers jours');
}

function renderTable(box, coverage, territory) {
  const rows = (coverage && coverage.communes) || territory.communes.map((c) => ({ insee: c.insee, name: c.name }));
  const heading = (text) => el('th', { scope: 'col', textContent: text });
  box.replaceChildren(el('table', {},
    el('caption', { textContent: 'Permanences tenues et prévues au regard de l’objectif mensuel' }),
    el('thead', {}, el('tr', {}, ['Commune', 'Tenues', 'Prévues', 'Objectif', 'Situation'].map(heading))),
    el('tbody', {}, rows.map((c) => {
      const cells = c.target === undefined ? ['—', '—', '—', 'pas de donnée']
        : [c.held, c.planned, c.target, scaleOf(ratio(c)).label];
      return el('tr', {}, el('th', { scope: 'row', textContent: c.name }),
        cells.map((v) => el('td', { textContent: String(v) })));
    }))));
}
